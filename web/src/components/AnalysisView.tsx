/**
 * The article reader's core, shared by stored articles and "Analyse text": the text with
 * entities, quotes and event triggers highlighted, and beside it every extracted record, each
 * linked to its span. The text is rendered as text nodes and <mark> elements only.
 * @module
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { channelLabel, typeLabel, wikidataUrl } from '../lib/format.js';
import { formatDay, t, uiLang } from '../lib/i18n.js';
import type { MessageKey } from '../lib/messages.js';
import { type Ranged, type Segment, segment, spanMatches } from '../lib/spans.js';
import type { Analysis, Entity, EntityType, Event, Quote } from '../lib/types.js';
import { ChannelBadge, RuleBadge, StatusBadge, TypeBadge } from './Badges.js';
import { quantitiesText } from './EventItem.js';
import { Link } from './Link.js';

/** A record: "q:<quote id>", "e:<event id>" or "n:<entity id>". */
export type RecKey = string;

export interface Layers {
  entities: boolean;
  quotes: boolean;
  events: boolean;
}

type HlKind = 'ent' | 'quote' | 'cue' | 'trigger' | 'evidence';

interface Hl extends Ranged {
  kind: HlKind;
  rec: RecKey;
  etype?: EntityType;
  title: string;
}

interface Props {
  analysis: Analysis;
  active: RecKey | undefined;
  onSelect: (key: RecKey | undefined) => void;
  trace: boolean;
  onTrace: (on: boolean) => void;
  /** The URL of a record (stored articles); without it records are plain buttons. */
  hrefFor?: (key: RecKey) => string;
  /** Link names to actor pages (only for stored articles: their entities have pages). */
  linkActors: boolean;
}

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

function nameOf(entities: Map<string, Entity>, id: string | null | undefined): string {
  if (!id) return t('quote.speaker.unknown');
  return entities.get(id)?.name ?? id;
}

function withRule(title: string, rule: string | undefined, trace: boolean): string {
  return trace && rule ? `${title}\n${t('reader.rule')}: ${rule}` : title;
}

function quoteTitle(q: Quote, entities: Map<string, Entity>, trace: boolean): string {
  const kind = t(q.kind === 'direct' ? 'quote.kind.direct' : 'quote.kind.indirect');
  const channel = q.channel ? channelLabel(q.channel) : t('quote.channel.none');
  return withRule(`${nameOf(entities, q.speaker)} · ${channel} · ${kind}`, q.rule, trace);
}

function eventTitle(e: Event, trace: boolean): string {
  return withRule(`${typeLabel(e.type)} (${e.type}) · ${t(`status.${e.status}` as MessageKey)}`, e.rule, trace);
}

function buildHighlights(a: Analysis, layers: Layers, active: RecKey | undefined, trace: boolean): Hl[] {
  const entities = new Map(a.entities.map((e) => [e.id, e]));
  const out: Hl[] = [];
  if (layers.entities || active?.startsWith('n:'))
    for (const e of a.entities) {
      const rec = `n:${e.id}`;
      if (!layers.entities && rec !== active) continue;
      const title = withRule(`${e.name} · ${t(`type.${e.type}` as MessageKey)}`, e.rule, trace);
      for (const m of e.mentions) out.push({ start: m.start, end: m.end, kind: 'ent', rec, etype: e.type, title });
    }
  for (const q of a.quotes) {
    const rec = `q:${q.id}`;
    if (!layers.quotes && rec !== active) continue;
    const title = quoteTitle(q, entities, trace);
    out.push({ start: q.span.start, end: q.span.end, kind: 'quote', rec, title });
    if (q.cue) out.push({ start: q.cue.start, end: q.cue.end, kind: 'cue', rec, title });
  }
  for (const e of a.events) {
    const rec = `e:${e.id}`;
    if (rec === active) out.push({ start: e.evidence.start, end: e.evidence.end, kind: 'evidence', rec, title: '' });
    if (!layers.events && rec !== active) continue;
    out.push({ start: e.trigger.start, end: e.trigger.end, kind: 'trigger', rec, title: eventTitle(e, trace) });
  }
  return out;
}

/** Where the reader scrolls for a record (the n-th mention for an entity). */
function focusStart(a: Analysis, key: RecKey | undefined, mention: number): number | undefined {
  if (!key) return undefined;
  const id = key.slice(2);
  if (key.startsWith('q:')) return a.quotes.find((q) => q.id === id)?.span.start;
  if (key.startsWith('e:')) return a.events.find((e) => e.id === id)?.evidence.start;
  const ms = a.entities.find((e) => e.id === id)?.mentions ?? [];
  if (!ms.length) return undefined;
  return [...ms].sort((x, y) => x.start - y.start)[mention % ms.length]!.start;
}

function classesOf(s: Segment<Hl>, active: RecKey | undefined): string {
  const c = new Set(['hl']);
  for (const m of s.marks) {
    c.add(`hl-${m.kind}`);
    if (m.etype) c.add(`hl-ent-${m.etype}`);
    if (m.rec === active) c.add('hl-active');
  }
  return [...c].join(' ');
}

/** The innermost record of a segment: what a click on it selects. */
function innermost(s: Segment<Hl>): Hl | undefined {
  let best: Hl | undefined;
  for (const m of s.marks) if (m.kind !== 'evidence' && (!best || m.end - m.start < best.end - best.start)) best = m;
  return best;
}

function ArticleText({
  analysis,
  highlights,
  active,
  focusAt,
  nonce,
  onSelect,
}: {
  analysis: Analysis;
  highlights: Hl[];
  active: RecKey | undefined;
  focusAt: number | undefined;
  nonce: number;
  onSelect: (key: RecKey) => void;
}) {
  const segments = useMemo(() => segment(analysis.article.text, highlights), [analysis, highlights]);
  let focusDone = false;
  useEffect(() => {
    if (focusAt === undefined) return;
    const el = document.getElementById('hl-focus');
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
  }, [focusAt, active, nonce]);
  return (
    // Clicks on a highlight select its record; keyboard users select records in the list beside.
    // biome-ignore lint/a11y/noStaticElementInteractions: delegated clicks on <mark>; the record list is the keyboard path.
    // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
    <div
      class="article-text"
      lang={analysis.article.lang}
      onClick={(e) => {
        const mark = (e.target as HTMLElement).closest('mark[data-rec]');
        const rec = mark?.getAttribute('data-rec');
        if (rec) onSelect(rec);
      }}
    >
      {segments.map((s) => {
        if (!s.marks.length) return s.text;
        const inner = innermost(s);
        const isFocus =
          !focusDone && focusAt !== undefined && s.start >= focusAt && s.marks.some((m) => m.rec === active);
        if (isFocus) focusDone = true;
        const titles = [...new Set(s.marks.map((m) => m.title).filter(Boolean))];
        return (
          <mark
            key={s.start}
            class={classesOf(s, active)}
            data-rec={inner?.rec}
            title={titles.join('\n') || undefined}
            id={isFocus ? 'hl-focus' : undefined}
            tabIndex={isFocus ? -1 : undefined}
          >
            {s.text}
          </mark>
        );
      })}
    </div>
  );
}

function RecordLink({
  recKey,
  active,
  hrefFor,
  onSelect,
  children,
}: {
  recKey: RecKey;
  active: boolean;
  hrefFor?: (key: RecKey) => string;
  onSelect: (key: RecKey) => void;
  children: preact.ComponentChildren;
}) {
  if (hrefFor)
    return (
      <Link
        class="rec-main"
        href={hrefFor(recKey)}
        replace
        aria-current={active ? 'true' : undefined}
        onClick={(e) => {
          // The router replaces the URL; selecting again (same URL) must still scroll.
          if (active) {
            e.preventDefault();
            onSelect(recKey);
          }
        }}
      >
        {children}
      </Link>
    );
  return (
    <button type="button" class="rec-main" aria-pressed={active} onClick={() => onSelect(recKey)}>
      {children}
    </button>
  );
}

function Broken({ ok }: { ok: boolean }) {
  if (ok) return null;
  return (
    <p class="broken" role="note">
      ⚠ {t('reader.broken')}
    </p>
  );
}

function NameRef({ id, entities, linkActors }: { id: string; entities: Map<string, Entity>; linkActors: boolean }) {
  const name = nameOf(entities, id);
  return linkActors ? <Link href={`/actor/${encodeURIComponent(id)}`}>{name}</Link> : <span>{name}</span>;
}

function Names({
  ids,
  entities,
  linkActors,
}: {
  ids: readonly string[];
  entities: Map<string, Entity>;
  linkActors: boolean;
}) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i ? ', ' : ''}
          <NameRef id={id} entities={entities} linkActors={linkActors} />
        </span>
      ))}
    </>
  );
}

export function AnalysisView({ analysis, active, onSelect, trace, onTrace, hrefFor, linkActors }: Props) {
  const [layers, setLayers] = useState<Layers>({ entities: true, quotes: true, events: true });
  const [mention, setMention] = useState(0);
  const [nonce, setNonce] = useState(0);
  const lang = uiLang.value;
  const highlights = useMemo(
    () => buildHighlights(analysis, layers, active, trace),
    [analysis, layers, active, trace, lang],
  );
  const entities = useMemo(() => new Map(analysis.entities.map((e) => [e.id, e])), [analysis]);
  const text = analysis.article.text;
  const select = (key: RecKey | undefined) => {
    if (key && key === active && key.startsWith('n:')) setMention((m) => m + 1);
    else setMention(0);
    setNonce((n) => n + 1);
    onSelect(key);
  };
  const focusAt = focusStart(analysis, active, mention);
  const byType = (type: EntityType) =>
    analysis.entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length);

  return (
    <div class="reader">
      <section class="reader-text" aria-label={t('reader.text')}>
        <p class="legend">
          <span class="sr-only">{t('reader.legend')}: </span>
          <span class="hl hl-ent hl-ent-PER">{t('type.PER')}</span>
          <span class="hl hl-ent hl-ent-ORG">{t('type.ORG')}</span>
          <span class="hl hl-ent hl-ent-LOC">{t('type.LOC')}</span>
          <span class="hl hl-quote">{t('reader.layer.quotes')}</span>
          <span class="hl hl-trigger">{t('reader.layer.events')}</span>
        </p>
        <ArticleText
          analysis={analysis}
          highlights={highlights}
          active={active}
          focusAt={focusAt}
          nonce={nonce}
          onSelect={(k) => select(k)}
        />
      </section>
      <aside class="records" aria-label={t('reader.records')}>
        <fieldset class="layers">
          <legend>{t('reader.layers')}</legend>
          {(['entities', 'quotes', 'events'] as const).map((k) => (
            <label key={k}>
              <input
                type="checkbox"
                checked={layers[k]}
                onChange={(e) => setLayers({ ...layers, [k]: (e.target as HTMLInputElement).checked })}
              />
              {t(`reader.layer.${k}`)}
            </label>
          ))}
          <label>
            <input type="checkbox" checked={trace} onChange={(e) => onTrace((e.target as HTMLInputElement).checked)} />
            {t('reader.trace')}
          </label>
        </fieldset>

        <section class="rec-section">
          <h2>
            {t('reader.quotes')} <span class="count">{analysis.quotes.length}</span>
          </h2>
          {analysis.quotes.length === 0 ? <p class="muted">{t('reader.none.quotes')}</p> : null}
          <ol class="rec-list">
            {analysis.quotes.map((q) => {
              const key = `q:${q.id}`;
              return (
                <li key={key} class={`rec rec-quote${key === active ? ' rec-active' : ''}`} data-rec={key}>
                  <RecordLink recKey={key} active={key === active} hrefFor={hrefFor} onSelect={select}>
                    <span class="rec-title">{nameOf(entities, q.speaker)}</span>
                    <span class="rec-text" lang={analysis.article.lang}>
                      {q.text.length > 220 ? `${q.text.slice(0, 220)}…` : q.text}
                    </span>
                  </RecordLink>
                  <p class="rec-meta">
                    {q.speaker && linkActors ? (
                      <Link href={`/actor/${encodeURIComponent(q.speaker)}`}>{t('reader.actorPage')}</Link>
                    ) : null}
                    <ChannelBadge channel={q.channel} />
                    <span class={`kind kind-${q.kind}`}>
                      {t(q.kind === 'direct' ? 'quote.kind.direct' : 'quote.kind.indirect')}
                    </span>
                    {q.date ? <time dateTime={q.date}>{formatDay(q.date)}</time> : null}
                    {trace ? <RuleBadge rule={q.rule} /> : null}
                  </p>
                  <Broken ok={spanMatches(text, q.span) && (!q.cue || spanMatches(text, q.cue))} />
                </li>
              );
            })}
          </ol>
        </section>

        <section class="rec-section">
          <h2>
            {t('reader.events')} <span class="count">{analysis.events.length}</span>
          </h2>
          {analysis.events.length === 0 ? <p class="muted">{t('reader.none.events')}</p> : null}
          <ol class="rec-list">
            {analysis.events.map((e) => {
              const key = `e:${e.id}`;
              const qty = quantitiesText(e.quantities);
              return (
                <li key={key} class={`rec rec-event${key === active ? ' rec-active' : ''}`} data-rec={key}>
                  <RecordLink recKey={key} active={key === active} hrefFor={hrefFor} onSelect={select}>
                    <span class="rec-title">
                      <TypeBadge type={e.type} />
                    </span>
                    <span class="rec-text" lang={analysis.article.lang}>
                      «{e.trigger.text}»
                    </span>
                  </RecordLink>
                  <div class="rec-meta">
                    <StatusBadge status={e.status} />
                    {e.date ? <time dateTime={e.date}>{formatDay(e.date)}</time> : null}
                    {qty ? <span class="qty">{qty}</span> : null}
                    {e.modes.length ? <span class="modes">{e.modes.join(', ')}</span> : null}
                    {trace ? <RuleBadge rule={e.rule} /> : null}
                  </div>
                  <p class="rec-parties">
                    {e.actors.length ? <Names ids={e.actors} entities={entities} linkActors={linkActors} /> : '—'}
                    {e.targets.length ? (
                      <>
                        {' → '}
                        <Names ids={e.targets} entities={entities} linkActors={linkActors} />
                      </>
                    ) : null}
                    {e.location ? (
                      <>
                        {' · '}
                        <NameRef id={e.location} entities={entities} linkActors={linkActors} />
                      </>
                    ) : null}
                  </p>
                  {e.sources?.length ? (
                    <p class="rec-meta">
                      {t('event.reportedBy')}
                      {e.sources.map((s) => (
                        <button key={s} type="button" class="linklike" onClick={() => select(`q:${s}`)}>
                          {s}
                        </button>
                      ))}
                    </p>
                  ) : null}
                  <Broken ok={spanMatches(text, e.trigger) && spanMatches(text, e.evidence)} />
                </li>
              );
            })}
          </ol>
        </section>

        <section class="rec-section">
          <h2>
            {t('reader.entities')} <span class="count">{analysis.entities.length}</span>
          </h2>
          {analysis.entities.length === 0 ? <p class="muted">{t('reader.none.entities')}</p> : null}
          {(['PER', 'ORG', 'LOC'] as const).map((type) => {
            const list = byType(type);
            if (!list.length) return null;
            return (
              <div key={type} class="ent-group">
                <h3>{t(`types.${type}`)}</h3>
                <ul class="rec-list">
                  {list.map((en) => {
                    const key = `n:${en.id}`;
                    return (
                      <li key={key} class={`rec rec-entity${key === active ? ' rec-active' : ''}`} data-rec={key}>
                        <RecordLink recKey={key} active={key === active} hrefFor={hrefFor} onSelect={select}>
                          <span class={`rec-title hl-ent-${en.type}-text`}>{en.name}</span>
                          <span class="rec-count">
                            {en.mentions.length === 1
                              ? t('reader.mention')
                              : t('reader.mentions', { n: en.mentions.length })}
                          </span>
                        </RecordLink>
                        <p class="rec-meta">
                          {linkActors ? (
                            <Link href={`/actor/${encodeURIComponent(en.id)}`}>{t('reader.actorPage')}</Link>
                          ) : null}
                          {wikidataUrl(en.wikidata) ? (
                            <a href={wikidataUrl(en.wikidata)} rel="noopener noreferrer" target="_blank">
                              Wikidata {en.wikidata}
                            </a>
                          ) : null}
                          {trace ? <RuleBadge rule={en.rule} /> : null}
                        </p>
                        <Broken ok={en.mentions.every((m) => spanMatches(text, m))} />
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </section>
      </aside>
    </div>
  );
}
