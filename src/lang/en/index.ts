import type { LanguagePack } from '../types.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { MONTHS, WEEKDAYS } from './calendar.js';
import { EXAMPLES } from './examples.js';
import { MARKERS, STOP_WORDS } from './words.js';

/** English. */
export const en = {
  code: 'en',
  name: 'English',
  locale: 'en',
  abbreviations: ABBREVIATIONS,
  months: MONTHS,
  weekdays: WEEKDAYS,
  stopWords: STOP_WORDS,
  markers: MARKERS,
  examples: EXAMPLES,
} satisfies LanguagePack;
