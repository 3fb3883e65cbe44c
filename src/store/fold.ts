/**
 * Search folding: the same fold is applied to indexed text and to queries, so that case,
 * diacritics and the Nordic and German letters that Unicode does not decompose all match their
 * plain forms ("Genève" = "Geneve", "Støre" = "Store", "Zelenskyj" = "zelenskyj").
 * @module
 */
import { matchKey } from '../core/text.js';

/**
 * Folds text for the search index: NFKD, combining marks removed, ø→o, æ→ae, ß→ss, ł→l, …,
 * lower case (src/core/text.ts `matchKey`). Å and Ä fold to a, Ö to o, as in any name search.
 */
export function searchFold(text: string): string {
  return matchKey(text);
}

const TERM = /"([^"]*)"|([\p{L}\p{N}][\p{L}\p{N}'’_-]*\*?)/gu;
const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * Turns what a user typed into a safe FTS5 query: every word must match (AND), "quoted words"
 * match as a phrase, and a trailing `*` matches a prefix. FTS5 operators in the input are
 * treated as words. Returns undefined when the input holds no word at all.
 */
export function toFtsQuery(input: string): string | undefined {
  const parts: string[] = [];
  for (const m of searchFold(input).matchAll(TERM)) {
    const phrase = m[1];
    const term = m[2];
    if (phrase !== undefined) {
      const words = phrase.match(WORDS);
      if (words) parts.push(`"${words.join(' ')}"`);
    } else if (term !== undefined) {
      const words = term.match(WORDS) ?? [];
      const star = term.endsWith('*') ? '*' : '';
      // "Jean-Pierre" and "o'Brien" are one phrase of several index tokens.
      if (words.length > 0) parts.push(`"${words.join(' ')}"${star}`);
    }
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}
