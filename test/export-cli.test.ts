import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../src/schema/analysis.js';
import { validateAnalysis } from '../src/schema/validate.js';
import { inputHash, textHash } from '../src/store/keys.js';
import { openSqliteStore } from '../src/store/sqlite/open.js';
import { parley } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'parley-export-'));
const db = join(tmp, 'export.db');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => {
  const r = parley(['ingest', 'examples/articles/wire-geneva-weekend.jsonl', '--db', db, '--quiet']);
  expect(r.status).toBe(0);
});

describe('parley export', () => {
  it('writes the stored analysis records as valid JSON lines, filtered', () => {
    const r = parley(['export', '--format', 'jsonl', '--db', db]);
    expect(r.status).toBe(0);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Analysis);
    expect(records).toHaveLength(3);
    for (const rec of records) expect(validateAnalysis(rec)).toEqual([]);
    const none = parley(['export', '--format', 'jsonl', '--db', db, '--lang', 'sv']);
    expect(none.stdout).toBe('');
  });

  it('writes CSV tables with headers, to a file with --out', () => {
    const quotes = parley(['export', '--format', 'quotes-csv', '--db', db]);
    expect(quotes.stdout.split('\r\n')[0]).toBe(
      'article_id,quote_id,published,lang,source,url,speaker_id,speaker_name,speaker_wikidata,kind,channel,date,start,end,text',
    );
    const out = join(tmp, 'entities.csv');
    const r = parley(['export', '--format', 'entities-csv', '--db', db, '--out', out]);
    expect(r.status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('id,type,name,wikidata,articles,mentions');
    expect(r.stderr).toContain(`Exported ${lines.length - 1} records (entities-csv)`);
  });

  it('rejects an unknown format or a bad filter with exit 2', () => {
    const format = parley(['export', '--format', 'xml', '--db', db]);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('E_USAGE: --format "xml" is not one of plover, jsonl');
    const day = parley(['export', '--format', 'plover', '--db', db, '--from', '17.01.2026']);
    expect(day.status).toBe(2);
    expect(day.stderr).toContain('--from "17.01.2026" is not a day');
    const type = parley(['export', '--format', 'plover', '--db', db, '--type', 'attack']);
    expect(type.stderr).toContain('--type "attack" is not one of AGREE');
  });
});

describe('parley reanalyze', () => {
  it('re-analyses only the articles of another pipeline version', async () => {
    const store = await openSqliteStore(db);
    for (const { id } of (await store.listArticles({}, { limit: 2 })).items) {
      const a = await store.getArticle(id);
      if (!a) continue;
      const text = a.analysis.article.text;
      const record = { analysis: a.analysis, input: a.input, textHash: textHash(text), pipelineVersion: 'old' };
      await store.saveArticle({ ...record, inputHash: inputHash({ ...a.input, text }) });
    }
    await store.close();
    const r = parley(['reanalyze', '--db', db, '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Re-analysed 2 of 2 articles/);
    expect(parley(['reanalyze', '--db', db]).stdout).toMatch(/Re-analysed 0 of 0 articles .*\(all current\)/);
  });
});

describe('parley bench', () => {
  it('reports both phases as JSON (not timed: only the shape is checked)', () => {
    const r = parley(['bench', '--articles', '3', '--runs', '1', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      results: { phase: string; articles: number; articlesPerSecond: number; peakRssMb: number }[];
    };
    expect(out.results.map((x) => [x.phase, x.articles])).toEqual([
      ['pipeline', 3],
      ['ingest', 3],
    ]);
    for (const x of out.results) {
      expect(x.articlesPerSecond).toBeGreaterThan(0);
      expect(x.peakRssMb).toBeGreaterThan(0);
    }
  });
});
