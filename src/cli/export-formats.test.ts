import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/open.js';
import type { Store } from '../store/store.js';
import { CORPUS } from '../store/testing/corpus.js';
import { fixtureRecord } from '../store/testing/fixtures.js';
import { type ExportFilters, type ExportFormat, writeExport } from './export-formats.js';

let store: Store;
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  for (const a of CORPUS) await store.saveArticle(fixtureRecord(a));
});
afterEach(() => store.close());

const NONE: ExportFilters = { articles: {}, quotes: {}, events: {}, entities: {} };

async function exported(format: ExportFormat, filters: Partial<ExportFilters> = {}): Promise<string> {
  let out = '';
  await writeExport(store, format, { ...NONE, ...filters }, async (chunk) => {
    out += chunk;
  });
  return out;
}

/** Parses RFC 4180 CSV (enough for these tests). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const m of text.matchAll(/("(?:[^"]|"")*"|[^,\r]*)(,|\r\n)/gy)) {
    const raw = m[1] ?? '';
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe('exports', () => {
  it('writes PLOVER records with actors, Wikidata ids, size, text_info offsets and cite_info', async () => {
    const lines = (await exported('plover', { events: { type: 'ASSAULT' } })).trim().split('\n');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0] as string);
    expect(rec).toEqual({
      id: 'nb-geneve:e2',
      date: '2026-01-13',
      actor: [{ name: 'Russia', id: 'RU', wikidata: 'Q159' }],
      recipient: [{ name: 'Kyiv', id: 'kyiv', wikidata: 'Q1899' }],
      event: ['ASSAULT'],
      mode: ['drone'],
      context: [],
      event_loc: { name: 'Kyiv', id: 'kyiv', wikidata: 'Q1899' },
      size: { dead: 2, injured: 5 },
      text_info: { start: 87, end: 136, sequence: 2 },
      cite_info: {
        url: 'https://example.org/nb/geneve',
        title: 'Zelenskyj møtte Witkoff i Genève',
        language: 'nb',
        publication: 'Nordavisen',
        article_id: 'nb-geneve',
        published: '2026-01-12T08:00:00+01:00',
      },
    });
    const text = CORPUS[0]?.text ?? '';
    expect(text.slice(rec.text_info.start, rec.text_info.end)).toBe(
      'Russland angrep Kyiv med droner natt til tirsdag.',
    );
  });

  it('writes quotes and events as CSV with entity names', async () => {
    const rows = parseCsv(await exported('quotes-csv', { quotes: { speaker: 'zelensky' } }));
    expect(rows[0]?.slice(0, 3)).toEqual(['article_id', 'quote_id', 'published']);
    const col = (name: string) => rows[0]?.indexOf(name) ?? -1;
    expect(rows.slice(1).map((r) => [r[col('article_id')], r[col('speaker_name')], r[col('channel')]])).toEqual([
      ['nb-geneve', 'Volodymyr Zelensky', 'X'],
      ['de-interview', 'Volodymyr Zelensky', 'interview:Axios'],
    ]);
    const events = parseCsv(await exported('events-csv', { events: { entity: 'geneva' } }));
    const e = events[0] ?? [];
    const row = events[1] ?? [];
    expect(row[e.indexOf('date')]).toBe('2026-01-18/2026-01-19');
    expect(row[e.indexOf('actor_names')]).toBe('Steve Witkoff');
    expect(row[e.indexOf('evidence')]).toBe('Witkoff held talks with Zelenskyj in Genève over two days.');
  });

  it('writes entities as CSV, and analysis records as JSON lines', async () => {
    const rows = parseCsv(await exported('entities-csv', { entities: { type: 'LOC' } }));
    expect(rows.map((r) => r[0])).toEqual(['id', 'RU', 'geneva', 'kyiv']);
    const lines = (await exported('jsonl', { articles: { lang: 'de' } })).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).article.id)).toEqual(['de-interview']);
  });
});
