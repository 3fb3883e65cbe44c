/**
 * Text helpers: normalisation and folding.
 * @module
 */

/**
 * The evaluation fold of ../shared/spec/gold-format.md: Unicode NFKD, combining marks removed,
 * lower case, punctuation to a space; runs of white space collapse to one and the ends are trimmed.
 */
export function foldForScoring(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\p{P}+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Letters that NFKD does not decompose but that match keys should fold (../shared/stack.md). */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
  ı: 'i',
};

/** A match key for names: accents and special letters folded, lower-cased. */
export function matchKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæßłđœþðı]/gu, (ch) => EXTRA_FOLDS[ch] ?? ch)
    .replace(/[’'`´]/gu, "'");
}

/** A lowercase ASCII slug: "Rustem Umerov" → "rustem-umerov". */
export function slugify(s: string): string {
  return matchKey(s)
    .replace(/[^a-z0-9\p{L}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Normalises article text: NFC, unified line ends, no NUL or other C0 controls but tab and newline. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
