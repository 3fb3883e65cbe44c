/**
 * Parts of a day: "tirsdag kveld", "Dienstagabend", "natt til onsdag", "i går kveld", "i natt",
 * "overnight", "last night". The value is the day the text dates the part to, plus the TIMEX3
 * code: "2026-02-17TEV". A night is dated to the day the text names ("Tuesday night" is
 * Tuesday), and a night "til"/"into" a day, or one just past ("i natt", "overnight"), to the
 * day it ended (event-types.md, "Dates").
 * @module
 */
import type { LanguagePack, PartOfDay } from '../../../lang/types.js';
import { formatDay } from '../calendar.js';
import { type Hit, hits } from '../match.js';
import { alternation, compiled, escapeRegExp, lookup } from '../patterns.js';
import { resolveWeekday } from '../resolve.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';

function pattern(pack: LanguagePack): string {
  const t = pack.time;
  const days = alternation(Object.keys(pack.weekdays));
  const openDays = alternation(Object.keys(pack.weekdays), { after: false });
  const rel = alternation(Object.keys(t.relativeDays));
  const parts = alternation(Object.keys(t.partsOfDay), { before: false });
  const spacedParts = alternation(Object.keys(t.partsOfDay));
  const joiners = t.partJoiners.map((j) => (j === ' ' ? '\\s+' : escapeRegExp(j))).join('|');
  const mods = alternation(Object.keys(t.weekdayModifiers));
  return [
    `(?<night>${alternation(t.nightBefore)})\\s+(?:(?<nday>${days})|(?<nrel>${rel}))`,
    `(?:(?<mod>${mods})\\s+)?(?<wday>${openDays})(?:${joiners})(?<wpart>${parts})`,
    `(?<rday>${rel})\\s+(?<rpart>${spacedParts})`,
    `(?<fixed>${alternation(Object.keys(t.relativeParts))})`,
  ].join('|');
}

function weekdayDay(ctx: TimeContext, ref: number, h: Hit, name: string, mod?: string): number | undefined {
  const weekday = lookup(ctx.pack.weekdays, h.groups[name]);
  if (weekday === undefined) return undefined;
  return resolveWeekday(ref, weekday, lookup(ctx.pack.time.weekdayModifiers, mod) ?? ctx.tense(h.start, h.end));
}

/** The day and part a match names, or undefined. */
function read(ctx: TimeContext, ref: number, h: Hit): [number, PartOfDay, boolean] | undefined {
  const t = ctx.pack.time;
  const g = h.groups;
  if (g.night !== undefined) {
    const rel = lookup(t.relativeDays, g.nrel);
    const day = rel !== undefined ? ref + rel : weekdayDay(ctx, ref, h, 'nday');
    return day === undefined ? undefined : [day, 'NI', rel === undefined];
  }
  if (g.wday !== undefined) {
    const day = weekdayDay(ctx, ref, h, 'wday', g.mod);
    const part = lookup(t.partsOfDay, g.wpart);
    return day === undefined || part === undefined ? undefined : [day, part, true];
  }
  if (g.rday !== undefined) {
    const rel = lookup(t.relativeDays, g.rday);
    const part = lookup(t.partsOfDay, g.rpart);
    return rel === undefined || part === undefined ? undefined : [ref + rel, part, false];
  }
  const fixed = lookup(t.relativeParts, g.fixed);
  return fixed && [ref + fixed.day, fixed.part, false];
}

/** Parts of day (rules `weekday-part`, `night-before`, `relative-part`); value `YYYY-MM-DDTxx`. */
export const partsOfDay: TimeParser = (ctx) => {
  const ref = ctx.ref;
  if (ref === undefined) return [];
  const out: Candidate[] = [];
  for (const h of hits(
    ctx,
    compiled(ctx.pack, 'parts-of-day', () => pattern(ctx.pack)),
  )) {
    const found = read(ctx, ref, h);
    if (!found) continue;
    const [day, part, weekday] = found;
    const rule = h.groups.night !== undefined ? 'night-before' : weekday ? 'weekday-part' : 'relative-part';
    out.push({
      start: h.start,
      end: h.end,
      value: `${formatDay(day)}T${part}`,
      granularity: 'part-of-day',
      rule,
      first: day,
      last: day,
      weekday,
    });
  }
  return out;
};
