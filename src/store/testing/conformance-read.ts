/**
 * The read half of the store conformance suite: filters, search, pages, counts, timeline.
 * @module
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import type { Page } from '../types.js';
import { CORPUS } from './corpus.js';
import { fixtureRecord } from './fixtures.js';

async function allPages<T>(fetch: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < 50; n++) {
    const page = await fetch(cursor);
    out.push(...page.items);
    if (!page.nextCursor) return out;
    cursor = page.nextCursor;
  }
  throw new Error('pagination does not end');
}

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

/** Registers the read tests; `store()` is a fresh store. */
export function storeReadTests(store: () => Store): void {
  describe('reading', () => {
    beforeEach(async () => {
      for (const a of CORPUS) await store().saveArticle(fixtureRecord(a));
    });
    articleTests(store);
    entityTests(store);
    quoteAndEventTests(store);
  });
}

function articleTests(store: () => Store): void {
  it('lists articles newest first and filters them by language, source, day and entity', async () => {
    const list = (f = {}) =>
      store()
        .listArticles(f, { limit: 10 })
        .then((p) => ids(p.items));
    expect(await list()).toEqual(['en-talks', 'nb-geneve', 'de-interview']);
    expect(await list({ lang: 'nb' })).toEqual(['nb-geneve']);
    expect(await list({ source: 'The Meridian Times' })).toEqual(['en-talks']);
    expect(await list({ from: '2026-01-13' })).toEqual(['en-talks']);
    expect(await list({ to: '2026-01-12' })).toEqual(['nb-geneve']);
    expect(await list({ entity: 'putin' })).toEqual(['en-talks']);
    expect(await list({ lang: 'sv' })).toEqual([]);
  });

  it('searches article text folding case, diacritics and ø/æ', async () => {
    const search = (q: string) =>
      store()
        .listArticles({ q }, { limit: 10 })
        .then((p) => ids(p.items).sort());
    expect(await search('Zelenskyj')).toEqual(['en-talks', 'nb-geneve']);
    expect(await search('zelenskyj')).toEqual(['en-talks', 'nb-geneve']);
    expect(await search('Geneve')).toEqual(['en-talks', 'nb-geneve']);
    expect(await search('motte witkoff')).toEqual(['nb-geneve']);
    expect(await search('Møtte')).toEqual(['nb-geneve']);
    expect(await search('Zelen*')).toEqual(['en-talks', 'nb-geneve']);
    expect(await search('"held talks"')).toEqual(['en-talks']);
    expect(await search('"talks held"')).toEqual([]);
    expect(await search('fur Kyiv')).toEqual(['de-interview']);
    expect(await search('AND OR NOT (')).toEqual([]);
    expect(await search('***')).toEqual([]);
  });

  it('pages through articles with cursors, each article once', async () => {
    const seen = await allPages((cursor) => store().listArticles({}, { limit: 1, cursor }));
    expect(ids(seen)).toEqual(['en-talks', 'nb-geneve', 'de-interview']);
    const first = await store().listArticles({}, { limit: 3 });
    expect(first.nextCursor).toBeNull();
    await expect(store().listArticles({}, { limit: 1, cursor: 'not-a-cursor' })).rejects.toMatchObject({
      code: 'E_API_PARAM',
    });
  });
}

function entityTests(store: () => Store): void {
  it('lists entities by number of articles, filtered by type and folded name', async () => {
    const all = await allPages((cursor) => store().listEntities({}, { limit: 2, cursor }));
    expect(all.slice(0, 3).map((e) => [e.id, e.articles])).toEqual([
      ['zelensky', 3],
      ['RU', 2],
      ['geneva', 2],
    ]);
    expect(ids(all).sort()).toEqual(['RU', 'geneva', 'kyiv', 'putin', 'witkoff', 'zelensky'].sort());
    expect(all.find((e) => e.id === 'zelensky')).toEqual({
      id: 'zelensky',
      type: 'PER',
      name: 'Volodymyr Zelensky',
      wikidata: 'Q3881739',
      articles: 3,
      mentions: 4,
    });
    const people = await store().listEntities({ type: 'PER' }, { limit: 10 });
    expect(ids(people.items).sort()).toEqual(['putin', 'witkoff', 'zelensky']);
    expect(ids((await store().listEntities({ q: 'genev' }, { limit: 10 })).items)).toEqual(['geneva']);
  });

  it('gets one entity with counts and the entities mentioned with it', async () => {
    expect(await store().getEntity('putin')).toMatchObject({ name: 'Vladimir Putin', articles: 1, mentions: 1 });
    expect(await store().getEntity('nobody')).toBeUndefined();
    const co = await store().coMentioned('zelensky', 3);
    expect(co.map((c) => [c.id, c.shared])).toEqual([
      ['RU', 2],
      ['geneva', 2],
      ['kyiv', 2],
    ]);
    const refs = await store().entityRefs(['putin', 'nobody']);
    expect([...refs.keys()]).toEqual(['putin']);
  });
}

function quoteAndEventTests(store: () => Store): void {
  it('filters quotes by speaker, channel, language, kind, day and text', async () => {
    const q = (f = {}) =>
      store()
        .listQuotes(f, { limit: 10 })
        .then((p) => p.items.map((x) => x.article.id));
    expect(await q({ speaker: 'zelensky' })).toEqual(['nb-geneve', 'de-interview']);
    expect(await q({ channel: 'interview' })).toEqual(['de-interview']);
    expect(await q({ channel: 'interview:Axios' })).toEqual(['de-interview']);
    expect(await q({ channel: 'X' })).toEqual(['nb-geneve']);
    expect(await q({ lang: 'en', kind: 'indirect' })).toEqual(['en-talks']);
    expect(await q({ source: 'Nordavisen' })).toEqual(['nb-geneve']);
    expect(await q({ from: '2026-01-15', to: '2026-01-31' })).toEqual(['en-talks']);
    expect(await q({ q: 'fur' })).toEqual(['de-interview']);
    expect(await q({ q: 'Genève' })).toEqual([]);
    const one = (await store().listQuotes({ speaker: 'putin' }, { limit: 1 })).items[0];
    expect(one).toMatchObject({ text: 'Russia would not pause its strikes', day: '2026-01-20' });
    expect(one?.article).toEqual({
      id: 'en-talks',
      title: 'Putin rejects pause as Geneva talks end',
      source: 'The Meridian Times',
      url: 'https://example.org/en/talks',
      lang: 'en',
      published: '2026-01-20',
    });
  });

  it('filters events by type, actor, target, location, status, entity and overlapping days', async () => {
    const ev = (f = {}) =>
      store()
        .listEvents(f, { limit: 10 })
        .then((p) => p.items.map((x) => `${x.article.id}/${x.id}`));
    expect(await ev()).toEqual(['en-talks/e1', 'en-talks/e2', 'nb-geneve/e2', 'nb-geneve/e1', 'de-interview/e1']);
    expect(await ev({ type: 'CONSULT' })).toEqual(['en-talks/e2', 'nb-geneve/e1']);
    expect(await ev({ actor: 'zelensky' })).toEqual(['nb-geneve/e1', 'de-interview/e1']);
    expect(await ev({ target: 'zelensky' })).toEqual(['en-talks/e2']);
    expect(await ev({ location: 'kyiv' })).toEqual(['nb-geneve/e2']);
    expect(await ev({ status: 'denied' })).toEqual(['en-talks/e1']);
    expect(await ev({ entity: 'geneva' })).toEqual(['en-talks/e2', 'nb-geneve/e1']);
    expect(await ev({ from: '2026-01-19', to: '2026-01-19' })).toEqual(['en-talks/e2']);
    expect(await ev({ lang: 'de' })).toEqual(['de-interview/e1']);
    expect(await ev({ source: 'The Meridian Times', type: 'REJECT' })).toEqual(['en-talks/e1']);
    const paged = await allPages((cursor) => store().listEvents({}, { limit: 2, cursor }));
    expect(paged).toHaveLength(5);
  });

  it('counts events per day and type on the timeline', async () => {
    expect(await store().timeline({})).toEqual([
      { day: '2026-01-12', type: 'CONSULT', count: 1 },
      { day: '2026-01-13', type: 'ASSAULT', count: 1 },
      { day: '2026-01-18', type: 'CONSULT', count: 1 },
      { day: '2026-01-20', type: 'REJECT', count: 1 },
    ]);
    expect(await store().timeline({ type: 'ASSAULT' })).toEqual([{ day: '2026-01-13', type: 'ASSAULT', count: 1 }]);
  });

  it('counts what it holds', async () => {
    expect(await store().stats()).toEqual({
      articles: 3,
      entities: 6,
      quotes: 3,
      events: 5,
      languages: { de: 1, en: 1, nb: 1 },
      pipelineVersions: { 'test+1': 3 },
      firstDay: '2026-01-12',
      lastDay: '2026-01-20',
    });
  });
}
