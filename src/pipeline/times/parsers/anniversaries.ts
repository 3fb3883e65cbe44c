/**
 * Anniversaries of events in the pack's anchor table: "fireårsdagen for invasjonen",
 * "the fourth anniversary of Russia's full-scale invasion", "årsdagen for invasjonen" (the one
 * nearest publication). Also emits each bare anchor ("invasjonen") as a target the offset
 * refiner may use ("en uke etter invasjonen"); a bare anchor is never output alone.
 * @module
 */
import type { LanguagePack } from '../../../lang/types.js';
import { dayNumber, nearest, parseIsoDay, toYmd } from '../calendar.js';
import { type Hit, hits } from '../match.js';
import { alternation, compiled, lookup } from '../patterns.js';
import { dayCandidate } from '../resolve.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';

function pattern(pack: LanguagePack): string {
  const t = pack.time;
  const ordinal = `(?<ord>${alternation(Object.keys(t.anniversaryOrdinals), { after: false })}|(?<![\\p{N}])\\d{1,2}(?:st|nd|rd|th|\\.)?)`;
  const noun = `(?:${ordinal}[-\\s]?|(?<![\\p{L}\\p{N}]))(?:${alternation(t.anniversaryNouns, { before: false })})`;
  const anchors = alternation(Object.keys(t.anchors));
  return `${noun}\\s+(?:${alternation(t.anniversaryLinkers)})\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?<anchor>${anchors})|(?<bare>${anchors})`;
}

/** The n-th anniversary of `anchor`, or without `n` the one nearest to `ref`. */
function anniversary(anchor: number, n: number | undefined, ref: number | undefined): number | undefined {
  const { y, m, d } = toYmd(anchor);
  if (n !== undefined) return dayNumber(y + n, m, d);
  if (ref === undefined) return undefined;
  const ry = toYmd(ref).y;
  const options = [ry - 1, ry, ry + 1].map((year) => dayNumber(year, m, d)).filter((x): x is number => x !== undefined);
  return nearest(ref, options);
}

function read(ctx: TimeContext, h: Hit): Candidate | undefined {
  const t = ctx.pack.time;
  const anchor = parseIsoDay(lookup(t.anchors, h.groups.anchor ?? h.groups.bare));
  if (anchor === undefined) return undefined;
  if (h.groups.bare !== undefined) return { ...dayCandidate(h.start, h.end, anchor, 'anchor'), bare: true };
  const ord = h.groups.ord;
  const n = ord === undefined ? undefined : (lookup(t.anniversaryOrdinals, ord) ?? Number.parseInt(ord, 10));
  if (n !== undefined && !(n > 0)) return undefined;
  const day = anniversary(anchor, n, ctx.ref);
  return day === undefined ? undefined : dayCandidate(h.start, h.end, day, 'anniversary');
}

/** Anniversaries of anchor events (rule `anniversary`) and bare anchors for the offset refiner. */
export const anniversaries: TimeParser = (ctx) =>
  hits(
    ctx,
    compiled(ctx.pack, 'anniversaries', () => pattern(ctx.pack)),
  )
    .map((h) => read(ctx, h))
    .filter((c): c is Candidate => c !== undefined);
