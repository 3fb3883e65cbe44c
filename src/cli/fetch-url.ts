/**
 * Reading articles from an http(s) URL: a feed (RSS, Atom, RDF), an HTML page, JSON, JSON Lines
 * or plain text, told apart by Content-Type and the first characters. Bytes are decoded with
 * the charset the server declares, else the document's own, else UTF-8 or windows-1252.
 * @module
 */
import { isParleyError, ParleyError } from '../core/errors.js';
import { type ReadResult, readBytes } from '../ingest/files.js';

export const FETCH_TIMEOUT_MS = 30_000;

/** True for `http://` and `https://` arguments. */
export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

function asError(e: unknown, url: string): ParleyError {
  if (isParleyError(e)) return e;
  return new ParleyError('E_INPUT_UNREADABLE', (e as Error).message, { file: url, cause: e });
}

async function download(url: string, maxBytes: number): Promise<{ bytes: Uint8Array; contentType: string }> {
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'application/rss+xml, application/atom+xml, application/xml, text/html;q=0.9, */*;q=0.8' },
    });
  } catch (e) {
    const cause = (e as Error).cause as Error | undefined;
    throw new ParleyError('E_INPUT_FETCH', `cannot fetch: ${cause?.message ?? (e as Error).message}.`, {
      file: url,
      cause: e,
      hint: 'Check the URL and the network connection.',
    });
  }
  if (!res.ok)
    throw new ParleyError('E_INPUT_FETCH', `the server answered ${res.status} ${res.statusText}.`, {
      file: url,
      hint: 'Check the URL; try it in a browser.',
    });
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > maxBytes)
    throw new ParleyError(
      'E_INPUT_TOO_LARGE',
      `the response is ${bytes.length} bytes, over the limit of ${maxBytes}.`,
      {
        file: url,
        hint: 'Raise the limit with --max-bytes.',
      },
    );
  return { bytes, contentType: res.headers.get('content-type') ?? '' };
}

/** Fetches `url` and reads the articles in it; failures come back as results, never thrown. */
export async function readUrl(url: string, maxBytes: number): Promise<ReadResult[]> {
  try {
    const { bytes, contentType } = await download(url, maxBytes);
    // An article that names no URL of its own keeps the one it was fetched from.
    return [...readBytes(bytes, url, { contentType })].map((r) =>
      r.ok ? { ...r, article: { ...r.article, url: r.article.url ?? url } } : r,
    );
  } catch (e) {
    return [{ ok: false, error: asError(e, url), origin: { file: url } }];
  }
}
