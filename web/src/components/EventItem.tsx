import { formatDay, t } from '../lib/i18n.js';
import { withQuery } from '../lib/router.js';
import { segment } from '../lib/spans.js';
import type { EntityRef, StoredEvent } from '../lib/types.js';
import { StatusBadge, TypeBadge } from './Badges.js';
import { Link } from './Link.js';
import { EntityList } from './Names.js';

/** The evidence sentence with the trigger word(s) marked, as text. */
export function Evidence({ event }: { event: Pick<StoredEvent, 'evidence' | 'trigger'> }) {
  const { evidence, trigger } = event;
  const parts = segment(evidence.text, [{ start: trigger.start - evidence.start, end: trigger.end - evidence.start }]);
  return (
    <>
      {parts.map((p) =>
        p.marks.length ? (
          <mark key={p.start} class="hl hl-trigger">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

/** Who did it to whom, with mediators and place. */
export function EventParties({
  event,
  refs,
}: {
  event: Pick<StoredEvent, 'actors' | 'targets' | 'mediators' | 'location'>;
  refs: Record<string, EntityRef | { name: string }>;
}) {
  return (
    <dl class="parties">
      {event.actors.length ? (
        <div>
          <dt>{t('event.actors')}</dt>
          <dd>
            <EntityList ids={event.actors} refs={refs} />
          </dd>
        </div>
      ) : null}
      {event.targets.length ? (
        <div>
          <dt>{t('event.targets')}</dt>
          <dd>
            <EntityList ids={event.targets} refs={refs} />
          </dd>
        </div>
      ) : null}
      {event.mediators?.length ? (
        <div>
          <dt>{t('event.mediators')}</dt>
          <dd>
            <EntityList ids={event.mediators} refs={refs} />
          </dd>
        </div>
      ) : null}
      {event.location ? (
        <div>
          <dt>{t('event.location')}</dt>
          <dd>
            <EntityList ids={[event.location]} refs={refs} />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

export function quantitiesText(q: Record<string, number | undefined> | undefined): string {
  if (!q) return '';
  return Object.entries(q)
    .filter(([, n]) => typeof n === 'number')
    .map(([k, n]) => {
      const key = `qty.${k}`;
      const label = ['killed', 'injured', 'drones', 'missiles'].includes(k) ? t(key as 'qty.killed') : k;
      return `${n} ${label}`;
    })
    .join(', ');
}

/** One stored event in a list: what, when, who, the sentence it was read from, and a link to it. */
export function EventItem({ event, refs }: { event: StoredEvent; refs: Record<string, EntityRef> }) {
  const href = withQuery(`/article/${encodeURIComponent(event.article.id)}`, { event: event.id });
  const qty = quantitiesText(event.quantities);
  return (
    <li class="card event-item">
      <div class="card-head">
        <TypeBadge type={event.type} />
        <StatusBadge status={event.status} />
        <time dateTime={event.date ?? event.day}>{formatDay(event.date ?? event.day)}</time>
        {qty ? <span class="qty">{qty}</span> : null}
      </div>
      <EventParties event={event} refs={refs} />
      <blockquote class="evidence" lang={event.article.lang}>
        <Link href={href} title={t('event.open')}>
          <Evidence event={event} />
        </Link>
      </blockquote>
      <p class="card-foot">
        <span class="source">{event.article.source}</span>
        {event.article.source ? ' · ' : ''}
        <Link href={href}>{event.article.title || event.article.id}</Link>
      </p>
    </li>
  );
}
