import type { Gender } from '../types.js';

/** Verbs of saying and writing, every form, lower case (multi-word forms allowed). */
export const SPEECH_VERBS: readonly string[] = ['advarer', 'advart', 'advarte', 'anklager', 'anklaget', 'antyder', 'antydet', 'bebudet', 'bedyrer', 'bedyret', 'beklager', 'beklaget', 'bekrefter', 'bekreftet', 'bemerker', 'bemerket', 'beskrev', 'beskriver', 'erkjenner', 'erkjente', 'erklærer', 'erklærte', 'forklarer', 'forklarte', 'fortalt', 'fortalte', 'forteller', 'framholder', 'framholdt', 'fulgte opp', 'gjentar', 'gjentatt', 'gjentok', 'hevder', 'hevdet', 'innrømmer', 'innrømmet', 'konkluderer', 'konkluderte', 'kunngjorde', 'kunngjør', 'la til', 'legger til', 'lover', 'lovet', 'melder', 'meldte', 'mener', 'mente', 'opplyser', 'opplyst', 'opplyste', 'poengterer', 'poengterte', 'påpeker', 'påpekt', 'påpekte', 'påsto', 'påstår', 'rapporterer', 'rapporterte', 'sa', 'sagt', 'sier', 'skrev', 'skrevet', 'skriv', 'skriver', 'slo fast', 'slår fast', 'spurte', 'spør', 'svarer', 'svarte', 'understreker', 'understreket', 'uttaler', 'uttalt', 'uttalte', 'varsler', 'varslet'];

/** Personal pronouns that refer to one person, with the gender they take. */
export const PRONOUNS: Readonly<Record<string, Gender>> = {han: 'm', hun: 'f'};

/** Endings of the genitive that may follow a name ("Ukrainas", "Russia's"). */
export const GENITIVE_SUFFIXES: readonly string[] = ["'", 's'];

/** Prepositions after which a capitalised word that is not in the knowledge base is taken as a place. */
export const PLACE_PREPOSITIONS: readonly string[] = ['fra', 'i', 'nær', 'utenfor', 'ved'];

/** Endings of nouns that head an organisation's name ("innenriksdepartement", "menneskerettighetsgruppen"). */
export const ORG_NOUNS: readonly string[] = ['byrå', 'byrået', 'departement', 'departementet', 'direktorat', 'direktoratet', 'etat', 'etaten', 'grensevakt', 'grensevakten', 'gruppa', 'gruppen', 'institutt', 'instituttet', 'kommando', 'kommandoen', 'ministeriet', 'ministerium', 'organisasjon', 'organisasjonen', 'politi', 'politiet', 'selskap', 'selskapet', 'stab', 'staben', 'tankesmie', 'tankesmien', 'tjeneste', 'tjenesten'];
