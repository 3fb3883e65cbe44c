/**
 * Checks knowledge-base entries; every problem names the file, the entry and the field.
 * @module
 */
import { ParleyError } from '../core/errors.js';
import { ENTITY_TYPES } from '../schema/analysis.js';
import { type KbEntry, KINDS, NAME_LANGS, ROLE_KEYS } from './types.js';

const KEYS = new Set([
  'id',
  'type',
  'kind',
  'name',
  'wikidata',
  'names',
  'adjectives',
  'demonyms',
  'gender',
  'country',
  'capital',
  'roles',
  'note',
]);
const ID = /^[a-z0-9][a-z0-9-]*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkTable(t: unknown, field: string, out: string[], required: boolean): void {
  if (t === undefined) {
    if (required) out.push(`"${field}" is required`);
    return;
  }
  if (typeof t !== 'object' || t === null || Array.isArray(t)) {
    out.push(`"${field}" must be an object of language → list of names`);
    return;
  }
  for (const [lang, list] of Object.entries(t)) {
    if (!(NAME_LANGS as readonly string[]).includes(lang))
      out.push(`"${field}.${lang}" is not a known language key (${NAME_LANGS.join(', ')})`);
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x.trim() === ''))
      out.push(`"${field}.${lang}" must be a list of non-empty strings`);
  }
}

function checkRoles(roles: unknown, out: string[]): void {
  if (roles === undefined) return;
  if (!Array.isArray(roles)) {
    out.push('"roles" must be a list');
    return;
  }
  roles.forEach((r: Record<string, unknown>, i) => {
    if (!(ROLE_KEYS as readonly string[]).includes(r?.role as string))
      out.push(`roles[${i}].role "${String(r?.role)}" is not a role key`);
    if (typeof r?.of !== 'string') out.push(`roles[${i}].of must be an entry id`);
    if (typeof r?.from !== 'string' || !DAY.test(r.from)) out.push(`roles[${i}].from must be a date YYYY-MM-DD`);
    if (r?.to !== undefined && (typeof r.to !== 'string' || !DAY.test(r.to)))
      out.push(`roles[${i}].to must be a date YYYY-MM-DD`);
  });
}

/** Problems with one entry (shape only; references are checked over the whole KB). */
export function entryProblems(e: unknown): string[] {
  const out: string[] = [];
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return ['an entry must be an object'];
  const o = e as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KEYS.has(k)) out.push(`unknown field "${k}"`);
  if (typeof o.id !== 'string' || !ID.test(o.id)) out.push('"id" must be a lowercase slug (a-z, 0-9, -)');
  if (!(ENTITY_TYPES as readonly string[]).includes(o.type as string)) out.push('"type" must be PER, ORG or LOC');
  else if (!(KINDS[o.type as keyof typeof KINDS] as readonly string[]).includes(o.kind as string))
    out.push(
      `"kind" "${String(o.kind)}" is not a kind of ${String(o.type)} (${KINDS[o.type as keyof typeof KINDS].join(', ')})`,
    );
  if (typeof o.name !== 'string' || o.name.trim() === '') out.push('"name" must be a non-empty string');
  if (o.wikidata !== undefined && !/^Q\d+$/.test(String(o.wikidata))) out.push('"wikidata" must look like Q123');
  if (o.gender !== undefined && o.gender !== 'm' && o.gender !== 'f') out.push('"gender" must be m or f');
  for (const k of ['country', 'capital', 'note'] as const)
    if (o[k] !== undefined && typeof o[k] !== 'string') out.push(`"${k}" must be a string`);
  checkTable(o.names, 'names', out, true);
  checkTable(o.adjectives, 'adjectives', out, false);
  checkTable(o.demonyms, 'demonyms', out, false);
  checkRoles(o.roles, out);
  return out;
}

/** Throws E_KB_INVALID listing the first problems, each with its entry id. */
export function assertEntries(entries: readonly unknown[], source: string): asserts entries is KbEntry[] {
  const problems: string[] = [];
  entries.forEach((e, i) => {
    const id = (e as { id?: unknown })?.id;
    for (const p of entryProblems(e)) problems.push(`entry ${typeof id === 'string' ? `"${id}"` : `#${i + 1}`}: ${p}`);
  });
  if (problems.length)
    throw new ParleyError(
      'E_KB_INVALID',
      `${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.slice(0, 6).join('; ')}${problems.length > 6 ? '; …' : ''}`,
      {
        file: source,
        hint: 'See docs/kb-format.md for the entry format.',
      },
    );
}

/** Problems with references between entries (country, capital, roles[].of). */
export function referenceProblems(entries: readonly KbEntry[]): string[] {
  const ids = new Set(entries.map((e) => e.id));
  const out: string[] = [];
  for (const e of entries) {
    for (const k of ['country', 'capital'] as const) {
      const ref = e[k];
      if (ref !== undefined && ref !== e.id && !ids.has(ref))
        out.push(`entry "${e.id}": ${k} "${ref}" is not an entry id`);
    }
    for (const r of e.roles ?? [])
      if (!ids.has(r.of)) out.push(`entry "${e.id}": role of "${r.of}" is not an entry id`);
  }
  return out;
}
