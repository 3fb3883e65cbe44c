/**
 * Gold files (../shared/spec/gold-format.md): types and a checker whose messages say which
 * field is wrong.
 * @module
 */
import { ParleyError } from '../core/errors.js';
import { ENTITY_TYPES, type EntityType, EVENT_STATUSES, QUOTE_KINDS } from '../schema/analysis.js';
import { isPloverType } from '../schema/plover.js';

export interface GoldEntity {
  name: string;
  type: EntityType;
  aliases?: string[];
}

export interface GoldQuote {
  speaker: string | null;
  kind: 'direct' | 'indirect';
  text: string;
  channel?: string;
}

export interface GoldEvent {
  type: string;
  modes?: string[];
  actors?: string[];
  targets?: string[];
  mediators?: string[];
  location?: string;
  date?: string;
  status?: string;
  killed?: number;
  quantities?: Record<string, number>;
}

export interface GoldArticle {
  id: string;
  lang?: string;
  published?: string;
  source?: string;
  title?: string;
  url?: string;
  text: string;
  entities: GoldEntity[];
  quotes: GoldQuote[];
  events: GoldEvent[];
}

const DATE = /^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/;

/** Problems in a gold object, as readable sentences (empty when it is valid). */
export function checkGold(g: unknown): string[] {
  const out: string[] = [];
  if (typeof g !== 'object' || g === null) return ['not a JSON object'];
  const o = g as Record<string, unknown>;
  if (typeof o.id !== 'string') out.push('"id" must be a string');
  if (typeof o.text !== 'string' || o.text === '') out.push('"text" must be a non-empty string');
  for (const k of ['entities', 'quotes', 'events']) if (!Array.isArray(o[k])) out.push(`"${k}" must be an array`);
  if (out.length) return out;
  const a = o as unknown as GoldArticle;
  const names = new Set(a.entities.map((e) => e.name));
  a.entities.forEach((e, i) => {
    if (typeof e.name !== 'string') out.push(`entities[${i}].name must be a string`);
    if (!(ENTITY_TYPES as readonly string[]).includes(e.type))
      out.push(`entities[${i}] "${e.name}": type must be PER, ORG or LOC`);
  });
  const known = (n: unknown, where: string) => {
    if (typeof n !== 'string' || !names.has(n))
      out.push(`${where}: "${String(n)}" is not the name of an entity in the file`);
  };
  a.quotes.forEach((q, i) => {
    if (q.speaker !== null) known(q.speaker, `quotes[${i}].speaker`);
    if (!(QUOTE_KINDS as readonly string[]).includes(q.kind)) out.push(`quotes[${i}].kind must be direct or indirect`);
    if (typeof q.text !== 'string' || !a.text.includes(q.text))
      out.push(`quotes[${i}].text is not an exact substring of the article text`);
  });
  a.events.forEach((e, i) => {
    const w = `events[${i}]`;
    if (!isPloverType(e.type)) out.push(`${w}.type "${e.type}" is not a PLOVER type`);
    for (const k of ['actors', 'targets', 'mediators'] as const) for (const n of e[k] ?? []) known(n, `${w}.${k}`);
    if (e.location !== undefined) known(e.location, `${w}.location`);
    if (e.date !== undefined && !DATE.test(e.date)) out.push(`${w}.date "${e.date}" is not an ISO date or interval`);
    if (e.status !== undefined && !(EVENT_STATUSES as readonly string[]).includes(e.status))
      out.push(`${w}.status "${e.status}" is not a valid status`);
  });
  return out;
}

/** Checks a parsed gold object and returns it typed; throws E_GOLD_INVALID naming the file. */
export function asGold(g: unknown, file: string): GoldArticle {
  const problems = checkGold(g);
  if (problems.length)
    throw new ParleyError(
      'E_GOLD_INVALID',
      problems.slice(0, 5).join('; ') + (problems.length > 5 ? ` (+${problems.length - 5} more)` : ''),
      {
        file,
        hint: 'See ../shared/spec/gold-format.md for the gold format.',
      },
    );
  return g as GoldArticle;
}
