/**
 * Sentences: ICU's sentence segmentation (`Intl.Segmenter`), then merge rules that read the
 * language pack: abbreviations, initials, ordinal dates ("24. feb."), a lower-case continuation
 * ("«Hvorfor nå?» spurte han."), and the Scandinavian dash-led dialogue paragraph
 * ("– …, sa han."), which stays one unit.
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import type { Range } from '../doc.js';

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

/** A dialogue line: a dash (en, em or a hyphen followed by a space) opens the paragraph. */
const DASH_LINE = /^(?:[–—]|-\s)/u;
/** The word (with inner dots) right before the final dot: "bl.a." → "bl.a", "Dr." → "dr". */
const WORD_BEFORE_DOT = /(?:^|[\s(«"“„'‘])((?:\p{L}+\.)*\p{L}+)\.$/u;
const INITIAL = /(?:^|[\s(.])\p{Lu}\.$/u;
const ORDINAL = /(?:^|[\s(–-])\d{1,2}\.$/u;
const FIRST_WORD = /^[\s«"“„'‘(]*([\p{L}\d][\p{L}\d.]*)/u;

/** True when `s` opens a quote it does not close (guillemets, curly or low-high marks, or an odd count of straight double quotes). */
export function hasOpenQuote(s: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length;
  if (count(/«/gu) > count(/»/gu)) return true;
  // German opens with „ and closes with “ (which English uses to open), or with a plain ".
  if (s.includes('„')) return count(/„/gu) > count(/[“"]/gu);
  if (count(/“/gu) > count(/”/gu)) return true;
  // British single quotes: ’ between letters is an apostrophe ("won’t"), not a closing mark.
  if (count(/‘/gu) > count(/’(?!\p{L})/gu)) return true;
  return count(/"/gu) % 2 === 1;
}

function firstWord(next: string): string {
  return FIRST_WORD.exec(next)?.[1] ?? '';
}

const startsLowerOrDigit = (w: string) => /^[\p{Ll}\d]/u.test(w);

/** How an abbreviation before the break decides, by the pack list it is in. */
function abbreviationDecides(prev: string, next: string, pack: LanguagePack): boolean | undefined {
  const w = WORD_BEFORE_DOT.exec(prev)?.[1]?.toLowerCase();
  if (w === undefined) return undefined;
  const { always, beforeNames, ambiguous } = pack.abbreviations;
  // "bl.a. Russland", "Dr. Hansen", "z. B." — never a sentence end.
  if (always.includes(w)) return true;
  // "U.S. envoy" — an end only when a usual sentence starter follows.
  if (beforeNames.includes(w)) return !pack.stopWords.includes(firstWord(next).toLowerCase());
  // "osv. og", "9 a.m. on" — only before a lower-case word or a digit.
  if (ambiguous.includes(w)) return startsLowerOrDigit(firstWord(next));
  return undefined;
}

function shouldMerge(prevRaw: string, next: string, pack: LanguagePack): boolean {
  const prev = prevRaw.trimEnd();
  // A continuation in lower case: «Hvorfor nå?» spurte han.
  if (/^[\s»"”’)]*\p{Ll}/u.test(next)) return true;
  // A quote mark opened and not yet closed: «Vi vil ha fred. Vi vil ha frihet», sa han.
  if (hasOpenQuote(prev)) return true;
  const byAbbreviation = abbreviationDecides(prev, next, pack);
  if (byAbbreviation !== undefined) return byAbbreviation;
  // "J. Stoltenberg", "George W. Bush", "J.D. Vance" — but not "… wrote on X. European leaders …".
  if (INITIAL.test(prev) && !/(?:^|\s)\p{Ll}+\s+\p{Lu}\.$/u.test(prev)) return true;
  // "24. februar", "3. Okt. 2024" — a day number before a month name.
  return ORDINAL.test(prev) && firstWord(next).replace(/\.$/, '').toLowerCase() in pack.months;
}

/** ICU does not end a sentence at an ellipsis; one followed by a capital outside quotes does. */
function splitAfterEllipsis(segment: string, offset: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of segment.matchAll(/(?:…|\.\.\.)\s+(?=\p{Lu})/gu)) {
    const cut = (m.index ?? 0) + m[0].length;
    if (hasOpenQuote(segment.slice(0, cut))) continue;
    out.push([offset + from, offset + cut]);
    from = cut;
  }
  out.push([offset + from, offset + segment.length]);
  return out;
}

/** Splits the paragraph `text.slice(start, end)` into sentence ranges (trimmed, in order). */
export function splitSentences(text: string, start: number, end: number, pack: LanguagePack): Range[] {
  const body = text.slice(start, end);
  if (DASH_LINE.test(body)) return [{ start, end }];
  const pieces: Range[] = [];
  for (const seg of sentenceSegmenter(pack.locale).segment(body)) {
    for (const [s, e] of splitAfterEllipsis(seg.segment, start + seg.index)) {
      const prev = pieces[pieces.length - 1];
      if (prev && shouldMerge(text.slice(prev.start, prev.end), text.slice(s, e), pack)) prev.end = e;
      else pieces.push({ start: s, end: e });
    }
  }
  return pieces.map(trim).filter((r) => r.end > r.start);

  function trim(r: Range): Range {
    let s = r.start;
    let e = r.end;
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    return { start: s, end: e };
  }
}
