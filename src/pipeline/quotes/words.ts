/**
 * Token helpers for the quote rules: finding reporting verbs, complementizers and phrases in a
 * sentence's words.
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import type { Range, Token } from '../doc.js';

export { lowerBound, sentenceAt, wordsIn } from '../text-index.js';

/** Length in words of `phrase` if it starts at word `i`, else 0. */
export function phraseLength(words: readonly Token[], i: number, phrase: string): number {
  const parts = phrase.split(' ');
  return parts.every((p, k) => words[i + k]?.text.toLowerCase() === p) ? parts.length : 0;
}

/** The longest phrase of `list` starting at word `i`: its length in words, or 0. */
export function longestAt(words: readonly Token[], i: number, list: readonly string[]): number {
  let best = 0;
  for (const p of list) best = Math.max(best, phraseLength(words, i, p));
  return best;
}

export interface VerbHit {
  /** Index of the first word of the verb. */
  index: number;
  /** Words in the verb ("la til" has 2). */
  length: number;
  range: Range;
}

/** Every reporting verb in `words`. */
export function findVerbs(words: readonly Token[], pack: LanguagePack): VerbHit[] {
  const out: VerbHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const n = longestAt(words, i, pack.speechVerbs);
    if (n === 0) continue;
    out.push({
      index: i,
      length: n,
      range: { start: (words[i] as Token).start, end: (words[i + n - 1] as Token).end },
    });
    i += n - 1;
  }
  return out;
}

/** Trims white space, then trailing punctuation and quote marks, from a range. */
export function trimContent(text: string, r: Range): Range {
  let s = r.start;
  let e = r.end;
  while (s < e && /[\s]/u.test(text[s] ?? '')) s++;
  while (e > s && /[\s.,;:–—-]/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
