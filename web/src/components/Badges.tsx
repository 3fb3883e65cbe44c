import { channelLabel, typeColour, typeLabel } from '../lib/format.js';
import { t } from '../lib/i18n.js';
import type { MessageKey } from '../lib/messages.js';

/** An event type in words, with its colour and the PLOVER code. */
export function TypeBadge({ type }: { type: string }) {
  return (
    <span class="type-badge">
      <span class="swatch" style={{ background: typeColour(type) }} aria-hidden="true" />
      {typeLabel(type)} <span class="code">{type}</span>
    </span>
  );
}

export function StatusBadge({ status }: { status: string }) {
  return <span class={`status status-${status}`}>{t(`status.${status}` as MessageKey)}</span>;
}

export function ChannelBadge({ channel }: { channel?: string }) {
  if (!channel) return <span class="channel channel-none">{t('quote.channel.none')}</span>;
  return (
    <span class="channel" title={t('quote.channel')}>
      {channelLabel(channel)}
    </span>
  );
}

export function EntityTypeBadge({ type }: { type: string }) {
  return <span class={`etype etype-${type}`}>{t(`type.${type}` as MessageKey)}</span>;
}

export function RuleBadge({ rule }: { rule?: string }) {
  if (!rule) return null;
  return (
    <code class="rule" title={t('reader.rule')}>
      {rule}
    </code>
  );
}
