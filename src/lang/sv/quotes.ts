import type { ChannelCue, QuoteLexicon } from '../types.js';

/** Words that mark reported speech (lower case). */
export const QUOTE_LEXICON: QuoteLexicon = {
  complementizers: ['att'],
  accordingTo: ['enligt'],
  conjunctions: ['men', 'och'],
  calling: ['beskrev', 'kallade'],
  anaphoric: ['det'],
  clauseBreaks: ['då', 'eftersom', 'medan', 'vilket'],
  genericSources: ['diplomater', 'källa', 'källor', 'källorna', 'myndigheter', 'myndigheterna', 'tjänstemän'],
  reportedMood: [],
  additions: ['fortsatte', 'tillade', 'tillägger', 'upprepade'],
};

/**
 * Phrases near a quote's cue that name where it was said, and the channel they give (the
 * vocabulary of ../shared/spec/gold-format.md). "interview" becomes interview:<Outlet> with the
 * organisation named right after the phrase; a bare "til"/"told" counts only before an outlet.
 */
export const CHANNELS: readonly ChannelCue[] = [
  { cue: 'facebook', channel: 'Facebook' },
  { cue: 'i ett tal', channel: 'speech' },
  { cue: 'intervju med', channel: 'interview' },
  { cue: 'presskonferens', channel: 'press conference' },
  { cue: 'pressmeddelande', channel: 'statement' },
  { cue: 'på twitter', channel: 'X' },
  { cue: 'på x', channel: 'X' },
  { cue: 'sociala medier', channel: 'social media' },
  { cue: 'telegram', channel: 'Telegram' },
  { cue: 'till', channel: 'interview' },
  { cue: 'till journalister', channel: 'press conference' },
  { cue: 'till reportrar', channel: 'press conference' },
  { cue: 'uttalande', channel: 'statement' },
  { cue: 'videotal', channel: 'video address' },
];
