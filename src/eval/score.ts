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
  /** What was missed and what was spurious, for `parley eval --errors`. */
  errors: { missed: string[]; spurious: string[] };
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

export function scoreEntities(
  sys: readonly Entity[],
  gold: readonly GoldEntity[],
): Counts & { missed: number[]; spurious: number[] } {
  const gk = gold.map(goldKeys);
  const edges = sys.map((e) => {
    const keys = systemKeys(e);
    return gold.flatMap((g, j) => (g.type === e.type && intersects(keys, gk[j] as Set<string>) ? [j] : []));
  });
  const owner = maxMatching(edges, gold.length);
  const tp = owner.reduce((n, o) => n + (o >= 0 ? 1 : 0), 0);
  const matchedSys = new Set([...owner].filter((o) => o >= 0));
  return {
    ...counts(tp, sys.length, gold.length),
    missed: gold.flatMap((_, j) => (owner[j] === -1 ? [j] : [])),
    spurious: sys.flatMap((_, i) => (matchedSys.has(i) ? [] : [i])),
  };
}

function scoreQuotes(
  a: Analysis,
  g: GoldArticle,
  names: NameResolver,
  errors: ArticleScore['errors'],
): ArticleScore['quotes'] {
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
    else
      errors.missed.push(`quote speaker: "${clip(gq.text)}" is ${gq.speaker ?? 'null'}, got ${sq.speaker ?? 'null'}`);
    channel.total++;
    if ((gq.channel ?? '') === (sq.channel ?? '')) channel.correct++;
  }
  const gotG = new Set(pairs.map((p) => p.gold));
  const gotS = new Set(pairs.map((p) => p.sys));
  g.quotes.forEach((q, i) => {
    if (!gotG.has(i)) errors.missed.push(`quote (${q.speaker ?? 'null'}, ${q.kind}): "${clip(q.text)}"`);
  });
  a.quotes.forEach((q, i) => {
    if (!gotS.has(i)) errors.spurious.push(`quote (${q.speaker ?? 'null'}, ${q.kind}): "${clip(q.text)}"`);
  });
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

function scoreEvents(
  a: Analysis,
  g: GoldArticle,
  names: NameResolver,
  errors: ArticleScore['errors'],
): ArticleScore['events'] {
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
  const gotG = new Set(pairs.map((p) => p.gold));
  const gotS = new Set(pairs.map((p) => p.sys));
  g.events.forEach((e, i) => {
    if (!gotG.has(i))
      errors.missed.push(
        `event ${e.type} ${(e.actors ?? []).join('+')} → ${(e.targets ?? []).join('+')} ${e.date ?? ''} ${e.status ?? ''}`,
      );
  });
  a.events.forEach((e, i) => {
    if (!gotS.has(i))
      errors.spurious.push(
        `event ${e.type} ${e.actors.join('+')} → ${e.targets.join('+')} ${e.date ?? ''} ${e.status} "${clip(e.trigger.text)}"`,
      );
  });
  return {
    match: counts(pairs.length, a.events.length, g.events.length),
    full: counts(full, a.events.length, g.events.length),
    attributes,
  };
}

/** Scores one article's analysis against its gold. */
export function scoreArticle(analysis: Analysis, gold: GoldArticle): ArticleScore {
  const names = new NameResolver(analysis.entities, gold.entities);
  const errors: ArticleScore['errors'] = { missed: [], spurious: [] };
  const { missed, spurious, ...entities } = scoreEntities(analysis.entities, gold.entities);
  for (const j of missed) errors.missed.push(`entity ${gold.entities[j]?.type} ${gold.entities[j]?.name}`);
  for (const i of spurious)
    errors.spurious.push(
      `entity ${analysis.entities[i]?.type} ${analysis.entities[i]?.name} (${analysis.entities[i]?.mentions.map((m) => m.text).join(', ')})`,
    );
  return {
    id: gold.id,
    lang: gold.lang ?? analysis.article.lang,
    entities,
    quotes: scoreQuotes(analysis, gold, names, errors),
    events: scoreEvents(analysis, gold, names, errors),
    brokenSpans: checkSpans(analysis).length,
    errors,
  };
}

function clip(s: string): string {
  return s.length > 70 ? `${s.slice(0, 69)}…` : s;
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
