/**
 * Knowledge-base entries (docs/kb-format.md).
 * @module
 */
import type { EntityType } from '../schema/analysis.js';

/** Keys of the per-language name tables: the packs' codes, the Cyrillic originals and other Latin transliterations. */
export const NAME_LANGS = ['en', 'nb', 'nn', 'sv', 'da', 'de', 'uk', 'ru', 'latn'] as const;
export type NameLang = (typeof NAME_LANGS)[number];
export type NameTable = Partial<Record<NameLang, string[]>>;

export const ROLE_KEYS = [
  'adviser',
  'ambassador',
  'chancellor',
  'chief-of-general-staff',
  'chief-of-staff',
  'commander-in-chief',
  'commission-president',
  'council-president',
  'defence-minister',
  'director-general',
  'foreign-minister',
  'governor',
  'high-representative',
  'intelligence-chief',
  'king',
  'mayor',
  'minister',
  'national-security-adviser',
  'negotiator',
  'ombudsman',
  'pope',
  'president',
  'prime-minister',
  'secretary-general',
  'security-council-secretary',
  'special-envoy',
  'spokesperson',
  'vice-president',
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

export const KINDS = {
  LOC: ['country', 'territory', 'region', 'city', 'place'],
  ORG: ['government', 'military', 'intelligence', 'international', 'media', 'party', 'company', 'other'],
  PER: ['person'],
} as const;

export interface Role {
  role: RoleKey;
  /** Id of the country or organisation the office belongs to. */
  of: string;
  from: string;
  to?: string;
}

export interface KbEntry {
  id: string;
  type: EntityType;
  kind: string;
  name: string;
  wikidata?: string;
  names: NameTable;
  adjectives?: NameTable;
  demonyms?: NameTable;
  gender?: 'm' | 'f';
  country?: string;
  capital?: string;
  roles?: Role[];
  note?: string;
}
