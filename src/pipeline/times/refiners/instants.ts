/**
 * Adds a clock time to the day next to it: "tirsdag kl. 14.30", "kl. 06.20 i dag",
 * "Tuesday at 2 p.m.", "am Montag um 10 Uhr". Value "2026-02-17T14:30", granularity instant.
 * A clock time without a day is left out: live-blog timestamps are page structure.
 * @module
 */
import type { LanguagePack } from '../../../lang/types.js';
import { formatDay } from '../calendar.js';
import { type Hit, hitsIn } from '../match.js';
import { alternation, compiled } from '../patterns.js';
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

/** A clock time: after a clock word ("kl. 14.30"), before a suffix ("2 p.m.", "14 Uhr"), or "14:30". */
export function clockPattern(pack: LanguagePack): string {
  const t = pack.time;
  const hm = '(?<h>[01]?\\d|2[0-3])(?:[.:](?<min>[0-5]\\d))?(?!\\p{N})';
  return [
    `(?:${alternation(t.clockWords)})\\.?\\s*${hm}`,
    `(?<![\\p{N}.,])(?<h2>[01]?\\d|2[0-3])(?:[.:](?<min2>[0-5]\\d))?\\s*(?<suffix>${alternation(t.clockSuffixes)})`,
    '(?<![\\p{N}.,])(?<h3>[01]?\\d|2[0-3]):(?<min3>[0-5]\\d)(?!\\p{N})',
  ].join('|');
}

/** Hours and minutes of a clock match ("2 p.m." → 14:00). */
export function clockTime(h: Hit): string | undefined {
  const g = h.groups;
  let hour = Number(g.h ?? g.h2 ?? g.h3);
  const min = Number(g.min ?? g.min2 ?? g.min3 ?? 0);
  const suffix = (g.suffix ?? '').toLowerCase().replace(/\./g, '');
  if (suffix === 'pm' && hour < 12) hour += 12;
  if (suffix === 'am' && hour === 12) hour = 0;
  if (Number.isNaN(hour) || hour > 23) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** A gap of white space, a comma or one short word ("on", "at", "um", "på"). */
const GAP = /^\s*,?\s*(?:\p{L}{1,3}\s+)?$/u;

/** The text between two ranges, or undefined when they overlap. */
function between(
  text: string,
  a: { start: number; end: number },
  b: { start: number; end: number },
): string | undefined {
  if (a.end <= b.start) return text.slice(a.end, b.start);
  if (b.end <= a.start) return text.slice(b.end, a.start);
  return undefined;
}

function attach(ctx: TimeContext, clock: Hit, found: Candidate[]): Candidate | undefined {
  const time = clockTime(clock);
  const day = found.find((c) => {
    const gap = between(ctx.text, c, clock);
    return c.first !== undefined && c.first === c.last && !c.bare && gap !== undefined && GAP.test(gap);
  });
  if (!time || !day || day.first === undefined) return undefined;
  const [start, end] = [Math.min(day.start, clock.start), Math.max(day.end, clock.end)];
  return {
    start,
    end,
    value: `${formatDay(day.first)}T${time}`,
    granularity: 'instant',
    rule: 'instant',
    first: day.first,
    last: day.first,
  };
}

/** Adds a clock time next to a single day as an instant (rule `instant`). */
export const instants: TimeRefiner = (ctx, found) => {
  const clocks = hitsIn(
    ctx.text,
    ctx.start,
    ctx.end,
    compiled(ctx.pack, 'clock', () => clockPattern(ctx.pack)),
  );
  const merged = clocks.map((h) => attach(ctx, h, found)).filter((c): c is Candidate => c !== undefined);
  return [...found, ...merged];
};
