/**
 * Numbers in words over a sentence's word tokens: sequences ("to hundre", "two hundred and
 * fifty", "twenty-five"), compounds ("tjuefem"), an article before a multiplier ("en million"),
 * "several" before a scale ("flere hundre" → 200), and vague plurals ("hundrevis", "dozens").
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import { alternation, compiled, lexKey, lookup } from '../times/patterns.js';
import { fold, pieces } from './number-words.js';
import type { RawNumber, WordToken } from './raw.js';

/** Only white space or a hyphen between two words of one number. */
const JOINED = /^[\s\-‑]+$/u;

/** The longest number starting at token `i`: its value and the index of its last token. */
function sequence(
  pack: LanguagePack,
  text: string,
  tokens: readonly WordToken[],
  i: number,
): [number, number] | undefined {
  const first = tokens[i];
  const head = first && pieces(pack, first.text);
  if (!first || !head) return undefined;
  let list = head;
  let last = i;
  for (let k = i + 1; k < tokens.length; k++) {
    const tok = tokens[k];
    const prev = tokens[k - 1];
    if (!tok || !prev || !JOINED.test(text.slice(prev.end, tok.start))) break;
    const joiner = pack.numbers.compoundJoiners.includes(lexKey(tok.text));
    const next = pieces(pack, (joiner ? tokens[k + 1]?.text : tok.text) ?? '');
    const extended = next && [...list, ...(joiner ? ['join' as const] : []), ...next];
    if (!extended || fold(extended) === undefined) break;
    list = extended;
    if (joiner) k++;
    last = k;
  }
  const value = fold(list);
  return value === undefined ? undefined : [value, last];
}

/** A scale after "flere"/"several" or an article: "hundre", "tusen", "millioner". */
function scale(pack: LanguagePack, tok: WordToken | undefined): number | undefined {
  if (!tok) return undefined;
  const p = pieces(pack, tok.text);
  if (p?.length === 1 && (p[0] === 100 || p[0] === 1000)) return p[0];
  return lookup(pack.numbers.multipliers, tok.text);
}

function fromTokens(pack: LanguagePack, text: string, tokens: readonly WordToken[]): RawNumber[] {
  const out: RawNumber[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const key = lexKey(tok.text);
    const next = tokens[i + 1];
    const adjacent = next !== undefined && /^\s+$/u.test(text.slice(tok.end, next.start));
    const s = adjacent && pack.numbers.several.includes(key) ? scale(pack, next) : undefined;
    if (s !== undefined && next) {
      out.push({ start: tok.start, end: next.end, value: 2 * s, approximate: true, rule: 'vague' });
      i++;
      continue;
    }
    if (adjacent && pack.time.one.includes(key) && lookup(pack.numbers.multipliers, next.text) !== undefined) {
      out.push({ start: tok.start, end: tok.end, value: 1, approximate: false, rule: 'words' });
      continue;
    }
    const seq = sequence(pack, text, tokens, i);
    if (!seq) continue;
    const end = tokens[seq[1]]?.end ?? tok.end;
    out.push({ start: tok.start, end, value: seq[0], approximate: false, rule: 'words', lone: seq[0] === 1 });
    i = seq[1];
  }
  return out;
}

function vague(pack: LanguagePack, text: string, start: number, end: number): RawNumber[] {
  const re = compiled(pack, 'quantities.vague', () => alternation(Object.keys(pack.numbers.vague)));
  return [...text.slice(start, end).matchAll(re)].flatMap((m) => {
    const value = lookup(pack.numbers.vague, m[0]);
    const at = start + (m.index ?? 0);
    return value === undefined
      ? []
      : [{ start: at, end: at + m[0].length, value, approximate: true, rule: 'vague' as const }];
  });
}

/** The numbers written in words in [start, end). */
export function wordNumbers(
  text: string,
  start: number,
  end: number,
  tokens: readonly WordToken[],
  pack: LanguagePack,
): RawNumber[] {
  return [...vague(pack, text, start, end), ...fromTokens(pack, text, tokens)];
}
