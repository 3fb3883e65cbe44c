/**
 * The store conformance suite: every `Store` implementation runs it (SQLite in memory and in a
 * file today; PostgreSQL later, with the same tests).
 * @example
 * ```ts
 * storeConformance('sqlite (memory)', () => openSqliteStore(':memory:'));
 * ```
 * @module
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { storeReadTests } from './conformance-read.js';
import { CORPUS, DE_ARTICLE, EN_ARTICLE, NB_ARTICLE } from './corpus.js';
import { fixtureRecord } from './fixtures.js';

/** Makes a fresh, empty store for one test. */
export type StoreFactory = () => Promise<Store>;

/** Registers the suite for `name`. */
export function storeConformance(name: string, factory: StoreFactory): void {
  describe(`Store conformance: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await factory();
    });
    afterEach(async () => {
      await store.close();
    });
    const get = () => store;
    storeWriteTests(get);
    storeReadTests(get);
  });
}

function storeWriteTests(store: () => Store): void {
  it('saves an article with its analysis and reads it back unchanged', async () => {
    const rec = fixtureRecord(NB_ARTICLE);
    expect(await store().saveArticle(rec)).toEqual({ status: 'inserted', merged: [] });
    const got = await store().getArticle('nb-geneve');
    expect(got?.analysis).toEqual(rec.analysis);
    expect(got).toMatchObject({ lang: 'nb', counts: { entities: 5, quotes: 1, events: 2 }, pipelineVersion: 'test+1' });
    expect(got?.input).toEqual(rec.input);
  });

  it('finds a stored article by id, by URL and by text, and nothing for other keys', async () => {
    const rec = fixtureRecord(NB_ARTICLE);
    await store().saveArticle(rec);
    const stamp = { id: 'nb-geneve', textHash: rec.textHash, inputHash: rec.inputHash, pipelineVersion: 'test+1' };
    expect(await store().findArticle({ id: 'nb-geneve', textHash: 'x' })).toMatchObject(stamp);
    expect(await store().findArticle({ url: NB_ARTICLE.url, textHash: 'x' })).toMatchObject(stamp);
    expect(await store().findArticle({ textHash: rec.textHash })).toMatchObject(stamp);
    expect(await store().findArticle({ id: 'other', url: 'https://other', textHash: 'x' })).toBeUndefined();
    expect(await store().getArticle('other')).toBeUndefined();
  });

  it('replaces an article saved again under the same id, without duplicating its rows', async () => {
    await store().saveArticle(fixtureRecord(NB_ARTICLE));
    const again = await store().saveArticle(fixtureRecord(NB_ARTICLE, 'test+2'));
    expect(again).toEqual({ status: 'updated', merged: [] });
    const stats = await store().stats();
    expect(stats).toMatchObject({ articles: 1, quotes: 1, events: 2, entities: 5 });
    expect((await store().getArticle('nb-geneve'))?.pipelineVersion).toBe('test+2');
  });

  it('merges an article that comes back under another id with the same URL or the same text', async () => {
    await store().saveArticle(fixtureRecord(NB_ARTICLE));
    const sameUrl = await store().saveArticle(fixtureRecord({ ...EN_ARTICLE, url: NB_ARTICLE.url }));
    expect(sameUrl).toEqual({ status: 'updated', merged: ['nb-geneve'] });
    const sameText = await store().saveArticle(fixtureRecord({ ...EN_ARTICLE, id: 'copy', url: undefined }));
    expect(sameText).toEqual({ status: 'updated', merged: ['en-talks'] });
    const page = await store().listArticles({}, { limit: 10 });
    expect(page.items.map((a) => a.id)).toEqual(['copy']);
    expect(await store().stats()).toMatchObject({ articles: 1, quotes: 1, events: 2 });
  });

  it('writes nothing of an article whose save fails part-way, and keeps the version before it', async () => {
    await store().saveArticle(fixtureRecord(NB_ARTICLE));
    const broken = fixtureRecord({ ...NB_ARTICLE, title: 'Broken' });
    const q = broken.analysis.quotes[0];
    if (q) broken.analysis.quotes.push({ ...q }); // the same quote id twice cannot be stored
    await expect(store().saveArticle(broken)).rejects.toMatchObject({ code: 'E_STORE', articleId: 'nb-geneve' });
    const kept = await store().getArticle('nb-geneve');
    expect(kept?.title).toBe(NB_ARTICLE.title);
    expect(await store().stats()).toMatchObject({ articles: 1, quotes: 1, events: 2 });
    expect((await store().listQuotes({ q: 'fred' }, { limit: 10 })).items).toHaveLength(1);
  });

  it('deletes an article with everything derived from it', async () => {
    for (const a of CORPUS) await store().saveArticle(fixtureRecord(a));
    expect(await store().deleteArticle('de-interview')).toBe(true);
    expect(await store().deleteArticle('de-interview')).toBe(false);
    expect(await store().getArticle('de-interview')).toBeUndefined();
    expect((await store().listQuotes({ channel: 'interview' }, { limit: 10 })).items).toEqual([]);
    expect((await store().listArticles({ q: 'Patriot' }, { limit: 10 })).items).toEqual([]);
    expect(await store().stats()).toMatchObject({ articles: 2, quotes: 2, events: 4 });
  });

  it('lists articles made by another pipeline stamp', async () => {
    await store().saveArticle(fixtureRecord(NB_ARTICLE, 'old'));
    await store().saveArticle(fixtureRecord(EN_ARTICLE, 'new'));
    await store().saveArticle(fixtureRecord(DE_ARTICLE, 'new'));
    const stale = await store().listArticles({ staleFor: 'new' }, { limit: 10 });
    expect(stale.items.map((a) => a.id)).toEqual(['nb-geneve']);
    expect((await store().stats()).pipelineVersions).toEqual({ new: 2, old: 1 });
  });
}
