import type { ChannelCue, QuoteLexicon } from '../types.js';

/** Words that mark reported speech (lower case). */
export const QUOTE_LEXICON: QuoteLexicon = {
  complementizers: ['at'],
  accordingTo: ['ifølge'],
  conjunctions: ['men', 'og'],
  calling: ['beskrev', 'kaldte'],
  anaphoric: ['det'],
  clauseBreaks: ['da', 'efter at', 'eftersom', 'hvilket', 'mens'],
  genericSources: ['diplomater', 'embedsmænd', 'kilde', 'kilder', 'kilderne', 'myndigheder', 'myndighederne'],
  reportedMood: [],
  additions: ['fortsatte', 'gentog', 'tilføjede', 'tilføjer'],
};

/**
 * Phrases near a quote's cue that name where it was said, and the channel they give (the
 * vocabulary of ../shared/spec/gold-format.md). "interview" becomes interview:<Outlet> with the
 * organisation named right after the phrase; a bare "til"/"told" counts only before an outlet.
 * Danish calibration gives Truth Social its own channel name; the Norwegian and English give social media.
 */
export const CHANNELS: readonly ChannelCue[] = [
  { cue: 'facebook', channel: 'Facebook' },
  { cue: 'foran de fremmødte journalister', channel: 'press conference' },
  { cue: 'i en tale', channel: 'speech' },
  { cue: 'interview med', channel: 'interview' },
  { cue: 'pressemeddelelse', channel: 'statement' },
  { cue: 'pressemøde', channel: 'press conference' },
  { cue: 'på twitter', channel: 'X' },
  { cue: 'på x', channel: 'X' },
  { cue: 'sociale medier', channel: 'social media' },
  { cue: 'telegram', channel: 'Telegram' },
  { cue: 'til', channel: 'interview' },
  { cue: 'til journalister', channel: 'press conference' },
  { cue: 'til pressen', channel: 'press conference' },
  { cue: 'truth social', channel: 'Truth Social' },
  { cue: 'udtalelse', channel: 'statement' },
  { cue: 'videotale', channel: 'video address' },
];
