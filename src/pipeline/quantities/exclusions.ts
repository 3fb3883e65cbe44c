/**
 * Stretches of a sentence whose digits are not quantities: time expressions ("17. februar",
 * "i 2022", "om to uker"), clock times ("kl. 14.30", "06.20" handled in digits) and phone
 * numbers ("+47 22 33 44 55", "tlf. 22 33 44 55").
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import { dayNumber } from '../times/calendar.js';
import { sentenceCandidates } from '../times/find-times.js';
import { alternation, compiled } from '../times/patterns.js';
import { clockPattern } from '../times/refiners/instants.js';

interface Range {
  start: number;
  end: number;
}

/** Any fixed day will do: only the spans of time expressions matter here, not their values. */
const SOME_DAY = dayNumber(2026, 2, 18);

/** A run of two to four digit groups, or a leading "+": a phone number unless it groups thousands. */
const PHONE = /(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)\s?)?\d{2,4}(?:[\s-]\d{2,4}){2,}(?!\d)/gu;
const THOUSANDS = /^\d{1,3}(?:[\s\u00a0\u202f]\d{3})+$/u;

function phones(text: string, range: Range, pack: LanguagePack): Range[] {
  const words = compiled(
    pack,
    'quantities.phone-words',
    () => `(?:${alternation(pack.numbers.phoneWords)})\\.?:?\\s*$`,
  );
  const out: Range[] = [];
  for (const m of text.slice(range.start, range.end).matchAll(PHONE)) {
    const start = range.start + (m.index ?? 0);
    words.lastIndex = 0;
    const cued = words.test(text.slice(Math.max(range.start, start - 16), start));
    if (cued || m[0].startsWith('+') || m[0].startsWith('(') || !THOUSANDS.test(m[0]))
      out.push({ start, end: start + m[0].length });
  }
  return out;
}

function clocks(text: string, range: Range, pack: LanguagePack): Range[] {
  const re = compiled(pack, 'clock', () => clockPattern(pack));
  return [...text.slice(range.start, range.end).matchAll(re)].map((m) => {
    const start = range.start + (m.index ?? 0);
    return { start, end: start + m[0].length };
  });
}

/** The stretches of `range` in which no quantity is read. */
export function blockedRanges(text: string, range: Range, pack: LanguagePack): Range[] {
  const times = sentenceCandidates(text, range, pack, SOME_DAY).filter((c) => !c.bare);
  return [...times, ...clocks(text, range, pack), ...phones(text, range, pack)];
}
