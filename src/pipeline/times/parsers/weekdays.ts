/**
 * Weekdays: "tirsdag", "on Tuesday", "forrige fredag", "next Monday", Swedish "i tisdags".
 * A bare weekday follows the clause's tense (see `resolveWeekday`): in a past report it is never
 * a day after publication.
 * @module
 */
import type { LanguagePack } from '../../../lang/types.js';
import { hits } from '../match.js';
import { alternation, compiled, lookup } from '../patterns.js';
import { dayCandidate, resolveWeekday, type WeekdayMode } from '../resolve.js';
import type { Candidate, TimeParser } from '../types.js';

function pattern(pack: LanguagePack): string {
  const mods = alternation(Object.keys(pack.time.weekdayModifiers));
  const days = alternation(Object.keys(pack.weekdays));
  const past = alternation(Object.keys(pack.time.pastWeekdays));
  return `(?:(?<mod>${mods})\\s+)?(?<day>${days})|(?<past>${past})`;
}

/** Weekday names, with an optional modifier, resolved by tense (rules `weekday-past|future|near|last|next`). */
export const weekdays: TimeParser = (ctx) => {
  const ref = ctx.ref;
  if (ref === undefined) return [];
  const out: Candidate[] = [];
  for (const h of hits(
    ctx,
    compiled(ctx.pack, 'weekdays', () => pattern(ctx.pack)),
  )) {
    const past = lookup(ctx.pack.time.pastWeekdays, h.groups.past);
    const weekday = past ?? lookup(ctx.pack.weekdays, h.groups.day);
    if (weekday === undefined) continue;
    const mode: WeekdayMode =
      past !== undefined ? 'last' : (lookup(ctx.pack.time.weekdayModifiers, h.groups.mod) ?? ctx.tense(h.start, h.end));
    const day = resolveWeekday(ref, weekday, mode);
    out.push({ ...dayCandidate(h.start, h.end, day, `weekday-${mode}`), weekday: true });
  }
  return out;
};
