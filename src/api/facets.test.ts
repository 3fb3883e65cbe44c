import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPipeline } from '../pipeline/default.js';
import { openSqliteStore } from '../store/sqlite/open.js';
import type { Store } from '../store/store.js';
import { CORPUS } from '../store/testing/corpus.js';
import { fixtureRecord } from '../store/testing/fixtures.js';
import { createApp } from './app.js';
import { rank } from './routes/facets.js';

let store: Store;

beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  for (const a of CORPUS) await store.saveArticle(fixtureRecord(a));
});
afterEach(() => store.close());

function app() {
  return createApp({ store, analyze: (input) => defaultPipeline().run(input).analysis, pipelineVersion: 'test+1' });
}

describe('GET /api/facets', () => {
  it('lists the languages, sources and channels that occur, with counts', async () => {
    const res = await app().request('/api/facets');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      languages: [
        { value: 'de', count: 1 },
        { value: 'en', count: 1 },
        { value: 'nb', count: 1 },
      ],
      sources: [
        { value: 'Nordavisen', count: 1 },
        { value: 'Rheinischer Morgen', count: 1 },
        { value: 'The Meridian Times', count: 1 },
      ],
      channels: [
        { value: 'interview:Axios', count: 1 },
        { value: 'Telegram', count: 1 },
        { value: 'X', count: 1 },
      ],
    });
  });

  it('follows the store: a new article shows up in the next answer', async () => {
    const a = app();
    await a.request('/api/facets');
    const [first] = CORPUS;
    await store.saveArticle(
      fixtureRecord({ ...first!, id: 'nb-2', url: undefined, source: 'Kystbladet', text: `${first!.text} Mer.` }),
    );
    const body = (await (await a.request('/api/facets')).json()) as { sources: { value: string }[] };
    expect(body.sources.map((s) => s.value)).toContain('Kystbladet');
  });

  it('rejects parameters with E_API_PARAM and is described in the OpenAPI document', async () => {
    const bad = await app().request('/api/facets?lang=nb');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('E_API_PARAM');
    const doc = (await (await app().request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toContain('/api/facets');
  });

  it('ranks by count, then by value', () => {
    expect(rank({ b: 1, a: 1, c: 3 })).toEqual([
      { value: 'c', count: 3 },
      { value: 'a', count: 1 },
      { value: 'b', count: 1 },
    ]);
  });
});
