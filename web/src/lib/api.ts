/**
 * The API client: typed GETs with a small cache (the bundled data does not change while a page
 * is open, and going back should be instant), and errors carried as `ApiError` with the API's
 * stable code, message and hint.
 * @module
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const cache = new Map<string, { at: number; value: unknown }>();
const CACHE_MS = 60_000;
const CACHE_MAX = 200;

async function parse<T>(res: Response): Promise<T> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(
      res.status,
      'E_UI_RESPONSE',
      `The server answered ${res.status} without JSON.`,
      'Check that the address points at "parley serve".',
    );
  }
  if (!res.ok) {
    const e = (body as { error?: { code?: string; message?: string; hint?: string | null } }).error;
    throw new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? res.statusText, e?.hint ?? null);
  }
  return body as T;
}

function networkError(e: unknown): never {
  if ((e as Error).name === 'AbortError') throw e;
  throw new ApiError(0, 'E_UI_NETWORK', 'network', null);
}

/** GET `path` with `params` (empty values are left out). */
export async function apiGet<T>(
  path: string,
  params: Record<string, string | number | undefined | null> = {},
  signal?: AbortSignal,
): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const url = `${path}${q.size ? `?${q}` : ''}`;
  const hit = cache.get(url);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value as T;
  let res: Response;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    networkError(e);
  }
  const value = await parse<T>(res);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(url, { at: Date.now(), value });
  return value;
}

/** POST a JSON body (never cached). */
export async function apiPost<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      signal,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (e) {
    networkError(e);
  }
  return parse<T>(res);
}
