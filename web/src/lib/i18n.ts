/**
 * The interface language (English or Norwegian Bokmål), switchable at any time and remembered
 * in localStorage. `t('key', {n: 3})` looks a message up in the current table.
 * @module
 */
import { computed, signal } from '@preact/signals';
import { en, type MessageKey, nb } from './messages.js';

export type UiLang = 'en' | 'nb';
export const UI_LANGS: readonly UiLang[] = ['nb', 'en'];
const STORAGE_KEY = 'parley.ui-lang';

function initialLang(): UiLang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'nb') return stored;
  } catch {
    // storage may be disabled; fall through to the browser's language
  }
  const nav = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return nav.some((l) => /^(nb|nn|no)\b/i.test(l)) ? 'nb' : 'en';
}

export const uiLang = signal<UiLang>(initialLang());

export function setUiLang(lang: UiLang): void {
  uiLang.value = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered; the switch still works for this visit
  }
}

const tables = { en, nb } as const;

/** The message for `key` in the current language, with `{name}` parameters filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const table: Record<MessageKey, string> = tables[uiLang.value];
  const text = table[key] ?? en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The BCP 47 locale for number and date formatting. */
export const locale = computed(() => (uiLang.value === 'nb' ? 'nb-NO' : 'en-GB'));

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(weekday: boolean): Intl.DateTimeFormat {
  const key = `${locale.value}|${weekday}`;
  let f = dayFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale.value, {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(weekday ? { weekday: 'short' } : {}),
    });
    dayFormats.set(key, f);
  }
  return f;
}

/** "12 Jan 2026" / "12. jan. 2026" for a YYYY-MM-DD day (or the day part of a date-time); intervals as "a – b". */
export function formatDay(value: string | undefined, weekday = false): string {
  if (!value) return '';
  if (value.includes('/')) {
    const [a, b] = value.split('/');
    return `${formatDay(a, weekday)} – ${formatDay(b, weekday)}`;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? value : dayFormat(weekday).format(d);
}

/** A publication date-time as the reader's local date and time, or the plain day. */
export function formatPublished(value: string | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale.value).format(n);
}

/** The language name of an article language code ("nb" → "Norwegian Bokmål"). */
export function langName(code: string): string {
  const key = `langname.${code}` as MessageKey;
  return key in en ? t(key) : code;
}

const ROLES: Record<string, [string, string]> = {
  adviser: ['adviser', 'rådgiver'],
  ambassador: ['ambassador', 'ambassadør'],
  chancellor: ['chancellor', 'forbundskansler'],
  'chief-of-general-staff': ['chief of the general staff', 'generalstabssjef'],
  'chief-of-staff': ['chief of staff', 'stabssjef'],
  'commander-in-chief': ['commander-in-chief', 'øverstkommanderende'],
  'commission-president': ['Commission president', 'kommisjonspresident'],
  'council-president': ['Council president', 'rådspresident'],
  'defence-minister': ['defence minister', 'forsvarsminister'],
  'director-general': ['director-general', 'generaldirektør'],
  'foreign-minister': ['foreign minister', 'utenriksminister'],
  governor: ['governor', 'guvernør'],
  'high-representative': ['high representative', 'høyrepresentant'],
  'intelligence-chief': ['intelligence chief', 'etterretningssjef'],
  king: ['king', 'konge'],
  mayor: ['mayor', 'ordfører'],
  minister: ['minister', 'minister'],
  'national-security-adviser': ['national security adviser', 'nasjonal sikkerhetsrådgiver'],
  negotiator: ['chief negotiator', 'forhandlingsleder'],
  ombudsman: ['ombudsman', 'ombud'],
  pope: ['pope', 'pave'],
  president: ['president', 'president'],
  'prime-minister': ['prime minister', 'statsminister'],
  'secretary-general': ['secretary general', 'generalsekretær'],
  'security-council-secretary': ['Security Council secretary', 'sekretær i sikkerhetsrådet'],
  'special-envoy': ['special envoy', 'spesialutsending'],
  spokesperson: ['spokesperson', 'talsperson'],
  'vice-president': ['vice president', 'visepresident'],
};

const KINDS: Record<string, [string, string]> = {
  country: ['country', 'land'],
  territory: ['territory', 'territorium'],
  region: ['region', 'region'],
  city: ['city', 'by'],
  place: ['place', 'sted'],
  government: ['government body', 'myndighet'],
  military: ['armed forces', 'militær styrke'],
  intelligence: ['intelligence service', 'etterretningstjeneste'],
  international: ['international organisation', 'internasjonal organisasjon'],
  media: ['media', 'medier'],
  party: ['political party', 'politisk parti'],
  company: ['company', 'selskap'],
  other: ['organisation', 'organisasjon'],
  person: ['person', 'person'],
};

function pick(table: Record<string, [string, string]>, key: string): string {
  const row = table[key];
  if (!row) return key.replace(/-/g, ' ');
  return uiLang.value === 'nb' ? row[1] : row[0];
}

export const roleName = (role: string): string => pick(ROLES, role);
export const kindName = (kind: string): string => pick(KINDS, kind);
