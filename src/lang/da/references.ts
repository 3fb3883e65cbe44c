import type { Gender } from '../types.js';

/** Verbs of saying and writing, every form, lower case (multi-word forms allowed). */
export const SPEECH_VERBS: readonly string[] = ['advarede', 'advarer', 'bekræftede', 'bekræfter', 'erkender', 'erkendte', 'forklarede', 'forklarer', 'fortalte', 'fortæller', 'gentog', 'hævdede', 'hævder', 'meddeler', 'meddelte', 'mener', 'mente', 'oplyser', 'oplyste', 'sagde', 'sagt', 'siger', 'skrev', 'skrevet', 'skriver', 'svarede', 'tilføjede', 'tilføjer', 'udtaler', 'udtalte', 'understregede', 'understreger'];

/** Personal pronouns that refer to one person, with the gender they take. */
export const PRONOUNS: Readonly<Record<string, Gender>> = {han: 'm', hun: 'f'};

/** Endings of the genitive that may follow a name ("Ukrainas", "Russia's"). */
export const GENITIVE_SUFFIXES: readonly string[] = ["'", 's'];

/** Prepositions after which a capitalised word that is not in the knowledge base is taken as a place. */
export const PLACE_PREPOSITIONS: readonly string[] = ['fra', 'i', 'nær', 'uden for', 'ved'];

/** Endings of nouns that head an organisation's name ("innenriksdepartement", "menneskerettighetsgruppen"). */
export const ORG_NOUNS: readonly string[] = ['direktorat', 'direktoratet', 'gruppe', 'gruppen', 'grænsevagt', 'grænsevagten', 'institut', 'instituttet', 'kommando', 'ministeriet', 'ministerium', 'organisation', 'organisationen', 'politi', 'politiet', 'selskab', 'selskabet', 'stab', 'staben', 'styrelse', 'styrelsen', 'tjeneste', 'tjenesten'];
