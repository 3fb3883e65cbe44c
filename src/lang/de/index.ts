import type { LanguagePack } from '../types.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { MONTHS, WEEKDAYS } from './calendar.js';
import { EXAMPLES } from './examples.js';
import { MARKERS, STOP_WORDS } from './words.js';

/** German. */
export const de = {
  code: 'de',
  name: 'Deutsch',
  locale: 'de',
  abbreviations: ABBREVIATIONS,
  months: MONTHS,
  weekdays: WEEKDAYS,
  stopWords: STOP_WORDS,
  markers: MARKERS,
  examples: EXAMPLES,
} satisfies LanguagePack;
