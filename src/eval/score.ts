/**
 * The `parley eval` scorer: the scoring section of ../shared/spec/gold-format.md.
 *
 * - Entities: (type, name) pairs; a system entity matches a gold one of the same type when its
 *   name or a mention text equals (after folding) the gold name or an alias; one-to-one by
 *   maximum matching, so duplicates of one gold entity are false positives.
 * - Quotes: token-overlap F1 ≥ 0.5, greedy best overlap first, one-to-one. Speaker right when
 *   the system speaker entity is known by the gold speaker's name or an alias (null = null).
 * - Events: same type, an actor in common (or no actors on either side), overlapping dates when
 *   both have one; greedy one-to-one, pairs that agree on more attributes first. "Full" also
 *   needs date, location and killed right where gold gives them.
 * All P/R/F1 are micro-averaged over articles. P is 1 when nothing was predicted and nothing
 * was to be found, R likewise; F1 is 0 when P + R is 0.
 * @module
 */
import { foldForScoring } from '../core/text.js';
import type { Analysis, Entity, Event } from '../schema/analysis.js';
import { checkSpans } from '../schema/validate.js';
import type { GoldArticle, GoldEntity, GoldEvent } from './gold.js';
import {
  datesOverlap,
  goldKeys,
  greedyPairs,
  intersects,
  maxMatching,
  type Pair,
  scoringTokens,
  systemKeys,
  tokenF1,
} from './match.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Tally {
  correct: number;
  total: number;
}

export const EVENT_ATTRIBUTES = [
  'date',
  'location',
  'killed',
  'status',
  'modes',
  'actors',
  'targets',
  'mediators',
  'quantities',
] as const;
export type EventAttribute = (typeof EVENT_ATTRIBUTES)[number];

export interface ArticleScore {
  id: string;
  lang: string;
  entities: Counts;
  quotes: { detection: Counts; attributed: Counts; speaker: Tally; channel: Tally };
  events: { match: Counts; full: Counts; attributes: Record<EventAttribute, Tally> };
  brokenSpans: number;
  /** Set when the pipeline failed on the article: all its gold counts as missed. */
  error?: string;
}

const counts = (tp: number, sysN: number, goldN: number): Counts => ({ tp, fp: sysN - tp, fn: goldN - tp });
const tally = (): Tally => ({ correct: 0, total: 0 });

/** Resolves names between the system's entities and the gold's. */
class NameResolver {
  private readonly sysById = new Map<string, Set<string>>();
  private readonly goldByName = new Map<string, Set<string>>();
  constructor(sys: readonly Entity[], gold: readonly GoldEntity[]) {
    for (const e of sys) this.sysById.set(e.id, systemKeys(e));
    for (const e of gold) this.goldByName.set(e.name, goldKeys(e));
  }
  /** Does system entity `id` denote the gold entity named `name`? */
  same(id: string, name: string): boolean {
    const s = this.sysById.get(id);
    const g = this.goldByName.get(name) ?? new Set([foldForScoring(name)]);
    return s !== undefined && intersects(s, g);
  }
  /** Every gold name has a system id for it and every system id a gold name. */
  sameSet(ids: readonly string[], names: readonly string[]): boolean {
    return names.every((n) => ids.some((i) => this.same(i, n))) && ids.every((i) => names.some((n) => this.same(i, n)));
  }
}

export function scoreEntities(sys: readonly Entity[], gold: readonly GoldEntity[]): Counts {
  const gk = gold.map(goldKeys);
  const edges = sys.map((e) => {
    const keys = systemKeys(e);
    return gold.flatMap((g, j) => (g.type === e.type && intersects(keys, gk[j] as Set<string>) ? [j] : []));
  });
  const owner = maxMatching(edges, gold.length);
  const tp = owner.reduce((n, o) => n + (o >= 0 ? 1 : 0), 0);
  return counts(tp, sys.length, gold.length);
}

function scoreQuotes(a: Analysis, g: GoldArticle, names: NameResolver): ArticleScore['quotes'] {
  const sysTok = a.quotes.map((q) => scoringTokens(q.text));
  const candidates: Pair[] = [];
  g.quotes.forEach((gq, gi) => {
    const gt = scoringTokens(gq.text);
    sysTok.forEach((st, si) => {
      const f = tokenF1(gt, st);
      if (f >= 0.5) candidates.push({ gold: gi, sys: si, score: f });
    });
  });
  const pairs = greedyPairs(candidates);
  const speaker = tally();
  const channel = tally();
  for (const p of pairs) {
    const gq = g.quotes[p.gold];
    const sq = a.quotes[p.sys];
    if (!gq || !sq) continue;
    const right = gq.speaker === null ? sq.speaker === null : sq.speaker !== null && names.same(sq.speaker, gq.speaker);
    speaker.total++;
    if (right) speaker.correct++;
    channel.total++;
    if ((gq.channel ?? '') === (sq.channel ?? '')) channel.correct++;
  }
  return {
    detection: counts(pairs.length, a.quotes.length, g.quotes.length),
    attributed: counts(speaker.correct, a.quotes.length, g.quotes.length),
    speaker,
    channel,
  };
}

function eventCandidate(ge: GoldEvent, se: Event, names: NameResolver): boolean {
  if (ge.type !== se.type) return false;
  const ga = ge.actors ?? [];
  const actorsOk =
    ga.length === 0 && se.actors.length === 0 ? true : ga.some((n) => se.actors.some((id) => names.same(id, n)));
  if (!actorsOk) return false;
  return !(ge.date && se.date) || datesOverlap(ge.date, se.date);
}

/** Whether each attribute gold gives is right; undefined where gold does not give it. */
function attributeChecks(ge: GoldEvent, se: Event, names: NameResolver): Partial<Record<EventAttribute, boolean>> {
  const out: Partial<Record<EventAttribute, boolean>> = {};
  if (ge.date !== undefined) out.date = se.date === ge.date;
  if (ge.location !== undefined) out.location = se.location !== undefined && names.same(se.location, ge.location);
  if (ge.killed !== undefined) out.killed = se.quantities?.killed === ge.killed;
  if (ge.status !== undefined) out.status = se.status === ge.status;
  if (ge.modes !== undefined) out.modes = sameStrings(ge.modes, se.modes);
  if (ge.actors !== undefined) out.actors = names.sameSet(se.actors, ge.actors);
  if (ge.targets !== undefined) out.targets = names.sameSet(se.targets, ge.targets);
  if (ge.mediators !== undefined) out.mediators = names.sameSet(se.mediators ?? [], ge.mediators);
  if (ge.quantities !== undefined)
    out.quantities = Object.entries(ge.quantities).every(([k, v]) => se.quantities?.[k] === v);
  return out;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

function scoreEvents(a: Analysis, g: GoldArticle, names: NameResolver): ArticleScore['events'] {
  const candidates: Pair[] = [];
  for (const [gi, ge] of g.events.entries())
    for (const [si, se] of a.events.entries()) {
      if (!eventCandidate(ge, se, names)) continue;
      const agree = Object.values(attributeChecks(ge, se, names)).filter(Boolean).length;
      candidates.push({ gold: gi, sys: si, score: agree });
    }
  const pairs = greedyPairs(candidates);
  const attributes = Object.fromEntries(EVENT_ATTRIBUTES.map((k) => [k, tally()])) as Record<EventAttribute, Tally>;
  let full = 0;
  for (const p of pairs) {
    const checks = attributeChecks(g.events[p.gold] as GoldEvent, a.events[p.sys] as Event, names);
    for (const [k, ok] of Object.entries(checks) as [EventAttribute, boolean][]) {
      attributes[k].total++;
      if (ok) attributes[k].correct++;
    }
    if (checks.date !== false && checks.location !== false && checks.killed !== false) full++;
  }
  return {
    match: counts(pairs.length, a.events.length, g.events.length),
    full: counts(full, a.events.length, g.events.length),
    attributes,
  };
}

/** Scores one article's analysis against its gold. */
export function scoreArticle(analysis: Analysis, gold: GoldArticle): ArticleScore {
  const names = new NameResolver(analysis.entities, gold.entities);
  return {
    id: gold.id,
    lang: gold.lang ?? analysis.article.lang,
    entities: scoreEntities(analysis.entities, gold.entities),
    quotes: scoreQuotes(analysis, gold, names),
    events: scoreEvents(analysis, gold, names),
    brokenSpans: checkSpans(analysis).length,
  };
}

/** The score of an article the pipeline failed on: nothing found, everything missed. */
export function failedArticle(gold: GoldArticle, error: string): ArticleScore {
  const empty: Analysis = {
    schema: 'parley.analysis/1',
    article: { id: gold.id, lang: gold.lang ?? '', text: gold.text },
    entities: [],
    quotes: [],
    events: [],
  };
  return { ...scoreArticle(empty, gold), error };
}
