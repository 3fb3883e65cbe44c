/**
 * End to end: build the web UI, ingest a few example articles and one hostile article into a
 * temporary store, serve it on a free port of 127.0.0.1, and drive headless Chromium through
 * the timeline, the quote explorer, the article reader and "Analyse text".
 * Needs /usr/bin/chromium (.ci/run installs it); without it the test fails in CI and is
 * skipped elsewhere, saying how to install it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, chromiumMissing, launchChromium } from './browser.js';
import { buildWeb, ingest, REPO, type Server, serve } from './server.js';

const missing = chromiumMissing();
if (missing && process.env.CI) throw new Error(missing);
if (missing) console.warn(`skipping the end-to-end test: ${missing}`);

const EXAMPLES = [
  'nb-2026-02-15-munchen-sikkerhetskonferanse.json',
  'en-2026-02-10-zelenskyy-interview-elections.json',
  'en-2026-01-13-kyiv-energy-strike.json',
  'nb-2026-01-19-samtaler-starter-geneve.json',
].map((f) => join(REPO, 'examples', 'articles', f));

/** An article whose every field tries to inject markup or script. */
const HOSTILE = {
  id: 'hostile-markup',
  url: 'javascript:window.__pwned=6',
  source: '<script>window.__pwned=5</script>Evil Gazette',
  title: '<img src=x onerror="window.__pwned=4">Hostile <b>title</b>',
  lang: 'en',
  published: '2026-02-03T10:00:00Z',
  text:
    'Volodymyr Zelensky said on Monday: "<script>window.__pwned = 1</script> We will never accept <b>surrender</b> <img src=x onerror="window.__pwned = 2">." ' +
    'Russia attacked Kyiv with 40 drones overnight, the Ukrainian Air Force said on Telegram. ' +
    'The <a href="javascript:window.__pwned=3">Kremlin</a> rejected the <iframe src="javascript:window.__pwned=7"></iframe> proposal.',
};

let tmp: string;
let server: Server | undefined;
let browser: Browser | undefined;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  if (missing) return;
  tmp = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const dist = join(tmp, 'dist');
  const db = join(tmp, 'e2e.db');
  const hostile = join(tmp, 'hostile.json');
  writeFileSync(hostile, JSON.stringify(HOSTILE));
  buildWeb(dist);
  ingest(db, [...EXAMPLES, hostile], tmp);
  server = await serve(db, dist, tmp);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}, 30_000);

describe.skipIf(Boolean(missing))('web UI in headless Chromium', () => {
  // Speed is measured, not asserted (timed tests fail on a busy machine): the paint and request
  // times are printed here and recorded in docs/ui.md; the test checks what the user sees.
  it('paints the timeline with the chart, the events and their API answers', async () => {
    await page.goto(server!.url, { waitUntil: 'load' });
    await page.locator('.chart-canvas canvas').first().waitFor();
    await page.locator('.event-item').first().waitFor();
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      api: performance
        .getEntriesByType('resource')
        .filter((r) => r.name.includes('/api/'))
        .map((r) => ({ url: r.name, ms: Math.round(r.duration) })),
    }));
    console.log(`first contentful paint ${Math.round(timing.fcp)} ms; API: ${JSON.stringify(timing.api)}`);
    expect(Number.isFinite(timing.fcp)).toBe(true);
    expect(timing.api.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('h1').textContent()).toBe('Timeline');
  });

  it('opens a day from the chart with the keyboard, and the URL says which', async () => {
    await page.goto(server!.url);
    const chart = page.locator('.chart-canvas');
    await chart.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]day=\d{4}-\d{2}-\d{2}/);
    await expect.poll(() => page.locator('#list-h').textContent()).toMatch(/^Events on /);
    await page.locator('.event-item .evidence mark').first().waitFor();
  });

  it('finds a quote in the explorer and opens its span in the article reader', async () => {
    await page.goto(`${server!.url}quotes`);
    await page.getByLabel('Search').fill('Europas sikkerhet');
    await page.waitForURL(/q=Europas/);
    const card = page.locator('.quote-item', { hasText: 'Europas sikkerhet' }).first();
    await card.waitFor();
    expect(await card.locator('.entity-link').first().textContent()).toBe('Volodymyr Zelenskyy');
    await card.locator('a.open-article').click();
    await page.waitForURL(/\/article\/[^?]+\?quote=/);
    const active = page.locator('.article-text mark.hl-active');
    await active.first().waitFor();
    const marked = (await active.allTextContents()).join('');
    expect(marked).toContain('Europas sikkerhet');
    expect(await page.locator('.rec-quote.rec-active').count()).toBe(1);
    // Every highlight kind is there, and ?trace=1 shows the rules.
    for (const cls of ['hl-ent-PER', 'hl-ent-LOC', 'hl-quote', 'hl-trigger'])
      expect(await page.locator(`.article-text mark.${cls}`).count(), cls).toBeGreaterThan(0);
    expect(await page.locator('.records code.rule').count()).toBe(0);
    await page.goto(`${page.url()}&trace=1`);
    await page.locator('.records code.rule').first().waitFor();
  });

  it('filters quotes by a speaker chosen with the keyboard from the name suggestions', async () => {
    await page.goto(`${server!.url}quotes`);
    await page.getByLabel('Speaker').fill('zelensky');
    await page.getByRole('option', { name: /Volodymyr Zelenskyy/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(/speaker=volodymyr-zelenskyy/);
    await page.locator('.quote-item').first().waitFor();
    const speakers = await page.locator('.quote-item .card-head strong').allTextContents();
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['Volodymyr Zelenskyy']));
    await page.getByRole('button', { name: 'Remove Volodymyr Zelenskyy' }).waitFor();
  });

  it('analyses pasted text without storing it, and shows the highlights at once', async () => {
    await page.goto(`${server!.url}analyze`);
    await page
      .getByLabel('Article text')
      .fill(
        'Zelenskyj sa mandag at Ukraina er klar for nye samtaler i Genève. – Vi vil ha en rettferdig fred, skrev Zelenskyj på X. Natt til tirsdag angrep Russland Kyiv med 40 droner.',
      );
    await page.getByLabel('Publication date (optional)').fill('2026-02-16');
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    await page.locator('.analyze-result .article-text mark.hl-ent-PER').first().waitFor();
    expect(await page.locator('.analyze-result .rec-quote').count()).toBeGreaterThan(0);
    expect(await page.locator('.analyze-result .rec-event').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('published=2026-02-16');
    expect(page.url()).toContain('#text=');
    const stats = (await (await fetch(`${server!.url}api/stats`)).json()) as { articles: number };
    expect(stats.articles).toBe(EXAMPLES.length + 1);
  });

  it('renders an ingested article with <script> and HTML-looking text as inert text', async () => {
    await page.goto(`${server!.url}article/${HOSTILE.id}`);
    await page.locator('.article-text').waitFor();
    const text = page.locator('.article-text');
    expect(await text.textContent()).toBe(HOSTILE.text);
    for (const tag of ['script', 'img', 'b', 'a', 'iframe'])
      expect(await text.locator(tag).count(), `<${tag}> in the article text`).toBe(0);
    expect(await page.locator('h1').textContent()).toBe(HOSTILE.title);
    expect(await page.locator('.article-meta').textContent()).toContain('<script>window.__pwned=5</script>');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    // The hostile article also reaches the quote explorer and the timeline, still as text.
    await page.goto(`${server!.url}quotes?q=surrender`);
    await page.locator('.quote-item').first().waitFor();
    await page.goto(`${server!.url}?from=2026-02-02&to=2026-02-04`);
    await page.locator('.event-item').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('switches between English and Norwegian and remembers the choice', async () => {
    await page.goto(`${server!.url}quotes`);
    await page.getByRole('button', { name: 'Norsk' }).click();
    await page.getByRole('link', { name: 'Tidslinje' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('Sitater');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('h1').textContent()).toBe('Quotes');
  });
});
