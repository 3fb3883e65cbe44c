/**
 * Attaching a number to its context: the hedge before it ("rundt", "at least"), a currency
 * symbol before it, a multiplier and a unit after it, and what it counts: the noun after it
 * mapped through the pack's kinds ("470 droner" → drones), or a casualty word around it
 * ("drepte tre personer", "tre personer ble drept", "killing 12", "left 12 dead").
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import { alternation, compiled, lexKey, lookup } from '../times/patterns.js';
import type { RawNumber, WordToken } from './raw.js';

/** Kinds that name people: a casualty word says how they were affected, and wins. */
const PERSON_KINDS: ReadonlySet<string> = new Set([
  'children',
  'civilians',
  'people',
  'prisoners',
  'soldiers',
  'troops',
]);

/** What may stand between a number and its noun: white space, hyphens and quote marks. */
const NOUN_GAP = /^[\s\-‑'"«»“”’]*$/u;
/** Up to four words on one side of a number, not crossing punctuation or another number. */
const WINDOW = 4;

export interface Attached {
  start: number;
  end: number;
  value: number;
  approximate: boolean;
  kind?: string;
  unit?: string;
}

/** Extends the number over a following multiplier ("1,5 millioner", "2 mrd", "3 million"). */
function multiplier(pack: LanguagePack, text: string, n: RawNumber): [number, number] {
  const re = compiled(pack, 'quantities.multiplier', () => {
    const spaced = Object.keys(pack.numbers.multipliers).filter((k) => k.length > 1);
    return `^\\s+(?:${alternation(spaced)})`;
  });
  re.lastIndex = 0;
  const m = re.exec(text.slice(n.end, n.end + 24));
  const mult = m ? lookup(pack.numbers.multipliers, m[0].trim()) : undefined;
  return m && mult ? [n.value * mult, n.end + m[0].length] : [n.value, n.end];
}

/** The hedge and currency symbol before `start`: the new start, whether hedged, and the symbol's unit. */
function before(pack: LanguagePack, text: string, lo: number, start: number): [number, boolean, string | undefined] {
  const sym = /[$€£]\s?$/u.exec(text.slice(lo, start));
  const unit = sym ? lookup(pack.numbers.units, sym[0].trim()) : undefined;
  const s = sym && unit ? start - sym[0].length : start;
  const re = compiled(pack, 'quantities.hedge', () => `(?:${alternation(pack.numbers.hedges)})\\s*$`);
  re.lastIndex = 0;
  const m = re.exec(text.slice(lo, s));
  return m ? [lo + (m.index ?? 0), true, unit] : [s, false, unit];
}

function unitAfter(pack: LanguagePack, text: string, end: number): string | undefined {
  // "2 mrd. kroner": the abbreviation's dot may stand between.
  const re = compiled(pack, 'quantities.unit', () => `^\\.?\\s*(?:${alternation(Object.keys(pack.numbers.units))})`);
  re.lastIndex = 0;
  const m = re.exec(text.slice(end, end + 24));
  return m ? lookup(pack.numbers.units, m[0].replace(/^\.?\s*/u, '')) : undefined;
}

/** The kind of a noun, also as the last part of a compound ("kamikazedroner" → drones). */
export function kindOf(pack: LanguagePack, word: string): string | undefined {
  const w = lexKey(word);
  const direct = lookup(pack.numbers.kinds, w);
  if (direct !== undefined || !pack.numbers.compounds) return direct;
  for (const [noun, kind] of Object.entries(pack.numbers.kinds))
    if (noun.length >= 3 && w.length >= noun.length + 3 && w.endsWith(noun)) return kind;
  return undefined;
}

/** The counted noun within a few words after `end`: its kind and end, skipping adjectives. */
function noun(
  pack: LanguagePack,
  text: string,
  tokens: readonly WordToken[],
  end: number,
): [string, number] | undefined {
  let prev = end;
  for (const tok of tokens.filter((t) => t.start >= end).slice(0, 3)) {
    if (!NOUN_GAP.test(text.slice(prev, tok.start))) return undefined;
    const key = lexKey(tok.text);
    const kind = kindOf(pack, tok.text);
    if (kind) return [kind, tok.end];
    if (!pack.numbers.partitives.includes(key) && pack.stopWords.includes(key)) return undefined;
    prev = tok.end;
  }
  return undefined;
}

/** The text of up to `WINDOW` words on one side, cut at punctuation or a digit. */
function window(text: string, tokens: readonly WordToken[], at: number, side: 'before' | 'after'): string {
  const near =
    side === 'after'
      ? tokens.filter((t) => t.start >= at).slice(0, WINDOW)
      : tokens.filter((t) => t.end <= at).slice(-WINDOW);
  if (near.length === 0) return '';
  const raw = side === 'after' ? text.slice(at, near.at(-1)?.end) : text.slice(near[0]?.start, at);
  const parts = raw.split(/[.,;:!?()\d]/u);
  return (side === 'after' ? parts[0] : parts.at(-1)) ?? '';
}

type Cue = [kind: 'killed' | 'injured', distance: number];

/** The casualty cue nearest the number on one side, with its distance in words. */
function cue(pack: LanguagePack, side: 'before' | 'after', s: string): Cue | undefined {
  const table = side === 'before' ? pack.numbers.casualtyBefore : pack.numbers.casualtyAfter;
  const re = compiled(pack, `quantities.casualty-${side}`, () => alternation(Object.keys(table)));
  const all = [...s.matchAll(re)];
  const m = side === 'before' ? all.at(-1) : all[0];
  const kind = lookup(table, m?.[0]);
  if (!m || !kind) return undefined;
  const at = m.index ?? 0;
  const gap = side === 'before' ? s.slice(at + m[0].length) : s.slice(0, at);
  return [kind, (gap.match(/\p{L}+/gu) ?? []).length];
}

/** A casualty word around the number ("drepte tre", "tre … ble drept"); the nearer side wins, before on a tie. */
function casualty(
  pack: LanguagePack,
  text: string,
  tokens: readonly WordToken[],
  start: number,
  end: number,
): string | undefined {
  const b = cue(pack, 'before', window(text, tokens, start, 'before'));
  const a = cue(pack, 'after', window(text, tokens, end, 'after'));
  if (b && (!a || b[1] <= a[1])) return b[0];
  return a?.[0];
}

/** The number with its hedge, multiplier, unit and kind; `lo` is the sentence start. */
export function attach(
  pack: LanguagePack,
  text: string,
  tokens: readonly WordToken[],
  lo: number,
  n: RawNumber,
): Attached {
  const [value, end] = multiplier(pack, text, n);
  const [start, hedged, symbol] = before(pack, text, lo, n.start);
  const unit = symbol ?? unitAfter(pack, text, end);
  const base = { start, end, value, approximate: n.approximate || hedged };
  if (unit) return { ...base, unit };
  const found = noun(pack, text, tokens, end);
  const kind = found?.[0];
  if (kind && !PERSON_KINDS.has(kind)) return { ...base, kind };
  const hurt = casualty(pack, text, tokens, start, found ? found[1] : end);
  return hurt || kind ? { ...base, kind: hurt ?? kind } : base;
}
