/**
 * Joins two neighbouring day-level expressions into an interval: "lørdag og søndag",
 * "fra tirsdag til torsdag", "Tuesday and Wednesday", "28. februar–2. mars". Weekdays resolved
 * apart may land in the wrong order ("søndag og mandag" in a past report); the first is then
 * taken a week earlier. Intervals longer than two months are not joined.
 * @module
 */
import type { LanguagePack } from '../../../lang/types.js';
import { alternation, compiled } from '../patterns.js';
import { intervalCandidate } from '../resolve.js';
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

const MAX_DAYS = 62;

const joint = (pack: LanguagePack) => `^\\s*(?:[-–—]|${alternation(pack.time.rangeConnectors)})\\s*$`;
const opener = (pack: LanguagePack) => `(?:${alternation(pack.time.rangeOpeners)})\\s+$`;

function join(ctx: TimeContext, a: Candidate, b: Candidate): Candidate | undefined {
  if (a.first === undefined || a.last === undefined || b.first === undefined || b.last === undefined) return undefined;
  if (a.bare || b.bare) return undefined;
  const between = compiled(ctx.pack, 'intervals.joint', () => joint(ctx.pack));
  between.lastIndex = 0;
  if (!between.test(ctx.text.slice(a.end, b.start))) return undefined;
  const first = b.last < a.first && a.weekday && b.weekday ? a.first - 7 : a.first;
  if (b.last <= first || b.last - first > MAX_DAYS) return undefined;
  const open = compiled(ctx.pack, 'intervals.opener', () => opener(ctx.pack));
  open.lastIndex = 0;
  const m = open.exec(ctx.text.slice(ctx.start, a.start));
  const start = m ? ctx.start + (m.index ?? 0) : a.start;
  return intervalCandidate(start, b.end, first, b.last, 'interval');
}

/** Joins neighbouring day-level expressions into one interval (rule `interval`). */
export const intervals: TimeRefiner = (ctx, found) => {
  const out: Candidate[] = [];
  for (const c of found) {
    const prev = out.at(-1);
    const joined = prev && join(ctx, prev, c);
    if (joined) out[out.length - 1] = joined;
    else out.push(c);
  }
  return out;
};
