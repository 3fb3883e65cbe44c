/**
 * Numbers in digits with the pack's separators: "1 000" (also with no-break or narrow no-break
 * space), "1,000", "1.000", "12,5", "12.5", "5bn". A separator followed by exactly three digits
 * groups thousands; otherwise a decimal separator starts decimals.
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import { alternation, compiled, escapeRegExp, lookup } from '../times/patterns.js';
import type { RawNumber } from './raw.js';

const charClass = (chars: readonly string[]) => (chars.length > 0 ? `[${chars.map(escapeRegExp).join('')}]` : '(?!)');

function pattern(pack: LanguagePack): string {
  const n = pack.numbers;
  const group = charClass(n.groupSeparators);
  const dec = charClass(n.decimalSeparators);
  // Not glued to a letter ("G7", "F-16", "Su-34") or to a slash ("24/7").
  const before = '(?<![\\p{L}\\p{N}/]|\\p{L}[-‑])';
  const int = `(?<int>\\d{1,3}(?:${group}\\d{3})+(?!\\d)|\\d+(?!\\d))`;
  const tail = `(?<tail>(?:${alternation([...Object.keys(n.multipliers), ...n.ordinalSuffixes], { before: false })})|[-‑]?\\p{L}+)?`;
  return `${before}${int}(?:(?<sep>${dec})(?<frac>\\d+(?!\\d)))?(?!/\\d)${tail}`;
}

/** A clock time such as "06.20" in a language whose decimals are written with a comma. */
function clockLike(pack: LanguagePack, int: string, sep: string | undefined, frac: string | undefined): boolean {
  return pack.numbers.decimalSeparators[0] === ',' && sep === '.' && int.length <= 2 && frac?.length === 2;
}

/** An ordinal dot ("den 3. runden"): digits, a dot, white space and a lower-case letter. */
function ordinalDot(pack: LanguagePack, text: string, end: number): boolean {
  return pack.numbers.ordinalDot && /^\.\s+\p{Ll}/u.test(text.slice(end, end + 3));
}

/** The numbers in digits in [start, end), with an attached multiplier applied ("5bn"). */
export function digitNumbers(text: string, start: number, end: number, pack: LanguagePack): RawNumber[] {
  const out: RawNumber[] = [];
  const re = compiled(pack, 'quantities.digits', () => pattern(pack));
  for (const m of text.slice(start, end).matchAll(re)) {
    const g = m.groups ?? {};
    const int = g.int ?? '';
    const at = start + (m.index ?? 0);
    const tail = g.tail?.toLowerCase();
    const mult = tail === undefined ? 1 : lookup(pack.numbers.multipliers, tail);
    if (mult === undefined || clockLike(pack, int, g.sep, g.frac)) continue;
    const numEnd = at + m[0].length;
    if (ordinalDot(pack, text, numEnd)) continue;
    const value = Number(`${int.replace(/\D/g, '')}${g.frac ? `.${g.frac}` : ''}`) * mult;
    const yearLike = /^(?:19|20)\d{2}$/.test(int) && !g.frac && tail === undefined;
    out.push({ start: at, end: numEnd, value, approximate: false, rule: 'digits', yearLike });
  }
  return out;
}
