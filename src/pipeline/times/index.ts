/**
 * Time expressions normalised against the publication date, driven by the language pack's
 * `time` lexicon (and its `months` and `weekdays`). One small parser per family of expressions
 * (`parsers/`), overlaps settled longest-first, then refiners that merge neighbours
 * (`refiners/`), as in chrono-node.
 *
 * ## Values (`TimeExpr.value` by `granularity`)
 * | granularity   | value                     | examples |
 * | ------------- | ------------------------- | -------- |
 * | `day`         | `2026-02-17`              | "17. februar", "tirsdag", "i går", "en uke før fireårsdagen for invasjonen" |
 * | `part-of-day` | `2026-02-17TEV`           | "tirsdag kveld"; codes of TIMEX3: `MO` morning, `AF` afternoon, `EV` evening, `NI` night |
 * | `instant`     | `2026-02-17T14:30`        | "tirsdag kl. 14.30" (a clock time is only kept with its day) |
 * | `week`        | `2026-W08`                | ISO week: "forrige uke", "next week", "om to uker" |
 * | `month`       | `2026-02`                 | "i februar", "in March 2025", "last month" |
 * | `year`        | `2022`                    | "i 2022", "i fjor" |
 * | `interval`    | `2026-02-17/2026-02-18`   | "17.–18. februar", "February 17-18", "lørdag og søndag", "i helgen" |
 *
 * The date of a part of day is the day the text dates it to: the named day ("Tuesday night",
 * "tirsdag kveld" → Tuesday), and for a night "til"/"into" a day or a night just past ("natt til
 * onsdag", "i natt", "overnight") the day the night ended (event-types.md, "Dates"). "last
 * night" is the night before the publication day.
 *
 * ## Resolution
 * - Weekdays follow the tense of their clause (`tense.ts`): past (the default for a news
 *   report) → the nearest such day on or before publication (the publication weekday itself is
 *   that day; never a day after publication); future or modal (a pack marker such as "skal",
 *   "vil", "will", "plans to") → on or after it; future-in-past ("would", "skulle": a plan
 *   reported from the past) → the nearest one either way; "forrige"/"last" and "neste"/"next"
 *   → strictly before or after. Swedish/Danish "i tisdags" is always the last one.
 * - Neighbouring days joined by "og"/"and"/"–" become an interval; a day with a counted run of
 *   days beside it ("tirsdag aften efter tre dages forhandlinger") the interval ending on it.
 * - Day-month dates without a year take the year nearest publication (in a past clause not more
 *   than a month after it); months without a year the last one (past) or the next one (future).
 * - Anniversaries resolve from the pack's anchor table; with no anchor, nothing is returned.
 * - Without a publication date only expressions carrying their own year are returned.
 *
 * ## For the event stage
 * `eventDateOf(t)` turns one expression into an event date (day, or interval; months and years
 * give none); `eventDateIn(doc.times, evidence, trigger.start)` picks the expression in an
 * evidence sentence nearest the trigger and returns its event date.
 *
 * @example
 * findTimes('Samtalene ble avsluttet onsdag.', [{ start: 0, end: 30 }], nb, '2026-02-18');
 * // → [{ span: { text: 'onsdag', … }, value: '2026-02-18', granularity: 'day', rule: 'nb.time.weekday-past' }]
 * @module
 */
export { eventDateIn, eventDateOf } from './event-date.js';
export { findTimes } from './find-times.js';
