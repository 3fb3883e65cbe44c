/**
 * Resolving references that are not names: pronouns ("han", "she") to the nearest compatible
 * person, titles ("Ukrainas president", "Kremls talsperson", "the US special envoy",
 * "presidenten") to the office holder on the publication date, and capitals standing for their
 * government ("Kyiv says") to the country. Used by the quote and event stages.
 * @module
 */
import type { KnowledgeBase } from '../../kb/kb.js';
import { ROLE_KEYS, type RoleKey } from '../../kb/types.js';
import { GIVEN_NAMES } from '../../lang/common/given-names.js';
import type { LanguagePack } from '../../lang/types.js';
import type { EntityType } from '../../schema/analysis.js';
import type { Mention, PipelineDoc, Range, Token } from '../doc.js';
import { mentionsIn, wordsIn } from '../text-index.js';

/** Who a stretch of text refers to, and how that was decided (for the trace). */
export interface Referent {
  id: string;
  type: EntityType;
  name: string;
  via: 'name' | 'pronoun' | 'title' | 'capital' | 'place' | 'organisation';
  /** The mention that names the referent (absent when a title named an unmentioned holder). */
  mention?: Mention;
}

export interface ReferenceContext {
  doc: PipelineDoc;
  pack: LanguagePack;
  kb: KnowledgeBase;
  /** Publication day (YYYY-MM-DD), for office holders. */
  date: string;
  /** Speakers of earlier quotes, latest last, with their positions. */
  speakers?: readonly { id: string; at: number }[];
}

const inRange = (m: Range, r: Range) => m.start >= r.start && m.end <= r.end;

/** Entity id of the country a capital stands for, or the id itself. */
export function governmentOf(id: string, kb: KnowledgeBase): string {
  return kb.countryOfCapital(id) ?? id;
}

/** Gender from the knowledge base, else from the given name of a new person. */
function genderOf(id: string, ctx: ReferenceContext): 'm' | 'f' | undefined {
  const kb = ctx.kb.get(id)?.gender;
  if (kb) return kb;
  const name = (ctx.doc.mentions ?? []).find((m) => m.id === id)?.name ?? '';
  return GIVEN_NAMES[name.split(/\s+/)[0] ?? ''];
}

function referentOf(m: Mention, via: Referent['via']): Referent {
  return { id: m.id, type: m.type, name: m.name, via, mention: m };
}

/** Marks that close a quotation. */
const QUOTE_CLOSERS = ['»', '”', '“', '"'];

/** Is there a personal pronoun of this gender in `r`? */
function pronounBefore(ctx: ReferenceContext, gender: 'm' | 'f', r: Range): boolean {
  return wordsIn(ctx.doc, r).some((w) => ctx.pack.pronouns[w.text.toLowerCase()] === gender);
}

/**
 * The person a pronoun at `at` refers to. Sentence by sentence backwards (at most three): the
 * speaker of a quote there if compatible, else the first compatible person named there (the
 * subject, usually); failing that, the last quote's speaker.
 */
export function resolvePronoun(ctx: ReferenceContext, gender: 'm' | 'f', at: number): Referent | undefined {
  const ok = (id: string) => {
    const g = genderOf(id, ctx);
    return g === undefined || g === gender;
  };
  const people = (ctx.doc.mentions ?? []).filter((m) => m.type === 'PER' && m.end <= at && ok(m.id));
  const sentences = (ctx.doc.sentences ?? [])
    .filter((s) => s.start <= at)
    .slice(-4)
    .reverse();
  for (const s of sentences) {
    const spoke = ctx.speakers?.filter((x) => x.at >= s.start && x.at < Math.min(s.end, at) && ok(x.id)).at(-1);
    let named = people.filter((m) => m.start >= s.start && m.end <= s.end);
    // "Er sei sehr wütend auf Putin, sagte er": a name after an earlier "er" in the pronoun's own
    // sentence is not what the pronouns point back to.
    const first = named[0];
    if (first && s.end > at && pronounBefore(ctx, gender, { start: s.start, end: first.start })) named = [];
    // "– Eg er skuffa over president Putin, sa han": names inside what is quoted are not the speaker.
    if (s.end > at) {
      const lead = ctx.doc.article.text.slice(s.start, at);
      const closed = Math.max(...QUOTE_CLOSERS.map((c) => lead.lastIndexOf(c)));
      const quotedUpTo = /^\s*[–—-]\s/u.test(lead) ? at : closed >= 0 ? s.start + closed : -1;
      named = named.filter((m) => m.start >= quotedUpTo);
    }
    if (spoke) {
      const m = people.filter((x) => x.id === spoke.id).at(-1);
      if (m) return referentOf(m, 'pronoun');
    }
    if (named[0]) return referentOf(named[0], 'pronoun');
  }
  const last = ctx.speakers?.at(-1);
  const m = last && ok(last.id) ? people.filter((x) => x.id === last.id).at(-1) : undefined;
  return m ? referentOf(m, 'pronoun') : undefined;
}

/** The title phrase nearest the end of `words` (the longest one there), with its role and index. */
function findTitle(
  words: readonly Token[],
  pack: LanguagePack,
): { index: number; length: number; role: RoleKey | null } | undefined {
  let best: { index: number; length: number; role: RoleKey | null } | undefined;
  for (let i = 0; i < words.length; i++)
    for (const [phrase, role] of Object.entries(pack.titles)) {
      const parts = phrase.split(' ');
      if (!parts.every((p, k) => words[i + k]?.text.toLowerCase() === p)) continue;
      const end = i + parts.length;
      // Later titles win: the one nearest the verb names the subject.
      if (!best || end > best.index + best.length || (end === best.index + best.length && parts.length > best.length))
        best = { index: i, length: parts.length, role: isRole(role) ? role : null };
    }
  return best;
}

const isRole = (r: string | null): r is RoleKey => r !== null && (ROLE_KEYS as readonly string[]).includes(r);

/** The holder of the office a title in `slot` names, if the title, its context and the KB make it unique. */
export function resolveTitle(ctx: ReferenceContext, slot: Range, exclude?: Range): Referent | undefined {
  const words = wordsIn(ctx.doc, slot);
  const title = findTitle(words, ctx.pack);
  if (!title?.role) return undefined;
  const role = title.role;
  // The body the office belongs to stands right next to the title: "Kremls talsperson", "the Kremlin spokesman".
  const titleStart = (words[title.index] as Token).start;
  const near = (ctx.doc.mentions ?? []).filter(
    (m) => inRange(m, slot) && m.type !== 'PER' && Math.abs(m.end - titleStart) < 40,
  );
  const owner = near.filter((m) => m.end <= titleStart).at(-1) ?? near[0];
  const candidates = owner
    ? ctx.kb.holdersFor(role, ctx.date, governmentOf(owner.id, ctx.kb))
    : ctx.kb
        .holders(role, ctx.date)
        .filter((p) => (ctx.doc.mentions ?? []).some((m) => m.id === p.id && m.start < slot.start));
  const outside = (m: Range) => !exclude || !inRange(m, exclude);
  const mentioned = candidates.filter((p) => (ctx.doc.mentions ?? []).some((m) => m.id === p.id && outside(m)));
  const only = candidates.length === 1 ? candidates[0]?.id : undefined;
  const pick =
    only ??
    (mentioned.length >= 1
      ? nearestMentioned(
          ctx,
          mentioned.map((p) => p.id),
          slot.start,
          outside,
        )
      : undefined);
  if (!pick) return undefined;
  const entry = ctx.kb.get(pick);
  return entry ? { id: entry.id, type: entry.type, name: entry.name, via: 'title' } : undefined;
}

function nearestMentioned(
  ctx: ReferenceContext,
  ids: readonly string[],
  at: number,
  keep: (m: Range) => boolean,
): string | undefined {
  const ms = (ctx.doc.mentions ?? []).filter((m) => ids.includes(m.id) && keep(m));
  const before = ms.filter((m) => m.start < at).at(-1);
  return (before ?? ms[0])?.id;
}

/**
 * Who the words in `slot` refer to, in order of strength: a person named there, a pronoun, a
 * title, then an organisation or a place (a capital stands for its country).
 */
export interface SlotOptions {
  /** The cue: the person named nearest to it is the subject ("USAs utsending Witkoff sa", "sa Zelenskyj på … med Stoltenberg at"). */
  near?: number;
  /** The quote itself: a title never refers to someone named inside what is quoted. */
  exclude?: Range;
  /** Take the first person in the slot (the subject of a clause whose verb it shares). */
  first?: boolean;
}

export function resolveSlot(ctx: ReferenceContext, slot: Range, opts: SlotOptions = {}): Referent | undefined {
  const all = mentionsIn(ctx.doc, slot);
  const inside = all.filter((m) => !inRelativeClause(ctx.doc.article.text, slot, m, all));
  const found = personCandidates(ctx, slot, inside, opts);
  for (const c of found) {
    const r = c.resolve();
    if (r) return r;
  }
  const org = inside.find((m) => m.type === 'ORG');
  if (org) return referentOf(org, 'organisation');
  const place = inside.find((m) => m.type === 'LOC' && m.kind === 'name');
  if (!place) return undefined;
  const country = governmentOf(place.id, ctx.kb);
  if (country === place.id) return referentOf(place, 'place');
  const entry = ctx.kb.get(country);
  return entry ? { id: entry.id, type: entry.type, name: entry.name, via: 'capital' } : undefined;
}

interface Candidate {
  start: number;
  end: number;
  resolve: () => Referent | undefined;
}

/**
 * The ways a slot can name a person — a name, a pronoun, a title — in the order to try them:
 * the first in the slot for a shared subject, else the nearest to the cue ("… to meet Donald
 * Trump, after what he called": "he"), else names before pronouns before titles. A title right
 * before a name ("president Zelensky") is left to the name.
 */
function personCandidates(
  ctx: ReferenceContext,
  slot: Range,
  inside: readonly Mention[],
  opts: SlotOptions,
): Candidate[] {
  const out: Candidate[] = [];
  for (const m of inside)
    if (m.type === 'PER') out.push({ start: m.start, end: m.end, resolve: () => referentOf(m, 'name') });
  for (const w of wordsIn(ctx.doc, slot)) {
    const g = ctx.pack.pronouns[w.text.toLowerCase()];
    if (g) out.push({ start: w.start, end: w.end, resolve: () => resolvePronoun(ctx, g, w.start) });
  }
  const title = titleIn(ctx, slot);
  const named = title && inside.some((m) => m.type === 'PER' && m.start >= title.end && m.start - title.end <= 2);
  const inserted = title && inRelativeClause(ctx.doc.article.text, slot, title, mentionsIn(ctx.doc, slot));
  if (title && !named && !inserted) out.push({ ...title, resolve: () => resolveTitle(ctx, slot, opts.exclude) });
  const near = opts.near;
  if (opts.first) return out.sort((a, b) => a.start - b.start);
  if (near === undefined) return out;
  const distance = (c: Candidate) => Math.min(Math.abs(c.start - near), Math.abs(c.end - near));
  return out.sort((a, b) => distance(a) - distance(b));
}

/** Where the longest title phrase of the slot stands, if any. */
function titleIn(ctx: ReferenceContext, slot: Range): Range | undefined {
  const words = wordsIn(ctx.doc, slot);
  const t = findTitle(words, ctx.pack);
  if (!t?.role) return undefined;
  return { start: (words[t.index] as Token).start, end: (words[t.index + t.length - 1] as Token).end };
}

/** Relative pronouns that open an insertion: "Macron, who co-hosted the meeting with Starmer, said". */
/** Relative pronouns that open a clause set off by commas. */
export const RELATIVE_PRONOUN = /^,\s*(?:who|which|whose|som|der|die|vilken|hvis)\b/iu;
const RELATIVE = /,\s*(?:who|which|whose|som|der|die|vilken|hvis)\b[^,]*,/giu;

/** An insertion between commas that ends the slot, right before the verb: "Peskov, Putin's spokesman, said". */
const APPOSITION = /,[^,]+,\s*$/u;

/** Is mention `m` inside a relative clause or an apposition set off by commas within the slot? */
function inRelativeClause(text: string, slot: Range, m: Range, all: readonly Mention[]): boolean {
  const body = text.slice(slot.start, slot.end);
  for (const r of body.matchAll(RELATIVE)) {
    const s = slot.start + (r.index ?? 0);
    if (m.start >= s && m.end <= s + r[0].length) return true;
  }
  const a = APPOSITION.exec(body);
  if (a === null) return false;
  const at = slot.start + a.index;
  // Only when a person is named before the insertion: that person is the subject.
  return m.start >= at && all.some((x) => x.type === 'PER' && x.end <= at);
}
