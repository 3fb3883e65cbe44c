import type { Gender } from '../types.js';

/** Verbs of saying and writing, every form, lower case (multi-word forms allowed). */
export const SPEECH_VERBS: readonly string[] = ['acknowledged', 'added', 'adding', 'adds', 'admitted', 'announced', 'argued', 'arguing', 'asked', 'asks', 'asserted', 'claimed', 'claiming', 'claims', 'conceded', 'confirmed', 'declared', 'denied', 'explained', 'has said', 'insisted', 'insisting', 'insists', 'maintained', 'noted', 'notes', 'noting', 'posted', 'remarked', 'replied', 'report', 'reported', 'reports', 'responded', 'said', 'say', 'saying', 'says', 'stated', 'stressed', 'stressing', 'suggested', 'tell', 'telling', 'tells', 'told', 'warned', 'warning', 'warns', 'write', 'writes', 'writing', 'wrote'];

/** Personal pronouns that refer to one person, with the gender they take. */
export const PRONOUNS: Readonly<Record<string, Gender>> = {he: 'm', she: 'f'};

/** Endings of the genitive that may follow a name ("Ukrainas", "Russia's"). */
export const GENITIVE_SUFFIXES: readonly string[] = ["'s", '’s', "'", '’'];

/** Prepositions after which a capitalised word that is not in the knowledge base is taken as a place. */
export const PLACE_PREPOSITIONS: readonly string[] = ['from', 'in', 'near', 'outside'];

/** Endings of nouns that head an organisation's name ("innenriksdepartement", "menneskerettighetsgruppen"). */
export const ORG_NOUNS: readonly string[] = ['agency', 'border guard', 'command', 'committee', 'council', 'directorate', 'group', 'institute', 'ministry', 'office', 'police', 'service', 'staff'];
