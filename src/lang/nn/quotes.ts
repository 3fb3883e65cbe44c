import type { ChannelCue, QuoteLexicon } from '../types.js';

/** Words that mark reported speech (lower case). */
export const QUOTE_LEXICON: QuoteLexicon = {
  complementizers: ['at'],
  accordingTo: ['ifølge', 'ifølgje'],
  conjunctions: ['men', 'og'],
  calling: ['kalla', 'omtalte'],
  anaphoric: ['det', 'dette'],
  clauseBreaks: ['då', 'etter at', 'ettersom', 'medan', 'noko som'],
  genericSources: ['diplomatar', 'kjelde', 'kjeldene', 'kjelder', 'styresmaktene', 'styresmakter'],
  reportedMood: [],
  additions: ['gjentok', 'la til', 'legg til'],
};

/**
 * Phrases near a quote's cue that name where it was said, and the channel they give (the
 * vocabulary of ../shared/spec/gold-format.md). "interview" becomes interview:<Outlet> with the
 * organisation named right after the phrase; a bare "til"/"told" counts only before an outlet.
 */
export const CHANNELS: readonly ChannelCue[] = [
  { cue: 'facebook', channel: 'Facebook' },
  { cue: 'fråsegn', channel: 'statement' },
  { cue: 'i ein tale', channel: 'speech' },
  { cue: 'intervju med', channel: 'interview' },
  { cue: 'pressekonferanse', channel: 'press conference' },
  { cue: 'pressemelding', channel: 'statement' },
  { cue: 'på x', channel: 'X' },
  { cue: 'sosiale medium', channel: 'social media' },
  { cue: 'telegram', channel: 'Telegram' },
  { cue: 'til', channel: 'interview' },
  { cue: 'til journalistar', channel: 'press conference' },
  { cue: 'videotale', channel: 'video address' },
];
