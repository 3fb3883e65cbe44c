import type { ChannelCue, QuoteLexicon } from '../types.js';

/** Words that mark reported speech (lower case). */
export const QUOTE_LEXICON: QuoteLexicon = {
  complementizers: ['that'],
  accordingTo: ['according to'],
  conjunctions: ['and', 'but'],
  calling: ['called', 'described', 'dubbed', 'labeled', 'labelled'],
  anaphoric: ['that', 'this'],
  clauseBreaks: ['a day after', 'as', 'days after', 'hours after', 'which', 'while'],
  genericSources: ['authorities', 'diplomat', 'diplomats', 'official', 'officials', 'source', 'sources', 'witnesses'],
  reportedMood: [],
  additions: ['added', 'adds', 'continued', 'repeated', 'went on'],
};

/**
 * Phrases near a quote's cue that name where it was said, and the channel they give (the
 * vocabulary of ../shared/spec/gold-format.md). "interview" becomes interview:<Outlet> with the
 * organisation named right after the phrase; a bare "til"/"told" counts only before an outlet.
 */
export const CHANNELS: readonly ChannelCue[] = [
  { cue: 'briefing', channel: 'press conference' },
  { cue: 'evening address', channel: 'video address' },
  { cue: 'facebook', channel: 'Facebook' },
  { cue: 'in a speech', channel: 'speech' },
  { cue: 'interview with', channel: 'interview' },
  { cue: 'news conference', channel: 'press conference' },
  { cue: 'nightly address', channel: 'video address' },
  { cue: 'on television', channel: 'television' },
  { cue: 'on twitter', channel: 'X' },
  { cue: 'on x', channel: 'X' },
  { cue: 'press conference', channel: 'press conference' },
  { cue: 'social media', channel: 'social media' },
  { cue: 'state tv', channel: 'television' },
  { cue: 'statement', channel: 'statement' },
  { cue: 'telegram', channel: 'Telegram' },
  { cue: 'televised', channel: 'television' },
  { cue: 'told', channel: 'interview' },
  { cue: 'told journalists', channel: 'press conference' },
  { cue: 'told reporters', channel: 'press conference' },
  { cue: 'truth social', channel: 'social media' },
  { cue: 'video address', channel: 'video address' },
  { cue: 'video message', channel: 'video address' },
];
