/**
 * Direct quotes in quote marks: the cue after the marks («…», sa han. / "…," Zelensky said),
 * before them (Stoltenberg sa: «…» / sa han, «…»), a calling verb (kalte det «…»), or none when a
 * quote-marked paragraph continues the previous speaker. Marks with no cue (scare quotes, titles
 * of books and programmes) are not quotes.
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import type { Paragraph, PipelineDoc, Range, Token } from '../doc.js';
import type { QuoteDraft } from './draft.js';
import { findStretches, type Stretch } from './marks.js';
import { findVerbs, longestAt, sentenceAt, trimContent, wordsIn } from './words.js';

/** Words allowed between the closing mark and the verb ("…," Zelensky told reporters). */
const MAX_GAP_WORDS = 7;

/** Where the clause after a closing mark ends: a full stop (not an abbreviation's, "Maj. Lysenko"), or the next quote. */
function clauseEnd(text: string, from: number, limit: number, pack: LanguagePack): number {
  const re = /[!?;«“„"‘]|\.(?=\s+\p{Lu}|\s*$)/gu;
  const body = text.slice(from, limit);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const word = /(\p{L}+)$/u.exec(body.slice(0, m.index))?.[1]?.toLowerCase();
    const abbreviation =
      m[0] === '.' && word !== undefined && (pack.abbreviations.always.includes(word) || word in pack.titles);
    if (!abbreviation) return from + m.index;
  }
  return limit;
}

function afterCue(
  doc: PipelineDoc,
  pack: LanguagePack,
  st: Stretch,
  limit: number,
): Omit<QuoteDraft, 'kind' | 'content' | 'rule' | 'priority'> | undefined {
  const text = doc.article.text;
  const end = clauseEnd(text, st.close, limit, pack);
  const words = wordsIn(doc, { start: st.close, end });
  const verb = findVerbs(words, pack).find((v) => v.index <= MAX_GAP_WORDS);
  // The verb must follow in the same sentence (no full stop between) and not in a clause of its own ("«…» at X ber").
  if (!verb || /[.!?;:]/u.test(text.slice(st.close, verb.range.start))) return undefined;
  // "«…» og skrev at", "called it "useful" and said": a verb joined by a conjunction starts its own clause.
  const gap = words.slice(0, verb.index).map((w) => w.text.toLowerCase());
  if (gap.some((w) => pack.quotes.complementizers.includes(w) || pack.quotes.conjunctions.includes(w)))
    return undefined;
  const sentence = sentenceAt(doc, st.close - 1);
  return {
    cue: verb.range,
    slot: { start: st.close, end },
    // Verb-second languages put the subject right after the verb ("„…“ auf Putin, sagte er").
    ...(pack.verbSecond && verb.range.end < end ? { vsSlot: { start: verb.range.end, end } } : {}),
    context: { start: st.close, end: Math.max(end, sentence?.end ?? end) },
  };
}

function beforeCue(
  doc: PipelineDoc,
  pack: LanguagePack,
  st: Stretch,
  from: number,
): Omit<QuoteDraft, 'kind' | 'content' | 'rule' | 'priority'> | undefined {
  const text = doc.article.text;
  const lead = text.slice(from, st.open);
  const words = wordsIn(doc, { start: from, end: st.open });
  const tail = words.slice(-8);
  if (/[:,]\s*[–—-]?\s*$/u.test(lead)) {
    const verb = findVerbs(tail, pack).at(-1);
    if (verb) return { cue: verb.range, slot: { start: from, end: st.open }, context: { start: from, end: st.close } };
  }
  for (let i = tail.length - 1; i >= Math.max(0, tail.length - 6); i--) {
    const n = longestAt(tail, i, pack.quotes.calling);
    // "so-called «…»" is the journalist's distance, not a quote.
    if (n > 0 && text[(tail[i] as Token).start - 1] !== '-') {
      const cue = { start: (tail[i] as Token).start, end: (tail[i + n - 1] as Token).end };
      return { cue, slot: { start: from, end: cue.start }, context: { start: from, end: st.close } };
    }
  }
  return undefined;
}

/** Direct quotes in one paragraph; `prevHadQuote` lets a marked paragraph continue the last speaker. */
export function directQuotes(doc: PipelineDoc, pack: LanguagePack, p: Paragraph, prevHadQuote: boolean): QuoteDraft[] {
  const text = doc.article.text;
  const stretches = findStretches(text, p.start, p.end);
  const out: QuoteDraft[] = [];
  let cuedBefore = false;
  for (const [k, st] of stretches.entries()) {
    const content = trimContent(text, st.inner);
    if (content.end <= content.start) continue;
    const nextOpen = stretches[k + 1]?.open ?? p.end;
    const prevClose = stretches[k - 1]?.close ?? sentenceAt(doc, st.open)?.start ?? p.start;
    const lang = pack.code;
    const after = afterCue(doc, pack, st, nextOpen);
    if (after) {
      cuedBefore = true;
      out.push({ kind: 'direct', content, ...after, rule: `${lang}.quote.direct.cue-after`, priority: 5 });
      continue;
    }
    const before = beforeCue(doc, pack, st, Math.max(prevClose, sentenceAt(doc, st.open)?.start ?? p.start));
    if (before) {
      cuedBefore = true;
      out.push({ kind: 'direct', content, ...before, rule: `${lang}.quote.direct.cue-before`, priority: 5 });
      continue;
    }
    // A stretch with no cue of its own that goes on from a quote: in the same paragraph after a
    // cued one, or opening the paragraph after one that held a quote.
    const opensParagraph = st.open === p.start && (st.runsOn || /^[\s.]*$/u.test(text.slice(st.close, p.end)));
    const sentenceLike =
      content.end - content.start > 15 && /^\p{Lu}/u.test(text.slice(content.start, content.start + 1));
    if (sentenceLike && ((opensParagraph && prevHadQuote) || cuedBefore))
      out.push({
        kind: 'direct',
        content,
        inherit: true,
        context: content,
        sameOccasion: true,
        rule: `${lang}.quote.direct.continued`,
        priority: 4,
      });
  }
  return out;
}

export type { Range };
