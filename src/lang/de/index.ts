import type { LanguagePack } from '../types.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { MONTHS, WEEKDAYS } from './calendar.js';
import { EVENTS } from './events.js';
import { EXAMPLES } from './examples.js';
import { NUMBERS } from './numbers.js';
import { CHANNELS, QUOTE_LEXICON } from './quotes.js';
import { GENITIVE_SUFFIXES, ORG_NOUNS, PLACE_PREPOSITIONS, PRONOUNS, SPEECH_VERBS } from './references.js';
import { TIME } from './time.js';
import { TITLES } from './titles.js';
import { MARKERS, STOP_WORDS } from './words.js';

/** German. */
export const de = {
  code: 'de',
  name: 'Deutsch',
  locale: 'de',
  verbSecond: true,
  capitalisedNouns: true,
  abbreviations: ABBREVIATIONS,
  months: MONTHS,
  weekdays: WEEKDAYS,
  stopWords: STOP_WORDS,
  markers: MARKERS,
  titles: TITLES,
  speechVerbs: SPEECH_VERBS,
  quotes: QUOTE_LEXICON,
  channels: CHANNELS,
  events: EVENTS,
  pronouns: PRONOUNS,
  genitiveSuffixes: GENITIVE_SUFFIXES,
  placePrepositions: PLACE_PREPOSITIONS,
  orgNouns: ORG_NOUNS,
  time: TIME,
  numbers: NUMBERS,
  examples: EXAMPLES,
} satisfies LanguagePack;
