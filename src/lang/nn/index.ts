import type { LanguagePack } from '../types.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { MONTHS, WEEKDAYS } from './calendar.js';
import { EXAMPLES } from './examples.js';
import { MARKERS, STOP_WORDS } from './words.js';

/** Norwegian Nynorsk. */
export const nn = {
  code: 'nn',
  name: 'Norsk nynorsk',
  locale: 'nn',
  abbreviations: ABBREVIATIONS,
  months: MONTHS,
  weekdays: WEEKDAYS,
  stopWords: STOP_WORDS,
  markers: MARKERS,
  examples: EXAMPLES,
} satisfies LanguagePack;
