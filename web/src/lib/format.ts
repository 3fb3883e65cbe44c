/**
 * Event types in the words of someone who follows the news (with the PLOVER code beside),
 * their colours, and safe links.
 * @module
 */
import { t } from './i18n.js';
import type { MessageKey } from './messages.js';

/** The PLOVER types in the order the chart stacks and the filters list them: talks first. */
export const TYPE_ORDER = [
  'CONSULT',
  'AGREE',
  'REQUEST',
  'REJECT',
  'CONCEDE',
  'RETREAT',
  'ASSAULT',
  'THREATEN',
  'ACCUSE',
  'SUPPORT',
  'AID',
  'COOPERATE',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'PROTEST',
] as const;

/** One colour per type; neighbours in TYPE_ORDER differ clearly (tested for common colour blindness). */
export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  CONSULT: '#1f77b4',
  AGREE: '#2ca02c',
  REQUEST: '#ff7f0e',
  REJECT: '#8c564b',
  CONCEDE: '#17becf',
  RETREAT: '#9467bd',
  ASSAULT: '#d62728',
  THREATEN: '#e377c2',
  ACCUSE: '#bcbd22',
  SUPPORT: '#98df8a',
  AID: '#006d5b',
  COOPERATE: '#aec7e8',
  SANCTION: '#7f7f7f',
  MOBILIZE: '#c49c94',
  COERCE: '#393b79',
  PROTEST: '#f7b6d2',
};

export function typeLabel(type: string): string {
  const key = `plover.${type}` as MessageKey;
  const label = t(key);
  return label === key ? type : label;
}

export function typeColour(type: string): string {
  return TYPE_COLOURS[type] ?? '#555';
}

export function typeRank(type: string): number {
  const i = (TYPE_ORDER as readonly string[]).indexOf(type);
  return i < 0 ? TYPE_ORDER.length : i;
}

/** `href` only for http(s) URLs: an ingested page can carry "javascript:" or "data:" links. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** "interview:Axios" → "interview (Axios)". */
export function channelLabel(channel: string): string {
  const i = channel.indexOf(':');
  return i < 0 ? channel : `${channel.slice(0, i)} (${channel.slice(i + 1)})`;
}

/** The Wikidata page of an item id, or undefined when the id does not look like one. */
export function wikidataUrl(id: string | undefined): string | undefined {
  return id && /^Q\d+$/.test(id) ? `https://www.wikidata.org/wiki/${id}` : undefined;
}
