import type { Gender } from '../types.js';

/** Verbs of saying and writing, every form, lower case (multi-word forms allowed). */
export const SPEECH_VERBS: readonly string[] = ['antwortete', 'argumentierte', 'behauptete', 'bekräftigt', 'bekräftigte', 'berichtete', 'bestätigte', 'betont', 'betonte', 'erklärt', 'erklärte', 'fügte', 'fügte hinzu', 'gesagt', 'geschrieben', 'kritisierte', 'kündigte', 'kündigte an', 'meinte', 'meldete', 'räumte', 'räumte ein', 'sagt', 'sagte', 'schreibt', 'schrieb', 'teilt', 'teilte', 'teilte mit', 'unterstrich', 'versicherte', 'warnt', 'warnte'];

/** Personal pronouns that refer to one person, with the gender they take. */
export const PRONOUNS: Readonly<Record<string, Gender>> = {er: 'm', sie: 'f'};

/** Endings of the genitive that may follow a name ("Ukrainas", "Russia's"). */
export const GENITIVE_SUFFIXES: readonly string[] = ["'", 's'];

/** Prepositions after which a capitalised word that is not in the knowledge base is taken as a place. */
export const PLACE_PREPOSITIONS: readonly string[] = ['aus', 'bei', 'in', 'nahe', 'nördlich von', 'südlich von'];

/** Endings of nouns that head an organisation's name ("innenriksdepartement", "menneskerettighetsgruppen"). */
export const ORG_NOUNS: readonly string[] = ['amt', 'behörde', 'dienst', 'grenzschutz', 'gruppe', 'institut', 'kommando', 'ministerium', 'ministeriums', 'organisation', 'polizei', 'stab'];
