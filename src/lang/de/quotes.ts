import type { ChannelCue, QuoteLexicon } from '../types.js';

/** Words that mark reported speech (lower case). */
export const QUOTE_LEXICON: QuoteLexicon = {
  complementizers: ['dass'],
  accordingTo: ['laut', 'nach angaben', 'zufolge'],
  conjunctions: ['aber', 'und'],
  calling: ['bezeichnet', 'bezeichnete', 'nannte', 'nennt'],
  anaphoric: ['das'],
  clauseBreaks: ['als', 'nachdem', 'was', 'während'],
  genericSources: ['beamte', 'behörden', 'diplomaten', 'kreise', 'quelle', 'quellen'],
  reportedMood: ['breche', 'gebe', 'greife', 'habe', 'haben', 'halte', 'hätte', 'hätten', 'komme', 'könne', 'könnten', 'liege', 'müsse', 'müssten', 'sei', 'seien', 'solle', 'stehe', 'versorge', 'werde', 'wolle', 'würden'],
  additions: ['fügte hinzu', 'wiederholte'],
};

/**
 * Phrases near a quote's cue that name where it was said, and the channel they give (the
 * vocabulary of ../shared/spec/gold-format.md). "interview" becomes interview:<Outlet> with the
 * organisation named right after the phrase; a bare "til"/"told" counts only before an outlet.
 */
export const CHANNELS: readonly ChannelCue[] = [
  { cue: 'auf twitter', channel: 'X' },
  { cue: 'auf x', channel: 'X' },
  { cue: 'erklärung', channel: 'statement' },
  { cue: 'facebook', channel: 'Facebook' },
  { cue: 'gegenüber', channel: 'interview' },
  { cue: 'im fernsehen', channel: 'television' },
  { cue: 'im interview', channel: 'interview' },
  { cue: 'in einer rede', channel: 'speech' },
  { cue: 'interview mit', channel: 'interview' },
  { cue: 'mitteilung', channel: 'statement' },
  { cue: 'pressekonferenz', channel: 'press conference' },
  { cue: 'sozialen medien', channel: 'social media' },
  { cue: 'talkshow', channel: 'television' },
  { cue: 'telegram', channel: 'Telegram' },
  { cue: 'videoansprache', channel: 'video address' },
  { cue: 'videobotschaft', channel: 'video address' },
  { cue: 'vor journalisten', channel: 'press conference' },
];
