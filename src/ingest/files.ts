/**
 * Reading articles from paths: a file (by extension), a directory (recursively) or standard
 * input. Each article comes out with its origin; a broken file or line becomes a failure with
 * a `ParleyError` naming it, and the other articles are still read.
 * @module
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isParleyError, ParleyError } from '../core/errors.js';
import type { ArticleInput } from '../pipeline/doc.js';
import { objectToArticle } from './article.js';
import { decodeBytes } from './decode.js';
import { feedToArticles } from './feed.js';
import { htmlToArticle } from './html.js';

export interface Origin {
  /** The file, URL or "-" (standard input) the article came from. */
  file: string;
  /** 1-based line in a JSONL file, or item number in a feed. */
  line?: number;
}

export type ReadResult =
  | { ok: true; article: ArticleInput; origin: Origin }
  | { ok: false; error: ParleyError; origin: Origin };

export interface ReadOptions {
  /** Largest single file read, in bytes (default 20 MiB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const EXTENSIONS = ['.txt', '.html', '.htm', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom'] as const;

/** Reads every article under `path` ("-" reads standard input as text, HTML or JSON). */
export function* readArticles(path: string, options: ReadOptions = {}): Generator<ReadResult> {
  if (path === '-') {
    yield* readBytes(readFileSync(0), '-');
    return;
  }
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    const error = new ParleyError('E_INPUT_NOT_FOUND', 'no such file or directory.', {
      file: path,
      hint: 'Check the path; give a file or a directory of articles.',
    });
    yield { ok: false, error, origin: { file: path } };
    return;
  }
  if (stat.isDirectory()) {
    for (const file of listFiles(path)) yield* readFile(file, options);
  } else yield* readFile(path, options);
}

/** The article files below `dir`, sorted, skipping hidden files and unknown extensions. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else if ((EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) out.push(full);
  }
  return out;
}

function* readFile(file: string, options: ReadOptions): Generator<ReadResult> {
  const ext = extname(file).toLowerCase();
  if (!(EXTENSIONS as readonly string[]).includes(ext)) {
    const error = new ParleyError('E_INPUT_EXTENSION', `unsupported file type "${ext || '(none)'}".`, {
      file,
      hint: `Give one of ${EXTENSIONS.join(' ')}, or a directory.`,
    });
    yield { ok: false, error, origin: { file } };
    return;
  }
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = statSync(file).size;
  if (size > max) {
    const error = new ParleyError('E_INPUT_TOO_LARGE', `file is ${size} bytes, over the limit of ${max}.`, {
      file,
      hint: 'Split it, or raise the limit with --max-bytes.',
    });
    yield { ok: false, error, origin: { file } };
    return;
  }
  yield* readBytes(readFileSync(file), file, { extension: ext });
}

/**
 * Guesses the format from a Content-Type (for URLs) and the first characters: a feed, JSON Lines,
 * JSON, HTML, else plain text. Used for standard input and fetched documents.
 */
export function sniffExtension(head: string, contentType = ''): string {
  const h = head.trimStart();
  if (/(rss|atom)\+xml/i.test(contentType) || /^(<\?xml[\s\S]{0,400})?<(rss|feed|rdf:RDF)\b/i.test(h)) return '.xml';
  if (/ndjson|jsonl/i.test(contentType)) return '.jsonl';
  if (/json/i.test(contentType) || h.startsWith('{')) return /}\s*\n\s*{/.test(h) ? '.jsonl' : '.json';
  if (/html/i.test(contentType) || h.startsWith('<')) return '.html';
  return '.txt';
}

/** What is known about bytes before they are read: a file extension, or an HTTP Content-Type. */
export interface BytesHint {
  extension?: string;
  contentType?: string;
}

/**
 * Reads the articles in `bytes` from `file` (a path, a URL or "-"): decoded by the declared or
 * sniffed charset, parsed by the extension or, without one, by the sniffed format. A failure comes
 * back as a result naming the file (and line), never thrown.
 */
export function* readBytes(bytes: Uint8Array, file: string, hint: BytesHint = {}): Generator<ReadResult> {
  const origin: Origin = { file };
  let text: string;
  try {
    const charset = /charset\s*=\s*"?([\w-]+)/i.exec(hint.contentType ?? '')?.[1]?.toLowerCase();
    text = decodeBytes(bytes, file, charset);
  } catch (e) {
    yield failure(e, origin);
    return;
  }
  const ext = hint.extension || sniffExtension(text.slice(0, 2000), hint.contentType);
  try {
    switch (ext) {
      case '.jsonl':
      case '.ndjson':
        yield* fromJsonLines(text, file);
        return;
      case '.xml':
      case '.rss':
      case '.atom':
        for (const [i, article] of feedToArticles(text, file).entries())
          yield { ok: true, article, origin: { file, line: i + 1 } };
        return;
      case '.json':
        yield { ok: true, article: objectToArticle(parseJson(text, file), { file }), origin };
        return;
      case '.html':
      case '.htm':
        yield { ok: true, article: htmlToArticle(text, file), origin };
        return;
      default:
        yield { ok: true, article: { text: nonEmpty(text, file) }, origin };
    }
  } catch (e) {
    yield failure(e, origin);
  }
}

function* fromJsonLines(text: string, file: string): Generator<ReadResult> {
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const origin = { file, line: i + 1 };
    try {
      yield { ok: true, article: objectToArticle(parseJson(raw, file, i + 1), origin), origin };
    } catch (e) {
      yield failure(e, origin);
    }
  }
}

function parseJson(text: string, file: string, line?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ParleyError('E_INPUT_JSON', `invalid JSON: ${(e as Error).message}.`, {
      file,
      line,
      hint: line
        ? 'Each line of a .jsonl file must be one JSON object.'
        : 'Fix the JSON (one article object per .json file).',
    });
  }
}

function nonEmpty(text: string, file: string): string {
  if (text.trim() === '')
    throw new ParleyError('E_INPUT_EMPTY', 'the file is empty.', { file, hint: 'Give a file with article text.' });
  return text;
}

function failure(e: unknown, origin: Origin): ReadResult {
  if (isParleyError(e)) return { ok: false, error: e, origin };
  const error = new ParleyError('E_INPUT_UNREADABLE', (e as Error).message, {
    file: origin.file,
    line: origin.line,
    cause: e,
  });
  return { ok: false, error, origin };
}
