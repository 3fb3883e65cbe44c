/**
 * Screenshots of every page for docs/ui.md (`npm run screenshots`): builds the UI, loads the
 * bundled examples into a temporary store, serves it, and saves PNGs under docs/screenshots/.
 * @module
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './browser.js';
import { buildWeb, ingest, REPO, serve } from './server.js';

const OUT = join(REPO, 'docs', 'screenshots');
const tmp = mkdtempSync(join(tmpdir(), 'parley-shots-'));
const dist = join(tmp, 'dist');
const db = join(tmp, 'shots.db');
mkdirSync(OUT, { recursive: true });
buildWeb(dist);
ingest(db, [join(REPO, 'examples', 'articles')], tmp);
const server = await serve(db, dist, tmp);
const desktop = await launchChromium({ width: 1280, height: 900 });
const phone = await launchChromium({ width: 390, height: 844 });
try {
  const page = await desktop.context.newPage();
  const shot = async (name: string, path: string, prepare?: () => Promise<void>, fullPage = false) => {
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    await prepare?.();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
    console.log(`docs/screenshots/${name}.png  ${path}`);
  };
  await shot('timeline', '', async () => {
    await page.locator('.event-item').first().waitFor();
  });
  await shot('timeline-day', '?day=2026-01-21&actor=volodymyr-zelenskyy', async () => {
    await page.locator('.event-item').first().waitFor();
  });
  await shot('reader', 'article/kystbladet-2026-02-15-munchen?quote=q1', async () => {
    await page.locator('mark.hl-active').first().waitFor();
  });
  await shot('reader-event-trace', 'article/meridian-2026-02-10-zelenskyy-elections?event=e2&trace=1', async () => {
    await page.locator('mark.hl-active').first().waitFor();
    await page.locator('mark.hl-trigger.hl-active').first().hover();
  });
  await shot('actor', 'actor/volodymyr-zelenskyy', async () => {
    await page.locator('.quote-row').first().waitFor();
    await page.locator('.events-col .event-item').first().waitFor();
  });
  await shot('quotes', 'quotes?q=fred*', async () => {
    await page.locator('.quote-item').first().waitFor();
  });
  await shot(
    'analyze',
    'analyze',
    async () => {
      await page.getByRole('button', { name: 'Try an example' }).click();
      await page.locator('.analyze-result mark.hl-ent').first().waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
    },
    true,
  );
  await page.evaluate(() => localStorage.setItem('parley.ui-lang', 'nb'));
  await shot('timeline-nb', '?type=CONSULT', async () => {
    await page.locator('.event-item').first().waitFor();
  });

  const mobile = await phone.context.newPage();
  await mobile.evaluate(() => undefined);
  for (const [name, path, wait] of [
    ['phone-timeline', '', '.event-item'],
    ['phone-reader', 'article/nordavisen-2026-02-09-fanger-rutte?event=e1', 'mark.hl-active'],
  ] as const) {
    await mobile.goto(server.url + path, { waitUntil: 'networkidle' });
    await mobile.locator(wait).first().waitFor();
    await mobile.waitForTimeout(300);
    await mobile.screenshot({ path: join(OUT, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png  ${path}`);
  }
} finally {
  await desktop.close();
  await phone.close();
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
}
