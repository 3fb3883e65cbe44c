/**
 * The benchmark corpus: the bundled example articles, repeated and varied (paragraphs rotated,
 * a numbered line added) until there are N distinct articles, the same on every run.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { ParleyError } from '../core/errors.js';
import { readArticles } from '../ingest/files.js';
import type { ArticleInput } from '../pipeline/doc.js';

export const BENCH_SOURCE_DIR = fileURLToPath(new URL('../../examples/articles', import.meta.url));

function rotate<T>(xs: readonly T[], k: number): T[] {
  const n = k % Math.max(xs.length, 1);
  return [...xs.slice(n), ...xs.slice(0, n)];
}

/** Variant `k` of `a` (k = 0 is the article itself): another id, URL and text. */
export function variant(a: ArticleInput, k: number): ArticleInput {
  if (k === 0) return a;
  const paragraphs = a.text.split(/\n\s*\n/);
  return {
    ...a,
    id: `${a.id ?? 'article'}~${k}`,
    ...(a.url ? { url: `${a.url}${a.url.includes('?') ? '&' : '?'}variant=${k}` } : {}),
    text: `${rotate(paragraphs, k).join('\n\n')}\n\n(${k})`,
  };
}

/** The bundled articles as read from `dir`. */
export function baseArticles(dir = BENCH_SOURCE_DIR): ArticleInput[] {
  const out = [...readArticles(dir)].flatMap((r) => (r.ok ? [r.article] : []));
  if (out.length === 0)
    throw new ParleyError('E_USAGE', `no example articles in ${dir}.`, { hint: 'Run bench inside a Parley checkout.' });
  return out;
}

/** `n` distinct articles made from `base`. */
export function benchCorpus(n: number, base: readonly ArticleInput[] = baseArticles()): ArticleInput[] {
  return Array.from({ length: n }, (_, i) =>
    variant(base[i % base.length] as ArticleInput, Math.floor(i / base.length)),
  );
}
