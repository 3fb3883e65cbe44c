import { useEffect, useState } from 'preact/hooks';
import { ChannelBadge, EntityTypeBadge } from '../components/Badges.js';
import { EventItem } from '../components/EventItem.js';
import { Link } from '../components/Link.js';
import { channelColour, MiniBars } from '../components/MiniBars.js';
import { Empty, ErrorBox, Loading, More } from '../components/States.js';
import { apiGet } from '../lib/api.js';
import { channelLabel, wikidataUrl } from '../lib/format.js';
import { useApi, usePaged } from '../lib/hooks.js';
import { formatDay, kindName, roleName, t } from '../lib/i18n.js';
import { loc, setQuery, withQuery } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import type { EntityPage, EntityRef, KbEntry, RefPage, StoredEvent, StoredQuote } from '../lib/types.js';

/** Names of knowledge-base ids (countries and organisations in roles). */
function useKbNames(ids: string[]): Map<string, string> {
  const [names, setNames] = useState(new Map<string, string>());
  const key = [...new Set(ids)].sort().join('|');
  useEffect(() => {
    if (!key) return;
    let live = true;
    Promise.all(
      key.split('|').map((id) =>
        apiGet<KbEntry>(`/api/kb/${encodeURIComponent(id)}`).then(
          (e) => [id, e.name] as const,
          () => [id, id] as const,
        ),
      ),
    ).then((pairs) => {
      if (live) setNames(new Map(pairs));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}

function KbFacts({ kb }: { kb: KbEntry }) {
  const names = useKbNames([...(kb.roles ?? []).map((r) => r.of), ...(kb.country ? [kb.country] : [])]);
  const nameLink = (id: string) => <Link href={`/actor/${encodeURIComponent(id)}`}>{names.get(id) ?? id}</Link>;
  const wd = wikidataUrl(kb.wikidata);
  return (
    <dl class="facts">
      {kb.kind !== 'person' ? (
        <div>
          <dt>{t('actor.kind')}</dt>
          <dd>{kindName(kb.kind)}</dd>
        </div>
      ) : null}
      {kb.country ? (
        <div>
          <dt>{t('actor.country')}</dt>
          <dd>{nameLink(kb.country)}</dd>
        </div>
      ) : null}
      {kb.roles?.length ? (
        <div>
          <dt>{t('actor.roles')}</dt>
          <dd>
            <ul class="roles">
              {kb.roles.map((r) => (
                <li key={`${r.role}-${r.of}-${r.from}`}>
                  {roleName(r.role)}, {nameLink(r.of)}{' '}
                  <span class="muted">
                    (
                    {r.to
                      ? t('actor.between', { from: formatDay(r.from), to: formatDay(r.to) })
                      : t('actor.since', { from: formatDay(r.from) })}
                    )
                  </span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
      {wd ? (
        <div>
          <dt>{t('actor.wikidata')}</dt>
          <dd>
            <a href={wd} rel="noopener noreferrer" target="_blank">
              {kb.wikidata} ↗
            </a>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** A quote in the actor's list: when, on which channel, the words, and where. */
function QuoteRow({ quote }: { quote: StoredQuote }) {
  const href = withQuery(`/article/${encodeURIComponent(quote.article.id)}`, { quote: quote.id });
  return (
    <li class="quote-row">
      <div class="quote-when">
        <time dateTime={quote.date ?? quote.day}>{formatDay(quote.date ?? quote.day)}</time>
        <ChannelBadge channel={quote.channel} />
      </div>
      <div>
        <blockquote class={`quote-text quote-${quote.kind}`} lang={quote.article.lang}>
          {quote.text}
        </blockquote>
        <p class="card-foot">
          <span class="source">{quote.article.source}</span>
          <Link href={href}>{quote.article.title || quote.article.id}</Link>
        </p>
      </div>
    </li>
  );
}

function Quotes({ id, name }: { id: string; name: string }) {
  const quotes = usePaged<StoredQuote, RefPage<StoredQuote>>('/api/quotes', { speaker: id, limit: 200 });
  const channel = loc.value.query.get('channel') ?? undefined;
  const [limit, setLimit] = useState(8);
  if (quotes.error) return <ErrorBox error={quotes.error} retry={quotes.reload} />;
  if (quotes.loading) return <Loading />;
  if (quotes.items.length === 0) return <Empty title={t('actor.quotes.none', { name })} />;
  const counts = new Map<string, number>();
  for (const q of quotes.items) counts.set(q.channel ?? '', (counts.get(q.channel ?? '') ?? 0) + 1);
  const channels = [...counts.keys()].filter(Boolean).sort((a, b) => counts.get(b)! - counts.get(a)!);
  const shown = channel === undefined ? quotes.items : quotes.items.filter((q) => (q.channel ?? '') === channel);
  const visible = shown.slice(0, limit);
  return (
    <>
      <MiniBars
        items={quotes.items.map((q) => ({ day: q.date ?? q.day ?? '', channel: q.channel ?? '' }))}
        channels={channels}
        label={t('actor.quotes')}
      />
      <fieldset class="chips">
        <legend class="sr-only">{t('actor.channels')}</legend>
        {[...channels, ...(counts.has('') ? [''] : [])].map((ch) => (
          <button
            key={ch || 'none'}
            type="button"
            class="chip chip-button"
            aria-pressed={channel === ch}
            onClick={() => setQuery({ channel: channel === ch ? undefined : ch }, { replace: true })}
          >
            <span class="swatch" style={{ background: channelColour(ch, channels) }} aria-hidden="true" />
            {ch ? channelLabel(ch) : t('quote.channel.none')} <span class="count">{counts.get(ch)}</span>
          </button>
        ))}
      </fieldset>
      <ol class="quote-rows">
        {visible.map((q) => (
          <QuoteRow key={`${q.article.id}/${q.id}`} quote={q} />
        ))}
      </ol>
      {shown.length > limit ? (
        <div class="more">
          <span class="muted">{t('state.shown', { n: `${limit} / ${shown.length}` })}</span>
          <button type="button" class="button" onClick={() => setLimit(limit + 20)}>
            {t('state.more')}
          </button>
        </div>
      ) : (
        <More {...quotes} count={shown.length} />
      )}
      <p>
        <Link href={withQuery('/quotes', { speaker: id })}>{t('actor.quotes.all', { name })} →</Link>
      </p>
    </>
  );
}

function Events({ id, part, name }: { id: string; part: 'actor' | 'target'; name: string }) {
  const events = usePaged<StoredEvent, RefPage<StoredEvent>>('/api/events', { [part]: id, limit: 5 });
  const refs: Record<string, EntityRef> = Object.assign({}, ...events.pages.map((p) => p.entities));
  return (
    <section class="events-col" aria-labelledby={`ev-${part}`}>
      <h3 id={`ev-${part}`}>
        {t(part === 'actor' ? 'actor.asActor' : 'actor.asTarget', {
          n: `${events.items.length}${events.hasMore ? '+' : ''}`,
        })}
      </h3>
      {events.error ? <ErrorBox error={events.error} retry={events.reload} /> : null}
      {events.loading ? <Loading /> : null}
      {!events.loading && !events.error && events.items.length === 0 ? (
        <p class="muted">{t('actor.events.none', { name })}</p>
      ) : null}
      <ol class="cards">
        {events.items.map((e) => (
          <EventItem key={`${e.article.id}/${e.id}`} event={e} refs={refs} />
        ))}
      </ol>
      {events.hasMore ? <More {...events} count={events.items.length} /> : null}
    </section>
  );
}

export function ActorPage({ id }: { id: string }) {
  const page = useApi<EntityPage>(`/api/entities/${encodeURIComponent(id)}`);
  const kb = useApi<KbEntry>(page.data?.inKnowledgeBase ? `/api/kb/${encodeURIComponent(id)}` : null);
  const [allWith, setAllWith] = useState(false);
  useTitle(page.data?.entity.name ?? id);
  if (page.error?.code === 'E_API_NOT_FOUND')
    return (
      <>
        <h1 tabIndex={-1}>{t('nav.actors')}</h1>
        <Empty title={t('actor.notFound', { id })} hint={t('actor.notFound.hint')}>
          <p>
            <Link href="/actors">{t('nav.actors')}</Link>
          </p>
        </Empty>
      </>
    );
  if (page.error) return <ErrorBox error={page.error} retry={page.reload} />;
  if (!page.data) return <Loading />;
  const { entity, coMentioned, inKnowledgeBase } = page.data;
  const maxShared = Math.max(1, ...coMentioned.map((c) => c.shared));
  const others = allWith ? coMentioned : coMentioned.slice(0, 10);
  return (
    <div class="actor">
      <header class="page-head">
        <h1 tabIndex={-1}>{entity.name}</h1>
        <p class="article-meta">
          <EntityTypeBadge type={entity.type} />
          <span>{t('actor.mentions', { mentions: entity.mentions, articles: entity.articles })}</span>
          <Link href={withQuery('/', { actor: id })}>{t('actor.timeline')} →</Link>
        </p>
      </header>
      <div class="actor-grid">
        <div class="actor-side">
          <section class="panel" aria-labelledby="kb-h">
            <h2 id="kb-h">{t('actor.kb')}</h2>
            {!inKnowledgeBase ? <p class="muted">{t('actor.notInKb')}</p> : null}
            {kb.error ? <ErrorBox error={kb.error} retry={kb.reload} /> : null}
            {kb.data ? <KbFacts kb={kb.data} /> : inKnowledgeBase ? <Loading /> : null}
          </section>
          <section class="panel" aria-labelledby="with-h">
            <h2 id="with-h">{t('actor.with')}</h2>
            {coMentioned.length === 0 ? <p class="muted">{t('actor.with.none', { name: entity.name })}</p> : null}
            <ol class="comentions">
              {others.map((c) => (
                <li key={c.id}>
                  <Link href={`/actor/${encodeURIComponent(c.id)}`}>{c.name}</Link>
                  <span class="bar" style={{ width: `${(c.shared / maxShared) * 100}%` }} aria-hidden="true" />
                  <span class="muted">{t('actor.with.shared', { n: c.shared })}</span>
                </li>
              ))}
            </ol>
            {coMentioned.length > others.length ? (
              <button type="button" class="button button-quiet" onClick={() => setAllWith(true)}>
                {t('state.more')} ({coMentioned.length - others.length})
              </button>
            ) : null}
          </section>
        </div>
        <section class="panel" aria-labelledby="quotes-h">
          <h2 id="quotes-h">{t('actor.quotes')}</h2>
          <Quotes id={id} name={entity.name} />
        </section>
      </div>
      <section class="panel" aria-labelledby="events-h">
        <h2 id="events-h">{t('actor.events')}</h2>
        <div class="events-cols">
          <Events id={id} part="actor" name={entity.name} />
          <Events id={id} part="target" name={entity.name} />
        </div>
      </section>
    </div>
  );
}
