/**
 * PLOVER v2.0 event types, modes and contexts as this project codes them
 * (../shared/spec/event-types.md).
 * @module
 */

export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverEventType = (typeof PLOVER_TYPES)[number];

/** Allowed mode tokens per type; an empty list means the type takes no modes. */
export const PLOVER_MODES: Readonly<Record<PloverEventType, readonly string[]>> = {
  AGREE: [],
  CONSULT: ['visit', 'third-party', 'multilateral', 'phone'],
  SUPPORT: [],
  CONCEDE: [],
  COOPERATE: [],
  AID: [],
  RETREAT: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  THREATEN: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: [
    'seize',
    'restrict',
    'censor',
    'curfew',
    'martial-law',
    'arrest',
    'deport',
    'withhold',
    'misinformation',
    'cyber',
  ],
  ASSAULT: [
    'abduct',
    'beat',
    'torture',
    'sexual',
    'targeted',
    'destroy',
    'primitive',
    'firearms',
    'explosives',
    'suicide-attack',
    'aerial',
    'drone',
    'heavy-weapons',
    'crowd-control',
    'unconventional',
  ],
};

/** The PLOVER contexts this project uses (a subset of PLOVER's 37). */
export const PLOVER_CONTEXTS = [
  'military',
  'diplomatic',
  'territory',
  'human_security',
  'peacekeeping',
  'economic',
  'human_rights',
  'misinformation',
  'cyber',
] as const;

export function isPloverType(value: string): value is PloverEventType {
  return (PLOVER_TYPES as readonly string[]).includes(value);
}
