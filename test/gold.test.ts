/** Our dev gold (eval/gold/<lang>/) must follow ../shared/spec/gold-format.md. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGold, type GoldArticle } from '../src/eval/gold.js';
import { isIsoDate } from '../src/ingest/article.js';
import { ROOT } from './helpers.js';

const GOLD = join(ROOT, 'eval', 'gold');
const langs = readdirSync(GOLD);

describe.each(langs)('eval/gold/%s', (lang) => {
  const dir = join(GOLD, lang);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const gold = files.map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldArticle] as const);

  // Bokmål and English are the project's first languages (12 at least); the others 8 at least.
  const minimum = lang === 'nb' || lang === 'en' ? 12 : 8;
  it(`has at least ${minimum} articles`, () => {
    expect(files.length).toBeGreaterThanOrEqual(minimum);
  });

  it.each(gold)('%s is a valid gold file', (file, g) => {
    expect(checkGold(g)).toEqual([]);
    expect(g.id).toBe(file.replace(/\.json$/, ''));
    expect(g.lang).toBe(lang);
    expect(g.published !== undefined && isIsoDate(g.published)).toBe(true);
  });

  it('has unique ids', () => {
    expect(new Set(gold.map(([, g]) => g.id)).size).toBe(gold.length);
  });
});
