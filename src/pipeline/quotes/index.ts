/**
 * The quotes stage: runs the pattern rules over every paragraph and sentence, keeps the
 * strongest of overlapping drafts, then resolves each quote's speaker (names, pronouns, titles,
 * a country or government; null when none) and channel.
 * @module
 */
import { ParleyError } from '../../core/errors.js';
import { overlaps, span } from '../../core/span.js';
import type { LanguagePack } from '../../lang/types.js';
import type { Entity, Quote } from '../../schema/analysis.js';
import type { PipelineDoc, Range, Sentence } from '../doc.js';
import { type ReferenceContext, type Referent, resolveSlot } from '../entities/references.js';
import type { Stage, StageContext } from '../stage.js';
import { accordingQuotes } from './according.js';
import { findChannel } from './channel.js';
import { dashQuote } from './dash.js';
import { directQuotes } from './direct.js';
import type { QuoteDraft } from './draft.js';
import { headlineQuote } from './headline.js';
import { indirectQuotes } from './indirect.js';
import { nextSentenceQuote } from './next-sentence.js';
import { reportedMoodQuote } from './reported-mood.js';
import { sentenceAt, trimContent, wordsIn } from './words.js';

/** Every draft of the article, paragraph by paragraph. */
function collectDrafts(doc: PipelineDoc, pack: LanguagePack): QuoteDraft[] {
  const drafts: QuoteDraft[] = [];
  const sentences = doc.sentences ?? [];
  let lastQuotePara = -10;
  const quoted = new Set<number>();
  for (const p of doc.paragraphs ?? []) {
    const prevHad = lastQuotePara === p.index - 1;
    const here: QuoteDraft[] = [];
    const dash = dashQuote(doc, pack, p, prevHad);
    if (dash) here.push(dash);
    const head = headlineQuote(doc, pack, p);
    if (head) here.push(head);
    here.push(...directQuotes(doc, pack, p, prevHad));
    const inPara = sentences.filter((s) => s.paragraph === p.index);
    // Sentences holding a quote so far, in this paragraph too ("…, schrieb er. Verletzt worden sei niemand.").
    const mark = (ds: readonly QuoteDraft[]) => {
      for (const d of ds)
        for (const x of inPara) if (x.start <= d.content.start && d.content.start < x.end) quoted.add(x.index);
    };
    mark(here);
    for (const s of inPara) {
      const found = [...indirectQuotes(doc, pack, s), ...accordingQuotes(doc, pack, s)];
      const mood = reportedMoodQuote(doc, pack, s, quoted);
      if (mood) found.push(mood);
      const prev: Sentence | undefined = sentences[s.index - 1];
      const ns = nextSentenceQuote(doc, pack, s, prev);
      if (ns) found.push(ns);
      mark(found);
      here.push(...found);
    }
    if (here.length) lastQuotePara = p.index;
    drafts.push(...here);
  }
  return drafts;
}

/** Smallest content kept when a weaker draft is cut short by a stronger one. */
const MIN_CUT_CONTENT = 12;

/**
 * Keeps the strongest draft where contents overlap; a weaker draft that starts before a stronger
 * one is cut short in front of it ("needed «more Patriots», and thanked … for what he called «…»").
 */
function resolveOverlaps(text: string, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const kept: QuoteDraft[] = [];
  const order = [...drafts].sort((a, b) => b.priority - a.priority || a.content.start - b.content.start);
  for (const d of order) {
    let cur: QuoteDraft | undefined = d;
    for (const k of kept) {
      if (!cur || !overlaps(k.content, cur.content)) continue;
      const cutAt = k.content.start - 1;
      const trimmed = trimContent(text, { start: cur.content.start, end: cutAt });
      cur =
        k.content.start > cur.content.start && trimmed.end - trimmed.start >= MIN_CUT_CONTENT
          ? { ...cur, content: trimmed }
          : undefined;
    }
    if (cur) kept.push(cur);
  }
  return kept.sort((a, b) => a.content.start - b.content.start);
}

function speakerOf(ctx: ReferenceContext, d: QuoteDraft, previous: Quote | undefined): Referent | null {
  const inherited = previous?.speaker
    ? { id: previous.speaker, type: 'PER' as const, name: '', via: 'name' as const }
    : null;
  const opts = { near: d.cue?.start, exclude: d.content, first: d.subjectFirst };
  if (d.inherit && !d.slot) return inherited;
  if (d.vsSlot) {
    const r = resolveSlot(ctx, d.vsSlot, { ...opts, first: true });
    if (r && (r.type === 'PER' || r.via === 'pronoun' || r.via === 'title')) return r;
  }
  if (d.slot && genericSubject(ctx, d.slot)) return null;
  const r = d.slot ? resolveSlot(ctx, d.slot, opts) : undefined;
  return r ?? (d.inherit ? inherited : null);
}

/** How many paragraphs a speaker's occasion (an interview, a press conference) carries on. */
const OCCASION_PARAGRAPHS = 2;

/**
 * A quote with no channel of its own keeps the channel of the same speaker's last quote when it
 * follows closely and its sentence names no other time ("tidligere", "on Monday" start another
 * occasion); a cue like "la til" or a further dash paragraph always continues it.
 */
function sameOccasionChannel(
  doc: PipelineDoc,
  quotes: readonly Quote[],
  speaker: string,
  d: QuoteDraft,
  paraOf: (at: number) => number,
): string | undefined {
  const last = [...quotes].reverse().find((q) => q.speaker === speaker);
  if (!last?.channel) return undefined;
  const gap = paraOf(d.content.start) - paraOf(last.span.start);
  if (d.sameOccasion || d.inherit) return gap <= 1 ? last.channel : undefined;
  const sentence = sentenceAt(doc, d.cue?.start ?? d.content.start);
  const newTime = (doc.times ?? []).some(
    (t) =>
      sentence &&
      t.span.start >= sentence.start &&
      t.span.end <= sentence.end &&
      !(t.span.start >= d.content.start && t.span.end <= d.content.end),
  );
  return gap <= OCCASION_PARAGRAPHS && !newTime ? last.channel : undefined;
}

/** "A White House official said", "regional authorities said": an unnamed source right before the cue. */
function genericSubject(ctx: ReferenceContext, slot: Range): boolean {
  const last = wordsIn(ctx.doc, slot).at(-1)?.text.toLowerCase();
  return last !== undefined && ctx.pack.quotes.genericSources.includes(last);
}

/** Adds an entity for a speaker known only by title ("Kremls talsperson"), so the id resolves. */
function ensureEntity(entities: Entity[], r: Referent, ctx: StageContext): void {
  if (entities.some((e) => e.id === r.id)) return;
  const wikidata = ctx.kb.get(r.id)?.wikidata;
  entities.push({
    id: r.id,
    type: r.type,
    name: r.name,
    ...(wikidata ? { wikidata } : {}),
    mentions: [],
    rule: `quote.speaker.${r.via}`,
  });
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['lang', 'paragraphs', 'sentences', 'tokens', 'mentions', 'entities'],
  provides: ['quotes'],
  run(doc, ctx) {
    const pack = doc.pack;
    if (!pack) throw new ParleyError('E_INTERNAL', 'no language pack on the document.');
    const text = doc.article.text;
    const date = (doc.article.published ?? new Date().toISOString()).slice(0, 10);
    const speakers: { id: string; at: number }[] = [];
    const refs: ReferenceContext = { doc, pack, kb: ctx.kb, date, speakers };
    const entities = [...(doc.entities ?? [])];
    const quotes: Quote[] = [];
    const paraOf = (at: number) => (doc.paragraphs ?? []).findIndex((p) => p.start <= at && at <= p.end);
    for (const d of resolveOverlaps(text, collectDrafts(doc, pack))) {
      const prev = quotes.at(-1);
      const who = speakerOf(refs, d, prev);
      if (who?.name) ensureEntity(entities, who, ctx);
      const speaker = who?.id ?? null;
      let channel = findChannel(doc, pack, ctx.kb, d.context, d.content, d.cue?.start ?? d.content.start);
      if (!channel && speaker !== null) channel = sameOccasionChannel(doc, quotes, speaker, d, paraOf);
      const q: Quote = {
        id: `q${quotes.length + 1}`,
        speaker,
        kind: d.kind,
        text: text.slice(d.content.start, d.content.end),
        span: span(text, d.content.start, d.content.end),
        ...(d.cue ? { cue: span(text, d.cue.start, d.cue.end) } : {}),
        ...(channel ? { channel } : {}),
        rule: d.rule,
      };
      quotes.push(q);
      if (speaker) speakers.push({ id: speaker, at: d.content.start });
      ctx.trace.add(
        'quotes',
        d.rule,
        () =>
          `q${quotes.length} "${q.text.slice(0, 50)}" speaker ${speaker ?? 'null'}${who ? ` (${who.via})` : ''}${channel ? `, channel ${channel}` : ''}`,
      );
    }
    return { ...doc, quotes, entities };
  },
};
