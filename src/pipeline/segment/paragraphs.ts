/**
 * Paragraphs: every line is a paragraph, except that a hard-wrapped line (no closing punctuation,
 * next line in lower case) continues on the next line.
 * @module
 */
import type { Paragraph } from '../doc.js';

const CLOSES_LINE = /[.!?:;»"”’)\]…]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

export function splitParagraphs(text: string): Paragraph[] {
  const lines: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) lines.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  const out: Paragraph[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const joined =
      prev !== undefined &&
      text.slice(prev.end, line.start) === '\n' &&
      !CLOSES_LINE.test(text.slice(prev.start, prev.end)) &&
      STARTS_LOWER.test(text.slice(line.start, line.end));
    if (joined) prev.end = line.end;
    else out.push({ start: line.start, end: line.end, index: out.length });
  }
  return out;
}
