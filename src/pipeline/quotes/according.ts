/**
 * "ifølge X" / "according to X" / "enligt X" / "laut X": at the start of a sentence the quote is
 * the rest of it; at the end ("…, ifølge X.") the part before; in the middle ("Et møte er
 * ifølge Medinskij mulig") the whole sentence, cue included.
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import type { PipelineDoc, Range, Sentence, Token } from '../doc.js';
import type { QuoteDraft } from './draft.js';
import { longestAt, trimContent, wordsIn } from './words.js';

/** How many words after the cue may still name the source. */
const MAX_SOURCE_WORDS = 5;

/** Index one past the last word that names the source after the cue at `from`. */
function sourceEnd(doc: PipelineDoc, pack: LanguagePack, words: readonly Token[], from: number): number {
  const mentions = doc.mentions ?? [];
  const first = words[from];
  // A generic source ("ifølge diplomater i Brussel", "according to officials"): one noun and no
  // person or title among the next words ("according to regional Gov. Oleh Kiper" is not generic).
  const next = words.slice(from, from + MAX_SOURCE_WORDS);
  const named = next.some(
    (w) =>
      w.text.toLowerCase() in pack.titles ||
      mentions.some((m) => m.type !== 'LOC' && m.start <= w.start && w.end <= m.end),
  );
  if (
    first &&
    /^\p{Ll}/u.test(first.text) &&
    !named &&
    !pack.pronouns[first.text.toLowerCase()] &&
    !mentions.some((m) => m.start <= first.start && first.end <= m.end)
  )
    return from + 1;
  let last = -1;
  for (let i = from; i < Math.min(words.length, from + MAX_SOURCE_WORDS); i++) {
    const w = words[i] as Token;
    const gap = doc.article.text.slice((words[i - 1] as Token).end, w.start);
    const abbreviation =
      gap.trim() === '.' && pack.abbreviations.always.includes((words[i - 1] as Token).text.toLowerCase());
    if (i > from && /[,.;:]/u.test(gap) && !abbreviation) break;
    const inMention = mentions.some((m) => m.start <= w.start && w.end <= m.end);
    const titled = w.text.toLowerCase() in pack.titles;
    if (inMention || titled || /^\p{Lu}/u.test(w.text) || pack.pronouns[w.text.toLowerCase()]) last = i;
  }
  // A generic source ("kilder", "officials", "ukrainske myndigheter"): the noun after the cue.
  if (last < 0) return Math.min(words.length, from + 1);
  const m = mentions.find((x) => x.start <= (words[last] as Token).start && (words[last] as Token).end <= x.end);
  return m?.kind === 'adjective' ? Math.min(words.length, last + 2) : last + 1;
}

export function accordingQuotes(doc: PipelineDoc, pack: LanguagePack, s: Sentence): QuoteDraft[] {
  const text = doc.article.text;
  const words = wordsIn(doc, s);
  const out: QuoteDraft[] = [];
  const lang = pack.code;
  for (let i = 0; i < words.length; i++) {
    const n = longestAt(words, i, pack.quotes.accordingTo);
    if (n === 0) continue;
    const cue: Range = { start: (words[i] as Token).start, end: (words[i + n - 1] as Token).end };
    const srcEnd = sourceEnd(doc, pack, words, i + n);
    const slot: Range = { start: cue.end, end: (words[srcEnd - 1] as Token | undefined)?.end ?? cue.end };
    const lead = text.slice(s.start, cue.start);
    let content: Range;
    let rule: string;
    if (lead.trim() === '') {
      const restStart = (words[srcEnd] as Token | undefined)?.start ?? s.end;
      content = trimContent(text, { start: restStart, end: s.end });
      rule = `${lang}.quote.according.initial`;
    } else if (/,\s*$/u.test(lead) && /^[\s.!?]*$/u.test(text.slice(slot.end, s.end))) {
      content = trimContent(text, { start: s.start, end: cue.start });
      rule = `${lang}.quote.according.final`;
    } else {
      content = trimContent(text, s);
      rule = `${lang}.quote.according.inside`;
    }
    if (content.end - content.start > 3)
      out.push({ kind: 'indirect', content, cue, slot, context: s, rule, priority: 2 });
    i += n - 1;
  }
  return out;
}
