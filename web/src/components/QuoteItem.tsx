import { formatDay, t } from '../lib/i18n.js';
import { withQuery } from '../lib/router.js';
import { segment } from '../lib/spans.js';
import { termRanges } from '../lib/terms.js';
import type { EntityRef, StoredQuote } from '../lib/types.js';
import { ChannelBadge } from './Badges.js';
import { Link } from './Link.js';
import { EntityLink } from './Names.js';

/** One stored quote: the words, who said them, where and when, and a link into the article. */
export function QuoteItem({
  quote,
  refs,
  showSpeaker = true,
  search,
}: {
  quote: StoredQuote;
  refs: Record<string, EntityRef>;
  showSpeaker?: boolean;
  /** The search, whose words are marked in the quote. */
  search?: string;
}) {
  const href = withQuery(`/article/${encodeURIComponent(quote.article.id)}`, { quote: quote.id });
  return (
    <li class="card quote-item">
      <blockquote class={`quote-text quote-${quote.kind}`} lang={quote.article.lang}>
        {segment(quote.text, termRanges(quote.text, search)).map((p) =>
          p.marks.length ? (
            <mark key={p.start} class="hl-search">
              {p.text}
            </mark>
          ) : (
            p.text
          ),
        )}
      </blockquote>
      <p class="card-head">
        {showSpeaker ? (
          quote.speaker ? (
            <strong>
              <EntityLink id={quote.speaker} refs={refs} />
            </strong>
          ) : (
            <strong class="muted">{t('quote.speaker.unknown')}</strong>
          )
        ) : null}
        <ChannelBadge channel={quote.channel} />
        <span class={`kind kind-${quote.kind}`}>
          {t(quote.kind === 'direct' ? 'quote.kind.direct' : 'quote.kind.indirect')}
        </span>
        <time dateTime={quote.date ?? quote.day}>{formatDay(quote.date ?? quote.day)}</time>
      </p>
      <p class="card-foot">
        <span class="source">{quote.article.source}</span>
        {quote.article.source ? ' · ' : ''}
        <Link href={href} class="open-article">
          {quote.article.title || quote.article.id}
        </Link>
      </p>
    </li>
  );
}
