import type { ChannelCue, QuoteLexicon } from '../types.js';

/** Words that mark reported speech (lower case). */
export const QUOTE_LEXICON: QuoteLexicon = {
  complementizers: ['at'],
  accordingTo: ['ifølge'],
  conjunctions: ['men', 'og'],
  calling: ['beskrev', 'betegnet', 'kalte', 'omtalte'],
  anaphoric: ['det', 'dette'],
  clauseBreaks: ['da', 'etter at', 'ettersom', 'mens', 'noe som', 'samtidig som'],
  genericSources: ['diplomat', 'diplomater', 'eksperter', 'kilde', 'kildene', 'kilder', 'myndighetene', 'myndigheter', 'observatører', 'tjenestemann', 'tjenestemenn', 'vitner'],
  reportedMood: [],
  additions: ['fortsatte', 'fulgte opp', 'gjentok', 'la til', 'legger til'],
};

/**
 * Phrases near a quote's cue that name where it was said, and the channel they give (the
 * vocabulary of ../shared/spec/gold-format.md). "interview" becomes interview:<Outlet> with the
 * organisation named right after the phrase; a bare "til"/"told" counts only before an outlet.
 */
export const CHANNELS: readonly ChannelCue[] = [
  { cue: 'facebook', channel: 'Facebook' },
  { cue: 'fjernsyn', channel: 'television' },
  { cue: 'i en tale', channel: 'speech' },
  { cue: 'i talen', channel: 'speech' },
  { cue: 'intervju med', channel: 'interview' },
  { cue: 'kommuniké', channel: 'statement' },
  { cue: 'kunngjøring', channel: 'statement' },
  { cue: 'kveldstale', channel: 'video address' },
  { cue: 'pressebriefing', channel: 'press conference' },
  { cue: 'pressekonferanse', channel: 'press conference' },
  { cue: 'pressemelding', channel: 'statement' },
  { cue: 'på tv', channel: 'television' },
  { cue: 'på twitter', channel: 'X' },
  { cue: 'på x', channel: 'X' },
  { cue: 'sosiale medier', channel: 'social media' },
  { cue: 'statskanalen', channel: 'television' },
  { cue: 'telegram', channel: 'Telegram' },
  { cue: 'til', channel: 'interview' },
  { cue: 'til journalistene', channel: 'press conference' },
  { cue: 'til journalister', channel: 'press conference' },
  { cue: 'til pressen', channel: 'press conference' },
  { cue: 'truth social', channel: 'social media' },
  { cue: 'tv-intervju', channel: 'television' },
  { cue: 'uttalelse', channel: 'statement' },
  { cue: 'videobudskap', channel: 'video address' },
  { cue: 'videohilsen', channel: 'video address' },
  { cue: 'videoopptak', channel: 'video address' },
  { cue: 'videotale', channel: 'video address' },
];
