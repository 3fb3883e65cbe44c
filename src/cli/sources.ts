/**
 * Everything `parley ingest` reads: paths (files, directories, standard input) and URLs, in the
 * order given. Failures are results too, so one bad input never stops the batch.
 * @module
 */
import { DEFAULT_MAX_BYTES, type ReadResult, readArticles } from '../ingest/files.js';
import { isUrl, readUrl } from './fetch-url.js';

/** Reads every article from `sources`. */
export async function readSources(sources: readonly string[], maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for (const source of sources) {
    if (isUrl(source)) out.push(...(await readUrl(source, maxBytes)));
    else out.push(...readArticles(source, { maxBytes }));
  }
  return out;
}

/** "file.jsonl:3" or the URL: where an article came from, as stored with it. */
export function originLabel(r: ReadResult): string {
  return r.origin.line ? `${r.origin.file}:${r.origin.line}` : r.origin.file;
}
