/**
 * A number found in the text before it is attached to what it counts.
 * @module
 */

export interface RawNumber {
  start: number;
  end: number;
  value: number;
  approximate: boolean;
  /** "digits", "words" or "vague". */
  rule: 'digits' | 'words' | 'vague';
  /** A plain four-digit number that may be a year ("2022"): kept only with a counted noun. */
  yearLike?: boolean;
  /** One written as a word ("one", "ett", "ein"): kept only with a counted noun. */
  lone?: boolean;
}

/** A word token: letters only, with its offsets. */
export interface WordToken {
  start: number;
  end: number;
  text: string;
}

/** The letter-only words of `text` in [start, end). */
export function wordTokens(text: string, start: number, end: number): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.slice(start, end).matchAll(/\p{L}+/gu)) {
    const s = start + (m.index ?? 0);
    out.push({ start: s, end: s + m[0].length, text: m[0] });
  }
  return out;
}
