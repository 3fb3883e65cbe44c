import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultPipeline } from '../pipeline/default.js';
import { openSqliteStore } from '../store/sqlite/open.js';
import type { Store } from '../store/store.js';
import { type AppOptions, createApp } from './app.js';

const TOKEN = 'test-token-0123456789abcdef';

interface ApiBody {
  error?: { code: string; message: string; hint: string | null };
  analysis?: { article: { text: string } };
  [key: string]: unknown;
}
const TEXT = 'Zelensky met Witkoff in Geneva on Monday. The talks ended without a deal.';
let store: Store;

beforeEach(async () => {
  store = await openSqliteStore(':memory:');
});
afterEach(() => store.close());

function app(extra: Partial<AppOptions> = {}) {
  return createApp({
    store,
    analyze: (input) => defaultPipeline().run(input).analysis,
    pipelineVersion: 'test+1',
    token: TOKEN,
    ...extra,
  });
}

async function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  extra: Partial<AppOptions> = {},
) {
  const res = await app(extra).request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as ApiBody };
}

const auth = { authorization: `Bearer ${TOKEN}` };

describe('POST /api/analyze', () => {
  it('analyses text or HTML without storing it', async () => {
    const r = await post('/api/analyze', { text: TEXT, published: '2026-01-12', source: 'Wire' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ analysis: { article: { lang: 'en', source: 'Wire', published: '2026-01-12' } } });
    const html = `<html lang="en"><body><article><h1>Talks</h1><p>${TEXT}</p><p>${TEXT}</p></article></body></html>`;
    const h = await post('/api/analyze', { html, title: 'Given title' });
    expect(h.body).toMatchObject({ analysis: { article: { title: 'Given title' } } });
    expect(h.body.analysis?.article.text).toContain('Witkoff');
    expect((await store.stats()).articles).toBe(0);
  });

  it('names the field that is wrong, and refuses broken JSON and oversized bodies', async () => {
    const cases: [unknown, number, string, string][] = [
      [{ title: 'x' }, 400, 'E_API_BODY', 'give a non-empty "text" or "html"'],
      [{ text: TEXT, published: 'yesterday' }, 400, 'E_API_BODY', 'field "published"'],
      [{ text: TEXT, txt: 'typo' }, 400, 'E_API_BODY', 'unknown field "txt"'],
      [{ text: 42 }, 400, 'E_API_BODY', 'field "text"'],
      ['{"text": ', 400, 'E_API_BODY', 'not valid JSON'],
      [{ text: TEXT, lang: 'fr' }, 422, 'E_LANG_UNKNOWN', 'fr'],
    ];
    for (const [body, status, code, message] of cases) {
      const r = await post('/api/analyze', body);
      expect([r.status, r.body.error], JSON.stringify(body)).toMatchObject([status, { code }]);
      expect(r.body.error?.message).toContain(message);
    }
    const big = await post('/api/analyze', { text: 'x'.repeat(5000) }, {}, { maxBodyBytes: 1000 });
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'E_API_TOO_LARGE' } } });
  });

  it('answers a bug with 500 E_INTERNAL and no details', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = await post(
      '/api/analyze',
      { text: TEXT },
      {},
      {
        analyze: () => {
          throw new Error('secret detail');
        },
      },
    );
    expect(r).toMatchObject({ status: 500, body: { error: { code: 'E_INTERNAL' } } });
    expect(JSON.stringify(r.body)).not.toContain('secret detail');
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('POST /api/articles', () => {
  it('is read-only (403) when no token is configured, with a message saying how to enable it', async () => {
    const r = await post('/api/articles', { text: TEXT }, auth, { token: undefined });
    expect(r).toMatchObject({ status: 403, body: { error: { code: 'E_API_READ_ONLY' } } });
    expect(r.body.error?.hint).toContain('PARLEY_TOKEN');
  });

  it('needs the right bearer token (401 otherwise)', async () => {
    const none = await post('/api/articles', { text: TEXT });
    expect(none).toMatchObject({ status: 401, body: { error: { code: 'E_API_AUTH' } } });
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    const wrong = await post('/api/articles', { text: TEXT }, { authorization: 'Bearer wrong-token-000000000' });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'E_API_AUTH' } } });
    expect((await store.stats()).articles).toBe(0);
  });

  it('ingests an article once: 201 when new, 200 unchanged when sent again', async () => {
    const first = await post('/api/articles', { id: 'w1', text: TEXT, published: '2026-01-12' }, auth);
    expect(first).toMatchObject({ status: 201, body: { status: 'analysed', id: 'w1' } });
    const again = await post('/api/articles', { id: 'w1', text: TEXT, published: '2026-01-12' }, auth);
    expect(again).toMatchObject({ status: 200, body: { status: 'unchanged', id: 'w1' } });
    const stored = await store.getArticle('w1');
    expect(stored).toMatchObject({ origin: 'api', published: '2026-01-12', lang: 'en' });
  });

  it('ingests a batch and reports each article, a failing one included', async () => {
    const r = await post(
      '/api/articles',
      {
        articles: [
          { id: 'b1', text: TEXT },
          { id: 'b2', text: `${TEXT} More.`, lang: 'fr' },
          { id: 'b3', text: 'Another story.' },
        ],
      },
      auth,
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      results: [
        { index: 0, status: 'analysed', id: 'b1' },
        { index: 1, error: { code: 'E_LANG_UNKNOWN' } },
        { index: 2, status: 'analysed', id: 'b3' },
      ],
    });
    expect((await store.stats()).articles).toBe(2);
    const empty = await post('/api/articles', { articles: [] }, auth);
    expect(empty).toMatchObject({ status: 400, body: { error: { code: 'E_API_BODY' } } });
    expect(empty.body.error?.message).toContain('field "articles"');
  });
});
