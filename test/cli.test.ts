import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../src/schema/analysis.js';
import { validateAnalysis } from '../src/schema/validate.js';
import { FIXTURES, parley } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'parley-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('parley analyze', () => {
  it('prints a valid record with --json, metadata flags applied', () => {
    const r = parley([
      'analyze',
      join(FIXTURES, 'nb-brief.txt'),
      '--published',
      '2026-02-18',
      '--source',
      'NTB',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout) as Analysis;
    expect(validateAnalysis(rec)).toEqual([]);
    expect(rec.article).toMatchObject({ lang: 'nb', published: '2026-02-18', source: 'NTB' });
  });

  it('prints a readable summary by default', () => {
    const r = parley(['analyze', join(FIXTURES, 'nb-brief.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Entities \(\d+\)/);
    expect(r.stdout).toMatch(/Quotes \(\d+\)/);
    expect(r.stdout).toMatch(/Events \(\d+\)/);
  });

  it('reads standard input', () => {
    const r = parley(['analyze', '-', '--jsonl'], 'The talks in Geneva ended on Wednesday without a deal.');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Analysis).article.lang).toBe('en');
  });

  it('keeps going past a bad file, summarises failures at the end and exits 1', () => {
    const good = join(tmp, 'good.txt');
    const bad = join(tmp, 'bad.jsonl');
    writeFileSync(good, 'The talks ended.');
    writeFileSync(bad, '{"text": "One."}\nnot json\n');
    const r = parley(['analyze', good, bad, '--jsonl']);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toContain('1 input failed');
    expect(r.stderr).toMatch(/E_INPUT_JSON: .*bad\.jsonl:2: /);
  });

  it('rejects a --published that is not a date, with exit 2 and a hint', () => {
    const r = parley(['analyze', join(FIXTURES, 'nb-brief.txt'), '--published', 'tomorrow']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('E_USAGE');
    expect(r.stderr).toContain('2026-02-18');
  });

  it('rejects an unknown --lang naming the supported ones', () => {
    const r = parley(['analyze', join(FIXTURES, 'nb-brief.txt'), '--lang', 'xx']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nb, nn, sv, da, de, en');
  });

  it('--trace explains the records', () => {
    const r = parley(['analyze', join(FIXTURES, 'nb-brief.txt'), '--trace']);
    expect(r.stdout).toContain('Trace');
    expect(r.stdout).toContain('lang.detected');
  });
});

describe('parley eval', () => {
  it('scores a gold directory and prints every metric', () => {
    const dir = join(tmp, 'gold');
    const text = 'Zelenskyj sa at krigen må ta slutt.';
    const gold = {
      id: 'g1',
      lang: 'nb',
      published: '2026-02-18',
      text,
      entities: [{ name: 'Volodymyr Zelenskyy', type: 'PER', aliases: ['Zelenskyj'] }],
      quotes: [],
      events: [],
    };
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    writeFileSync(join(dir, 'g1.json'), JSON.stringify(gold));
    const r = parley(['eval', '--gold', dir]);
    expect(r.status).toBe(0);
    for (const metric of [
      'entities',
      'quotes (detection)',
      'quotes (attributed)',
      'quote speaker accuracy',
      'quote channel accuracy',
      'events (full)',
      'event date accuracy',
      'broken spans',
    ])
      expect(r.stdout).toContain(metric);
    const json = JSON.parse(parley(['eval', '--gold', dir, '--json']).stdout);
    expect(json.all.articles).toBe(1);
    expect(json.all.brokenSpans).toBe(0);
  });

  it('reports an invalid gold file by name and exits 1', () => {
    const dir = join(tmp, 'badgold');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'x.json'),
      JSON.stringify({
        id: 'x',
        text: 'Hei.',
        entities: [],
        quotes: [{ speaker: 'Nobody', kind: 'direct', text: 'Hei' }],
        events: [],
      }),
    );
    const r = parley(['eval', '--gold', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/E_GOLD_INVALID: .*x\.json/);
  });

  it('explains a missing --gold directory', () => {
    const r = parley(['eval', '--gold', join(tmp, 'nowhere')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a directory');
  });
});

describe('parley analyze --kb', () => {
  it("links names from the user's own knowledge-base file", () => {
    const txt = join(tmp, 'kb.txt');
    writeFileSync(txt, 'Testenko sa at byen ble angrepet i natt.');
    const r = parley(['analyze', txt, '--lang', 'nb', '--kb', join(FIXTURES, 'my-kb.yaml'), '--json']);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout) as Analysis;
    expect(rec.entities.map((e) => e.id)).toContain('olena-testenko');
    expect(rec.quotes[0]?.speaker).toBe('olena-testenko');
  });

  it('names the file and the entry of an invalid knowledge base', () => {
    const bad = join(tmp, 'bad-kb.json');
    writeFileSync(
      bad,
      JSON.stringify([
        {
          id: 'x-y',
          type: 'PER',
          kind: 'person',
          name: 'X',
          names: { en: ['X'] },
          roles: [{ role: 'tsar', of: 'russia', from: '2020-01-01' }],
        },
      ]),
    );
    const r = parley(['analyze', join(FIXTURES, 'nb-brief.txt'), '--kb', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/E_KB_INVALID: .*bad-kb\.json: .*"x-y".*tsar/);
  });
});
