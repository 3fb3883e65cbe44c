/**
 * `findTimes`: runs every parser over each sentence, settles overlaps, applies the refiners and
 * turns what is left into `TimeExpr` records.
 * @module
 */
import { span } from '../../core/span.js';
import type { LanguagePack } from '../../lang/types.js';
import type { TimeExpr } from '../../schema/analysis.js';
import { parseIsoDay } from './calendar.js';
import { absoluteDates } from './parsers/absolute-dates.js';
import { anniversaries } from './parsers/anniversaries.js';
import { counted } from './parsers/counted.js';
import { dateRanges } from './parsers/date-ranges.js';
import { monthsYears } from './parsers/months-years.js';
import { numericDates } from './parsers/numeric-dates.js';
import { partsOfDay } from './parsers/parts-of-day.js';
import { relativeDays } from './parsers/relative-days.js';
import { weekdays } from './parsers/weekdays.js';
import { weeks } from './parsers/weeks.js';
import { durations } from './refiners/durations.js';
import { instants } from './refiners/instants.js';
import { intervals } from './refiners/intervals.js';
import { offsets } from './refiners/offsets.js';
import { settle } from './settle.js';
import { tenseAt } from './tense.js';
import type { Candidate, TimeContext, TimeParser, TimeRefiner } from './types.js';

/** Every parser; the order does not matter (overlaps are settled by length). */
const PARSERS: readonly TimeParser[] = [
  absoluteDates,
  dateRanges,
  numericDates,
  weekdays,
  relativeDays,
  partsOfDay,
  weeks,
  counted,
  monthsYears,
  anniversaries,
];

/**
 * The refiners, in order: offsets first, so that "en uke før fireårsdagen" is one day before
 * intervals join neighbours; clock times onto single days; durations last, so that "tirsdag
 * aften" keeps its part of day when it stands alone.
 */
const REFINERS: readonly TimeRefiner[] = [offsets, intervals, instants, durations];

interface Range {
  start: number;
  end: number;
}

function context(text: string, sentence: Range, pack: LanguagePack, ref: number | undefined): TimeContext {
  return {
    text,
    start: sentence.start,
    end: sentence.end,
    pack,
    ref,
    tense: (start, end) => tenseAt(text, sentence, { start, end }, pack),
  };
}

/** The settled candidates of one sentence, bare anchors included (for callers that need every span). */
export function sentenceCandidates(
  text: string,
  sentence: Range,
  pack: LanguagePack,
  ref: number | undefined,
): Candidate[] {
  const ctx = context(text, sentence, pack, ref);
  let found = settle(PARSERS.flatMap((parse) => parse(ctx)));
  for (const refine of REFINERS) found = settle(refine(ctx, found));
  return found;
}

/**
 * The time expressions in `sentences` of `text`, resolved against `published` (an ISO date or
 * date-time; its date part is taken as written). Without a publication date only expressions
 * that carry their own year are returned. Never throws; finds nothing in odd text.
 */
export function findTimes(
  text: string,
  sentences: readonly Range[],
  pack: LanguagePack,
  published?: string,
): TimeExpr[] {
  const ref = parseIsoDay(published);
  const out: TimeExpr[] = [];
  for (const s of sentences)
    for (const c of sentenceCandidates(text, s, pack, ref))
      if (!c.bare)
        out.push({
          span: span(text, c.start, c.end),
          value: c.value,
          granularity: c.granularity,
          rule: `${pack.code}.time.${c.rule}`,
        });
  return out;
}
