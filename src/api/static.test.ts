import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/open.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';

const root = mkdtempSync(join(tmpdir(), 'parley-web-'));
const dist = join(root, 'dist');
let store: Store;

beforeAll(() => {
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Parley UI</title>');
  writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'app-1a2b.css'), 'body{}');
  writeFileSync(join(root, 'secret.txt'), 'not for the web');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
});
afterEach(() => store.close());

const app = (webDir?: string) =>
  createApp({
    store,
    analyze: () => {
      throw new Error('unused');
    },
    pipelineVersion: 't',
    webDir,
  });

describe('the web UI', () => {
  it('serves index.html and assets with their content types and caching', async () => {
    const index = await app(dist).request('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await index.text()).toContain('Parley UI');
    const js = await app(dist).request('/assets/app-1a2b.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    const css = await app(dist).request('/assets/app-1a2b.css');
    expect(css.headers.get('content-type')).toContain('text/css');
  });

  it('falls back to index.html for app routes, but not for /api or missing files', async () => {
    const route = await app(dist).request('/actors/volodymyr-zelenskyy');
    expect(await route.text()).toContain('Parley UI');
    const api = await app(dist).request('/api/unknown');
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('E_API_NOT_FOUND');
    expect((await app(dist).request('/assets/missing.js')).status).toBe(404);
    const outside = await app(dist).request('/..%2fsecret.txt');
    expect(await outside.text()).not.toContain('not for the web');
  });

  it('says where the API is when no UI is built', async () => {
    const res = await app(join(root, 'nowhere')).request('/');
    expect(await res.text()).toContain('/api/openapi.json');
  });
});
