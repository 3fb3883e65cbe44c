/**
 * What the time parsers share: the context they read and the candidates they return before
 * overlaps are settled and refiners merge neighbours.
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import type { TimeGranularity } from '../../schema/analysis.js';

/**
 * Past for what happened, future for what is planned, expected or possible, near for a plan
 * reported from the past ("said it would meet on Tuesday"): its day may lie on either side.
 */
export type Tense = 'past' | 'future' | 'near';

/** One sentence to parse, with what is needed to resolve relative expressions. */
export interface TimeContext {
  /** The whole article text (offsets point into it). */
  readonly text: string;
  /** The sentence: `text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly pack: LanguagePack;
  /** The publication day as a day number; relative expressions are skipped without it. */
  readonly ref: number | undefined;
  /** The tense of the clause around [start, end): past unless a future, modal or future-in-past marker is there. */
  tense(start: number, end: number): Tense;
}

/** A found time expression before overlaps are settled. */
export interface Candidate {
  start: number;
  end: number;
  value: string;
  granularity: TimeGranularity;
  /** Rule id without the language prefix: "weekday-past". */
  rule: string;
  /** First and last day covered, for day-level expressions (day, part of day, instant, interval). */
  first?: number;
  last?: number;
  /** Resolved from a weekday name, so a week earlier or later is as plausible (intervals use it). */
  weekday?: boolean;
  /** Only a target for refiners ("invasjonen" in "en uke etter invasjonen"); never output alone. */
  bare?: boolean;
}

/** A parser for one family of expressions (chrono's single-concern parsers). */
export type TimeParser = (ctx: TimeContext) => Candidate[];

/** A refiner: reads the settled candidates of a sentence and returns them with neighbours merged. */
export type TimeRefiner = (ctx: TimeContext, found: Candidate[]) => Candidate[];
