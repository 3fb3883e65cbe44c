/**
 * Quotes whose speech act is itself an event (analysis-format.md): a demand, a refusal, an
 * accusation, a threat, an offer or an expression of support, told by cue words inside the quote.
 * The speaker is the actor (with their state when they speak in office), the first other party
 * named in the quote the target, the time of the saying (not of what is said) the date, and the
 * quote is the event's source.
 * @module
 */
import { span } from '../../core/span.js';
import type { LanguagePack } from '../../lang/types.js';
import type { Event, Quote } from '../../schema/analysis.js';
import type { PloverEventType } from '../../schema/plover.js';
import type { Mention, PipelineDoc, Range } from '../doc.js';
import { governmentOf } from '../entities/references.js';
import { actorIds, type ParticipantContext } from './participants.js';

/** The PLOVER mode a speech act takes when its content says nothing more precise. */
const DEFAULT_MODES: Partial<Record<PloverEventType, string[]>> = { ACCUSE: ['disapprove'] };

/** Which act wins when a quote has cues of several: a threat or refusal outranks the rest. */
const ORDER = ['THREATEN', 'REJECT', 'REQUEST', 'ACCUSE', 'AGREE', 'SUPPORT'] as const;

/** Cues this short must be whole words. */
const SHORT_CUE = 3;

const matchers = new WeakMap<LanguagePack, [PloverEventType, RegExp][]>();

function compiled(pack: LanguagePack): [PloverEventType, RegExp][] {
  let m = matchers.get(pack);
  if (!m) {
    const quote = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    m = ORDER.flatMap((type) => {
      const cues = pack.events.speechActs[type] ?? [];
      // Short cues are whole words ("må" is not "målet"); longer ones match at a word's start.
      const form = (c: string) => (c.length <= SHORT_CUE ? `${quote(c)}(?!\\p{L})` : quote(c));
      return cues.length ? [[type, new RegExp(`(?<!\\p{L})(?:${cues.map(form).join('|')})`, 'u')]] : [];
    }) as [PloverEventType, RegExp][];
    matchers.set(pack, m);
  }
  return m;
}

/** The speech act a quote performs, if its words tell one. */
function speechActOf(text: string, pack: LanguagePack): PloverEventType | undefined {
  const lower = text.toLowerCase();
  return compiled(pack).find(([, re]) => re.test(lower))?.[0];
}

/**
 * Quote spans with the reporting clause cut out when the cue stands inside the quote
 * ("Russland, skrev Sybiha på X søndag, trenerer …"): its day is the saying's.
 */
function withoutCueClause(text: string, quoted: readonly Range[], cue: Range): Range[] {
  const comma = text.slice(cue.end).search(/[,.;:!?]/u);
  const end = comma < 0 ? text.length : cue.end + comma;
  return quoted.flatMap((r) =>
    r.start < cue.start && cue.end < r.end
      ? [
          { start: r.start, end: cue.start },
          { start: end, end: r.end },
        ]
      : [r],
  );
}

/** Where something was said: a place after a place preposition in the reporting clause ("på en pressekonferanse i Oslo"). */
function placeOfSaying(
  doc: PipelineDoc,
  pack: LanguagePack,
  ctx: ParticipantContext,
  sentence: Range,
  quoted: readonly Range[],
): string | undefined {
  const text = doc.article.text;
  const places = (doc.mentions ?? []).filter(
    (m) =>
      m.type === 'LOC' &&
      m.start >= sentence.start &&
      m.end <= sentence.end &&
      !quoted.some((r) => r.start <= m.start && m.end <= r.end) &&
      pack.placePrepositions.includes(
        /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1]?.toLowerCase() ?? '',
      ),
  );
  return (places.find((m) => ctx.kb.get(m.id)?.kind !== 'country') ?? places[0])?.id;
}

function speakerMention(doc: PipelineDoc, q: Quote): Mention | undefined {
  const ms = (doc.mentions ?? []).filter((m) => m.id === q.speaker);
  return ms.filter((m) => m.start <= q.span.start).at(-1) ?? ms[0];
}

/** The first party named in the quote other than the speaker's side: a state, body or person. */
function targetOf(ctx: ParticipantContext, doc: PipelineDoc, q: Quote, actors: readonly string[]): string[] {
  // The speaker's side: the actors and the states they belong to ("Medvedev … Russland vil …").
  const side = [...actors, ...actors.flatMap((a) => ctx.kb.get(a)?.country ?? [])];
  for (const m of doc.mentions ?? []) {
    if (m.start < q.span.start || m.end > q.span.end) continue;
    // A party is a person, a body or a state; a city or a building is only where things happen.
    if (m.type === 'LOC' && ctx.kb.get(governmentOf(m.id, ctx.kb))?.kind !== 'country') continue;
    const ids = actorIds(ctx, m, 'ACCUSE');
    if (ids.some((id) => side.includes(id))) continue;
    return ids;
  }
  return [];
}

/** Speech-act events for the quotes no trigger-based event already cites. */
export function speechActEvents(
  doc: PipelineDoc,
  pack: LanguagePack,
  ctx: ParticipantContext,
  cited: ReadonlyMap<string, ReadonlySet<string>>,
  dateOf: (at: number, skip?: readonly Range[]) => string | undefined,
  enemies: (a: string, b: string) => boolean = () => false,
): Event[] {
  const text = doc.article.text;
  const out: Event[] = [];
  const quoted = (doc.quotes ?? []).map((q) => q.span);
  for (const q of doc.quotes ?? []) {
    if (!q.speaker || cited.get(q.id)?.has('*')) continue;
    const said = speechActOf(q.text, pack);
    if (said && cited.get(q.id)?.has(said)) continue;
    // A refusal told as an act denied is that act, coded already.
    if (said === 'REJECT' && cited.get(q.id)?.has('denied')) continue;
    const who = speakerMention(doc, q);
    if (!who) continue;
    const actors = actorIds(ctx, who, said ?? 'ACCUSE');
    const targets = targetOf(ctx, doc, q, actors);
    // One side telling of the side it fights, with no act of its own told, disapproves of it
    // ("Russia is betting on the cold"); a quote that tells of an act is coded by that act.
    const accused = !said && !cited.has(q.id) && targets.some((t) => actors.some((a) => enemies(a, t)));
    const type = said ?? (accused ? 'ACCUSE' : undefined);
    if (!type) continue;
    const cue = q.cue ?? q.span;
    const date = dateOf(cue.start, withoutCueClause(text, quoted, cue));
    const sentence = (doc.sentences ?? []).find((s) => s.start <= cue.start && cue.start < s.end) ?? q.span;
    const where = placeOfSaying(doc, pack, ctx, sentence, quoted);
    out.push({
      id: '',
      type,
      modes: DEFAULT_MODES[type] ?? [],
      actors,
      targets,
      ...(date ? { date } : {}),
      ...(where ? { location: where } : {}),
      status: 'occurred',
      rule: `${pack.code}.event.speech-act.${accused ? 'enemy' : type.toLowerCase()}`,
      trigger: span(text, cue.start, cue.end),
      evidence: span(text, sentence.start, sentence.end),
      sources: [q.id],
    });
  }
  return out;
}

/** Acts that, claimed by one side of the other, are an allegation. */
const HOSTILE: ReadonlySet<PloverEventType> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'THREATEN']);

/**
 * "Han hevdet at Ukraina planlegger et angrep": a hostile act told in a claim ("hevdet",
 * "claimed") is the speaker's allegation against its doer (ACCUSE allege), dated by the claim.
 */
export function asAllegations(
  doc: PipelineDoc,
  pack: LanguagePack,
  ctx: ParticipantContext,
  events: readonly Event[],
  dateOf: (at: number, skip?: readonly Range[]) => string | undefined,
): Event[] {
  const text = doc.article.text;
  const quoted = (doc.quotes ?? []).map((q) => q.span);
  return events.map((e) => {
    if (!HOSTILE.has(e.type as PloverEventType)) return e;
    const q = (doc.quotes ?? []).find(
      (x) =>
        x.speaker &&
        x.cue &&
        x.span.start <= e.trigger.start &&
        e.trigger.end <= x.span.end &&
        pack.events.allegations.includes(text.slice(x.cue.start, x.cue.end).toLowerCase()),
    );
    const who = q ? speakerMention(doc, q) : undefined;
    if (!q?.cue || !who) return e;
    const actors = actorIds(ctx, who, 'ACCUSE');
    const date = dateOf(q.cue.start, quoted);
    const { date: _, quantities: __, location: ___, ...rest } = e;
    return {
      ...rest,
      type: 'ACCUSE',
      modes: ['allege'],
      actors,
      targets: e.actors.filter((a) => !actors.includes(a)),
      ...(date ? { date } : {}),
      status: 'occurred',
      rule: `${pack.code}.event.allegation`,
      sources: [q.id],
    };
  });
}
