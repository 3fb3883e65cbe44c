/**
 * Small counts in time expressions ("to uker", "a week", "3 days"): digits, the pack's number
 * words, or an indefinite article for one.
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import { alternation, lexKey, lookup } from './patterns.js';

/** The pattern of a small count: one to three digits, a number word, or an article. */
export function countPattern(pack: LanguagePack): string {
  return `\\d{1,3}|${alternation([...Object.keys(pack.numbers.words), ...pack.time.one])}`;
}

/** The value of a matched count; undefined when it is not one. */
export function countValue(pack: LanguagePack, matched: string | undefined): number | undefined {
  if (matched === undefined) return undefined;
  if (/^\d+$/.test(matched)) return Number(matched);
  if (pack.time.one.includes(lexKey(matched))) return 1;
  return lookup(pack.numbers.words, matched);
}
