/**
 * A tiny history router: the current location is a signal, every view and filter lives in the
 * URL (path + query), so every screen can be shared and the back button works.
 * @module
 */
import { signal } from '@preact/signals';

export interface Loc {
  path: string;
  query: URLSearchParams;
  hash: string;
}

function read(): Loc {
  return {
    path: window.location.pathname || '/',
    query: new URLSearchParams(window.location.search),
    hash: window.location.hash.replace(/^#/, ''),
  };
}

export const loc = signal<Loc>(read());

/** Runs after every navigation that changes the path (the app moves focus to the new page). */
let onPageChange: (() => void) | undefined;
export function setPageChangeHandler(fn: () => void): void {
  onPageChange = fn;
}

window.addEventListener('popstate', () => {
  loc.value = read();
});

/** Goes to `to` (a path with optional query and hash) without reloading the page. */
export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const before = loc.value.path;
  const url = new URL(to, window.location.href);
  if (url.origin !== window.location.origin) {
    window.location.assign(url.href);
    return;
  }
  const target = url.pathname + url.search + url.hash;
  const current = window.location.pathname + window.location.search + window.location.hash;
  if (target === current) return;
  if (opts.replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  loc.value = read();
  if (loc.value.path !== before) {
    window.scrollTo(0, 0);
    onPageChange?.();
  }
}

/** A URL with the query built from `params`; empty values are left out. */
export function withQuery(path: string, params: Record<string, string | undefined | null>, hash?: string): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return `${path}${s ? `?${s}` : ''}${hash ? `#${hash}` : ''}`;
}

/** Changes some query parameters of the current URL (undefined or '' removes one). */
export function setQuery(patch: Record<string, string | undefined | null>, opts: { replace?: boolean } = {}): void {
  const current = Object.fromEntries(loc.value.query);
  navigate(withQuery(loc.value.path, { ...current, ...patch }), opts);
}

/** The query as a plain object of the given keys (missing ones are undefined). */
export function queryOf<K extends string>(keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = loc.value.query.get(k);
    if (v) out[k] = v;
  }
  return out;
}

/** A list page's filters from the URL: their values, whether any is set, a bad date range, and clear-all. */
export function listFilters<K extends string>(keys: readonly K[]) {
  const f = queryOf(keys) as Partial<Record<K | 'from' | 'to', string>>;
  return {
    f,
    badRange: Boolean(f.from && f.to && f.from > f.to),
    active: keys.some((k) => f[k]),
    clear: () => setQuery(Object.fromEntries(keys.map((k) => [k, undefined]))),
  };
}

/** True for a plain left click that the router should handle itself. */
export function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.defaultPrevented;
}
