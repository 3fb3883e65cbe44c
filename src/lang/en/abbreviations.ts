import type { Abbreviations } from '../types.js';

/** English abbreviations as agencies write them (AP and Reuters style). */
export const ABBREVIATIONS: Abbreviations = {
  always: [
    'adm', 'approx', 'brig', 'capt', 'cmdr', 'col', 'dr', 'e.g', 'gen', 'gov', 'i.e', 'lt', 'maj',
    'messrs', 'mr', 'mrs', 'ms', 'mt', 'prof', 'rep', 'rev', 'sen', 'sgt', 'st', 'vs',
  ],
  // Usually before a name ("U.S. envoy"), but may close a sentence ("… to the U.S. The …").
  beforeNames: [
    'u.k', 'u.n', 'u.s', 'u.s.a',
  ],
  // Often close a sentence ("… at 9 a.m."): merge only before a lower-case word or a digit.
  // "no" is here for "No. 10" (it also ends "He said no.").
  ambiguous: [
    'a.m', 'apr', 'aug', 'co', 'corp', 'dec', 'etc', 'feb', 'inc', 'jan', 'jr', 'jul', 'jun',
    'ltd', 'mar', 'no', 'nov', 'oct', 'p.m', 'sep', 'sept', 'sr',
  ],
};
