import type { Gender } from '../types.js';

/** Verbs of saying and writing, every form, lower case (multi-word forms allowed). */
export const SPEECH_VERBS: readonly string[] = ['forklarte', 'hevda', 'hevdar', 'la til', 'legg til', 'meiner', 'meinte', 'opplyser', 'opplyste', 'påpeika', 'sa', 'sagt', 'seier', 'skreiv', 'skriv', 'skrive', 'stadfesta', 'understreka', 'understrekar', 'uttalte'];

/** Personal pronouns that refer to one person, with the gender they take. */
export const PRONOUNS: Readonly<Record<string, Gender>> = {han: 'm', ho: 'f', hun: 'f'};

/** Endings of the genitive that may follow a name ("Ukrainas", "Russia's"). */
export const GENITIVE_SUFFIXES: readonly string[] = ["'", 's'];

/** Prepositions after which a capitalised word that is not in the knowledge base is taken as a place. */
export const PLACE_PREPOSITIONS: readonly string[] = ['frå', 'i', 'nær', 'utanfor', 'ved'];

/** Endings of nouns that head an organisation's name ("innenriksdepartement", "menneskerettighetsgruppen"). */
export const ORG_NOUNS: readonly string[] = ['byrå', 'byrået', 'departement', 'departementet', 'direktorat', 'direktoratet', 'grensevakt', 'grensevakta', 'gruppa', 'kommando', 'organisasjon', 'organisasjonen', 'politi', 'politiet', 'selskap', 'selskapet', 'stab', 'staben', 'tenesta', 'teneste'];
