import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPipeline } from '../pipeline/default.js';
import { openSqliteStore } from '../store/sqlite/open.js';
import type { Store } from '../store/store.js';
import { CORPUS } from '../store/testing/corpus.js';
import { fixtureRecord } from '../store/testing/fixtures.js';
import { type AppOptions, createApp } from './app.js';

let store: Store;

beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  for (const a of CORPUS) await store.saveArticle(fixtureRecord(a));
});
afterEach(() => store.close());

function app(extra: Partial<AppOptions> = {}) {
  return createApp({
    store,
    analyze: (input) => defaultPipeline().run(input).analysis,
    pipelineVersion: 'test+1',
    ...extra,
  });
}

async function get(path: string, extra: Partial<AppOptions> = {}) {
  const res = await app(extra).request(path);
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & {
      error?: { code: string; message: string; hint: string | null };
    },
  };
}

describe('GET /api/articles', () => {
  it('lists articles with filters and pages on with nextCursor', async () => {
    const all = await get('/api/articles');
    expect(all.status).toBe(200);
    expect((all.body.items as { id: string }[]).map((a) => a.id)).toEqual(['en-talks', 'nb-geneve', 'de-interview']);
    const first = await get('/api/articles?limit=2');
    expect((first.body.items as unknown[]).length).toBe(2);
    const next = await get(`/api/articles?limit=2&cursor=${first.body.nextCursor}`);
    expect(next.body).toMatchObject({ items: [{ id: 'de-interview' }], nextCursor: null });
    const found = await get(`/api/articles?q=${encodeURIComponent('Genève')}&lang=nb`);
    expect((found.body.items as { id: string }[]).map((a) => a.id)).toEqual(['nb-geneve']);
  });

  it('rejects bad parameters with a 400 whose message names the parameter', async () => {
    const cases: [string, string][] = [
      ['/api/articles?limit=500', 'parameter "limit": must be at most 200'],
      ['/api/articles?limit=abc', 'parameter "limit"'],
      ['/api/articles?from=2026-02-30', 'parameter "from": is not a day of the calendar'],
      ['/api/articles?from=2026-02-10&to=2026-02-01', 'parameter "to": must not be before "from"'],
      ['/api/articles?lang=Norwegian', 'parameter "lang"'],
      ['/api/articles?langg=nb', 'unknown parameter "langg"'],
      ['/api/articles?lang=nb&lang=en', 'parameter "lang" is given more than once'],
      ['/api/articles?cursor=garbage', 'parameter "cursor"'],
      ['/api/events?type=ATTACK', 'parameter "type": must be a PLOVER type'],
    ];
    for (const [path, message] of cases) {
      const r = await get(path);
      expect(r.status, path).toBe(400);
      expect(r.body.error?.code, path).toBe('E_API_PARAM');
      expect(r.body.error?.message, path).toContain(message);
      expect(r.body.error?.hint, path).toBeTruthy();
    }
  });

  it('gets one article with its analysis, and 404 with a stable code for an unknown id', async () => {
    const one = await get('/api/articles/nb-geneve');
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: 'nb-geneve', analysis: { schema: 'parley.analysis/1' } });
    const none = await get('/api/articles/nope');
    expect(none).toMatchObject({ status: 404, body: { error: { code: 'E_API_NOT_FOUND' } } });
    expect(none.body.error?.message).toContain('"nope"');
  });
});

describe('entities, quotes, events, timeline, stats, kb', () => {
  it('lists entities and gets one with its quotes, events as actor and target, and co-mentions', async () => {
    const list = await get('/api/entities?type=PER');
    expect((list.body.items as { id: string }[]).map((e) => e.id)).toEqual(['zelensky', 'witkoff', 'putin']);
    const z = await get('/api/entities/zelensky');
    expect(z.status).toBe(200);
    expect(z.body).toMatchObject({ entity: { id: 'zelensky', articles: 3 }, inKnowledgeBase: false });
    const quotes = z.body.quotes as { items: { text: string }[]; entities: Record<string, { name: string }> };
    expect(quotes.items.map((q) => q.text)).toEqual([
      'Vi er klare for fred',
      'Wir brauchen mehr Patriot-Systeme für Kyiv.',
    ]);
    expect(quotes.entities.zelensky?.name).toBe('Volodymyr Zelensky');
    const events = z.body.events as Record<string, { items: { type: string }[] }>;
    expect(events.asActor?.items.map((e) => e.type)).toEqual(['CONSULT', 'REQUEST']);
    expect(events.asTarget?.items.map((e) => e.type)).toEqual(['CONSULT']);
    expect((z.body.coMentioned as { id: string }[]).map((e) => e.id)).toContain('witkoff');
    expect((await get('/api/entities/nobody')).status).toBe(404);
  });

  it('filters quotes and events and names the entities they refer to', async () => {
    const q = await get('/api/quotes?channel=interview&lang=de');
    expect(q.body).toMatchObject({ items: [{ channel: 'interview:Axios', article: { id: 'de-interview' } }] });
    const e = await get('/api/events?actor=RU&from=2026-01-13&to=2026-01-13');
    expect(e.body).toMatchObject({
      items: [{ type: 'ASSAULT', quantities: { drones: 40 } }],
      entities: { RU: { name: 'Russia' }, kyiv: { name: 'Kyiv', wikidata: 'Q1899' } },
    });
  });

  it('aggregates events per day by type, and counts the store', async () => {
    const t = await get('/api/timeline?from=2026-01-12&to=2026-01-13');
    expect(t.body).toEqual({
      types: ['ASSAULT', 'CONSULT'],
      days: [
        { day: '2026-01-12', total: 1, counts: { CONSULT: 1 } },
        { day: '2026-01-13', total: 1, counts: { ASSAULT: 1 } },
      ],
    });
    const s = await get('/api/stats', { pipelineVersion: 'test+2' });
    expect(s.body).toMatchObject({ articles: 3, quotes: 3, events: 5, pipeline: { current: 'test+2', stale: 3 } });
  });

  it('returns knowledge-base entries for actor pages', async () => {
    const kb = await get('/api/kb/volodymyr-zelenskyy');
    expect(kb.body).toMatchObject({ wikidata: 'Q3881739', country: 'ukraine', roles: [{ role: 'president' }] });
    expect((await get('/api/kb/new:someone')).body.error?.code).toBe('E_API_NOT_FOUND');
  });

  it('answers unknown API paths with a JSON 404 and serves the OpenAPI document', async () => {
    expect((await get('/api/nothing-here')).body.error?.code).toBe('E_API_NOT_FOUND');
    const doc = await get('/api/openapi.json');
    const paths = doc.body.paths as Record<string, Record<string, { parameters: { name: string }[] }>>;
    expect(Object.keys(paths)).toContain('/api/timeline');
    expect(paths['/api/quotes']?.get?.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['speaker', 'channel', 'lang', 'from', 'to', 'q', 'limit', 'cursor']),
    );
  });
});
