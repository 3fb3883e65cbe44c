import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParleyError } from '../core/errors.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { ArticleInput } from '../pipeline/doc.js';
import { type Analyze, ingestArticle } from './ingest.js';
import { reanalyzeStore } from './reanalyze.js';
import { openSqliteStore } from './sqlite/open.js';
import type { Store } from './store.js';

const ARTICLES: ArticleInput[] = Array.from({ length: 6 }, (_, i) => ({
  id: `a${i}`,
  url: `https://example.org/a${i}`,
  title: `Story ${i}`,
  published: `2026-01-1${i}`,
  lang: 'en',
  text: `Talks in Geneva resumed on day ${i}. Zelensky met Witkoff there, officials said.`,
}));

let store: Store;
let calls: string[];
const analyze: Analyze = (input) => {
  calls.push(input.id ?? '?');
  return defaultPipeline().run(input).analysis;
};
const ingest = (input: ArticleInput, a: Analyze = analyze) =>
  ingestArticle(store, input, { analyze: a, pipelineVersion: 'v1', origin: 'test' });

beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  calls = [];
});
afterEach(() => store.close());

async function storedIds(): Promise<string[]> {
  return (await store.listArticles({}, { limit: 100 })).items.map((a) => a.id).sort();
}

describe('ingestArticle', () => {
  it('analyses new articles once; ingesting them again changes nothing and analyses nothing', async () => {
    for (const a of ARTICLES) expect(await ingest(a)).toEqual({ status: 'analysed', id: a.id });
    calls = [];
    for (const a of ARTICLES) expect(await ingest(a)).toEqual({ status: 'unchanged', id: a.id });
    expect(calls).toEqual([]);
    expect(await storedIds()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
  });

  it('recognises an article by its text alone (white space aside) and keeps its id', async () => {
    const a = ARTICLES[0] as ArticleInput;
    await ingest(a);
    const copy = { text: ` ${a.text.replace(/ /g, '  ')}\n`, lang: 'en', published: a.published };
    expect(await ingest(copy)).toEqual({ status: 'unchanged', id: 'a0' });
    expect(await storedIds()).toEqual(['a0']);
  });

  it('re-analyses an article whose text changed under the same id or URL, keeping the stored id', async () => {
    const a = ARTICLES[0] as ArticleInput;
    await ingest(a);
    expect(await ingest({ ...a, text: `${a.text} Putin said nothing.` })).toEqual({ status: 'updated', id: 'a0' });
    const byUrl = { ...a, id: 'other-id', text: `${a.text} Later, the talks ended.` };
    expect(await ingest(byUrl)).toEqual({ status: 'updated', id: 'a0' });
    expect(calls).toEqual(['a0', 'a0', 'a0']);
    expect(await storedIds()).toEqual(['a0']);
    expect((await store.getArticle('a0'))?.analysis.article.text).toContain('Later, the talks ended.');
  });

  it('updates a new title without re-analysing, and re-analyses a new publication date', async () => {
    const a = ARTICLES[1] as ArticleInput;
    await ingest(a);
    calls = [];
    expect(await ingest({ ...a, title: 'A better title' })).toEqual({ status: 'updated', id: 'a1' });
    expect(calls).toEqual([]);
    const stored = await store.getArticle('a1');
    expect(stored?.title).toBe('A better title');
    expect(stored?.analysis.article.title).toBe('A better title');
    expect(await ingest({ ...a, title: 'A better title', published: '2026-03-01' })).toMatchObject({
      status: 'updated',
    });
    expect(calls).toEqual(['a1']);
    expect((await store.getArticle('a1'))?.published).toBe('2026-03-01');
  });

  it('resumes after a crash mid-batch: every article stored once, the finished ones not analysed again', async () => {
    const crashing: Analyze = (input) => {
      if (input.id === 'a3') throw new Error('simulated crash');
      return analyze(input);
    };
    await expect(
      (async () => {
        for (const a of ARTICLES) await ingest(a, crashing);
      })(),
    ).rejects.toThrow('simulated crash');
    expect(await storedIds()).toEqual(['a0', 'a1', 'a2']);
    calls = [];
    const statuses = [];
    for (const a of ARTICLES) statuses.push((await ingest(a)).status);
    expect(statuses).toEqual(['unchanged', 'unchanged', 'unchanged', 'analysed', 'analysed', 'analysed']);
    expect(calls).toEqual(['a3', 'a4', 'a5']);
    expect(await storedIds()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
  });
});

describe('reanalyzeStore', () => {
  it('re-analyses only articles of another pipeline stamp, from their stored text and metadata', async () => {
    for (const a of ARTICLES.slice(0, 3)) await ingest(a);
    calls = [];
    const inputs: ArticleInput[] = [];
    const v2: Analyze = (input) => {
      inputs.push(input);
      return analyze(input);
    };
    const run = await reanalyzeStore(store, { analyze: v2, pipelineVersion: 'v2' });
    expect(run).toMatchObject({ reanalysed: 3, failed: [], stopped: false });
    expect(inputs.find((i) => i.id === 'a1')).toMatchObject({ lang: 'en', published: '2026-01-11', title: 'Story 1' });
    expect((await store.stats()).pipelineVersions).toEqual({ v2: 3 });
    expect((await reanalyzeStore(store, { analyze, pipelineVersion: 'v2' })).reanalysed).toBe(0);
    expect((await reanalyzeStore(store, { analyze, pipelineVersion: 'v2', all: true })).reanalysed).toBe(3);
  });

  it('reports an article the pipeline fails on, leaves it stale, and goes on', async () => {
    for (const a of ARTICLES.slice(0, 3)) await ingest(a);
    const failing: Analyze = (input) => {
      if (input.id === 'a1') throw new ParleyError('E_STAGE_FAILED', 'stage "quotes" failed', { stage: 'quotes' });
      return analyze(input);
    };
    const run = await reanalyzeStore(store, { analyze: failing, pipelineVersion: 'v2' });
    expect(run.reanalysed).toBe(2);
    expect(run.failed.map((f) => [f.id, f.error.code])).toEqual([['a1', 'E_STAGE_FAILED']]);
    expect((await store.stats()).pipelineVersions).toEqual({ v1: 1, v2: 2 });
  });
});
