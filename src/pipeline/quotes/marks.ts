/**
 * Quote-marked stretches of a paragraph: « », “ ”, „ “, " ", ‘ ’, » «, ” ”. An apostrophe
 * inside a word ("won’t", "Kyiv’s") is not a closing mark. Only outermost stretches are kept;
 * nested marks stay inside their stretch.
 * @module
 */
import type { Range } from '../doc.js';

export interface Stretch {
  /** Position of the opening mark. */
  open: number;
  /** Position just after the closing mark (or the paragraph end when it runs on). */
  close: number;
  /** The content between the marks. */
  inner: Range;
  /** True when the paragraph ended before a closing mark (a quote that runs over paragraphs). */
  runsOn: boolean;
}

const PAIRS: Readonly<Record<string, string>> = {
  '«': '»',
  '“': '”',
  '„': '“',
  '‘': '’',
  '»': '«',
  '”': '”',
  '"': '"',
  "'": "'",
};

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Can `ch` at `i` open a quote? Symmetric marks open only after a space or start, before a non-space. */
function canOpen(text: string, i: number, start: number): boolean {
  const ch = text[i] as string;
  if (!(ch in PAIRS)) return false;
  if (ch === '‘' || ch === '"' || ch === '”' || ch === '»' || ch === "'") {
    const before = i > start ? text[i - 1] : ' ';
    return !isLetter(before) && /\S/u.test(text[i + 1] ?? '');
  }
  return true;
}

function isClose(text: string, i: number, closer: string): boolean {
  if (text[i] !== closer) return false;
  // An apostrophe between letters is not a closing single quote.
  if ((closer === '’' || closer === "'") && isLetter(text[i - 1]) && isLetter(text[i + 1])) return false;
  // A straight single quote after a space opens nothing and closes nothing ("the leaders' talks" aside).
  if (closer === "'" && /\s/u.test(text[i - 1] ?? ' ')) return false;
  if (closer === '“' || closer === '"' || closer === '”' || closer === "'")
    return !isLetter(text[i + 1]) || text[i + 1] === undefined;
  return true;
}

/** Outermost quote-marked stretches in text[start, end). */
export function findStretches(text: string, start: number, end: number): Stretch[] {
  const out: Stretch[] = [];
  let i = start;
  while (i < end) {
    if (!canOpen(text, i, start)) {
      i++;
      continue;
    }
    const opener = text[i] as string;
    const closer = PAIRS[opener] as string;
    let depth = 0;
    let j = i + 1;
    for (; j < end; j++) {
      if (opener !== closer && text[j] === opener) depth++;
      else if (isClose(text, j, closer)) {
        if (depth === 0) break;
        depth--;
      }
    }
    const runsOn = j >= end;
    out.push({ open: i, close: runsOn ? end : j + 1, inner: { start: i + 1, end: runsOn ? end : j }, runsOn });
    i = runsOn ? end : j + 1;
  }
  return out;
}
