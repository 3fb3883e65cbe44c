/**
 * Reading articles from an http(s) URL: a feed (RSS, Atom, RDF), an HTML page, JSON, JSON Lines
 * or plain text, told apart by Content-Type and the first characters. Bytes are decoded with
 * the charset the server declares, else the document's own, else UTF-8 or windows-1252.
 * @module
 */
import { isParleyError, ParleyError } from '../core/errors.js';
import { objectToArticle } from '../ingest/article.js';
import { decodeBytes } from '../ingest/decode.js';
import { feedToArticles } from '../ingest/feed.js';
import type { ReadResult } from '../ingest/files.js';
import { htmlToArticle } from '../ingest/html.js';

export const FETCH_TIMEOUT_MS = 30_000;

/** True for `http://` and `https://` arguments. */
export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

type Kind = 'feed' | 'html' | 'json' | 'jsonl' | 'text';

function kindOf(contentType: string, text: string): Kind {
  const head = text.trimStart().slice(0, 2000);
  if (/^(<\?xml[\s\S]*?)?<(rss|feed|rdf:RDF)\b/i.test(head) || /(rss|atom)\+xml/i.test(contentType)) return 'feed';
  if (/json/i.test(contentType) || head.startsWith('{'))
    return /ndjson|jsonl/i.test(contentType) || /}\s*\n\s*{/.test(text) ? 'jsonl' : 'json';
  if (/html/i.test(contentType) || head.startsWith('<')) return 'html';
  return 'text';
}

function parse(text: string, url: string, kind: Kind): ReadResult[] {
  const origin = { file: url };
  switch (kind) {
    case 'feed':
      return feedToArticles(text, url).map((article, i) => ({ ok: true, article, origin: { file: url, line: i + 1 } }));
    case 'html': {
      const article = htmlToArticle(text, url);
      return [{ ok: true, article: { ...article, url: article.url ?? url }, origin }];
    }
    case 'json':
      return [{ ok: true, article: { url, ...objectToArticle(JSON.parse(text), origin) }, origin }];
    case 'jsonl':
      return text
        .split('\n')
        .map((line, i) => [line, i + 1] as const)
        .filter(([line]) => line.trim() !== '')
        .map(([line, n]) => {
          const where = { file: url, line: n };
          try {
            return { ok: true, article: objectToArticle(JSON.parse(line), where), origin: where } as const;
          } catch (e) {
            return { ok: false, error: asError(e, url, n), origin: where } as const;
          }
        });
    default:
      return [{ ok: true, article: { text, url }, origin }];
  }
}

function asError(e: unknown, url: string, line?: number): ParleyError {
  if (isParleyError(e)) return e;
  const json = e instanceof SyntaxError;
  return new ParleyError(json ? 'E_INPUT_JSON' : 'E_INPUT_UNREADABLE', (e as Error).message, {
    file: url,
    line,
    cause: e,
  });
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
    const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase();
    const text = decodeBytes(bytes, url, charset);
    return parse(text, url, kindOf(contentType, text));
  } catch (e) {
    return [{ ok: false, error: asError(e, url), origin: { file: url } }];
  }
}
