import type { Gender } from '../types.js';

/** Verbs of saying and writing, every form, lower case (multi-word forms allowed). */
export const SPEECH_VERBS: readonly string[] = ['bekräftade', 'bekräftar', 'berättade', 'berättar', 'betonade', 'betonar', 'förklarade', 'förklarar', 'hävdade', 'hävdar', 'meddelade', 'meddelar', 'medgav', 'medger', 'menade', 'menar', 'sa', 'sade', 'sagt', 'skrev', 'skriver', 'skrivit', 'svarade', 'säger', 'tillade', 'tillägger', 'understryker', 'underströk', 'uppgav', 'uppger', 'uttalade', 'varnade', 'varnar'];

/** Personal pronouns that refer to one person, with the gender they take. */
export const PRONOUNS: Readonly<Record<string, Gender>> = {han: 'm', hon: 'f'};

/** Endings of the genitive that may follow a name ("Ukrainas", "Russia's"). */
export const GENITIVE_SUFFIXES: readonly string[] = ["'", 's'];

/** Prepositions after which a capitalised word that is not in the knowledge base is taken as a place. */
export const PLACE_PREPOSITIONS: readonly string[] = ['från', 'i', 'nära', 'utanför', 'vid'];

/** Endings of nouns that head an organisation's name ("innenriksdepartement", "menneskerettighetsgruppen"). */
export const ORG_NOUNS: readonly string[] = ['byrå', 'byrån', 'departement', 'departementet', 'direktorat', 'gruppen', 'gränsbevakning', 'gränsbevakningen', 'institut', 'institutet', 'kommando', 'ministeriet', 'ministerium', 'myndighet', 'myndigheten', 'organisation', 'organisationen', 'polis', 'polisen', 'stab', 'staben', 'tjänst', 'tjänsten'];
