/**
 * Days counted from publication: "i dag", "i går", "i forgårs", "i morgen", "yesterday".
 * @module
 */
import { hits } from '../match.js';
import { alternation, compiled, lookup } from '../patterns.js';
import { dayCandidate } from '../resolve.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';

/**
 * A capitalised match inside a sentence is a noun, not the relative day (German "am Morgen" is
 * "in the morning", "morgen" is tomorrow; "USA Today" is a newspaper).
 */
export function capitalisedInside(ctx: TimeContext, start: number): boolean {
  const first = ctx.text[start] ?? '';
  if (first === first.toLowerCase()) return false;
  return /[\p{L}\p{N}]/u.test(ctx.text.slice(ctx.start, start));
}

/** Days counted from publication ("i går", "tomorrow"); rule `relative-day`. */
export const relativeDays: TimeParser = (ctx) => {
  const ref = ctx.ref;
  if (ref === undefined) return [];
  const re = compiled(ctx.pack, 'relative-days', () => alternation(Object.keys(ctx.pack.time.relativeDays)));
  const out: Candidate[] = [];
  for (const h of hits(ctx, re)) {
    const offset = lookup(ctx.pack.time.relativeDays, ctx.text.slice(h.start, h.end));
    if (offset === undefined || capitalisedInside(ctx, h.start)) continue;
    out.push(dayCandidate(h.start, h.end, ref + offset, 'relative-day'));
  }
  return out;
};
