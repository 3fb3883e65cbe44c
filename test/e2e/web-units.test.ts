/**
 * The web UI's pure pieces, without a browser: cutting the article text at highlight
 * boundaries (overlap, nesting, broken spans), the message tables, and its own type check
 * (web/ has a tsconfig of its own, with JSX, that the root `tsc` does not cover).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, nb } from '../../web/src/lib/messages.js';
import { segment, spanMatches } from '../../web/src/lib/spans.js';
import { termRanges } from '../../web/src/lib/terms.js';
import { REPO } from './server.js';

const text = 'Zelenskyj sa at Russland angrep Kyiv.';
const flat = (t: string, hs: { start: number; end: number; k: string }[]) =>
  segment(t, hs).map((s) => [s.text, s.marks.map((m) => m.k).join('+')]);

describe('segment', () => {
  it('returns the whole text as one plain segment without highlights', () => {
    expect(flat(text, [])).toEqual([[text, '']]);
    expect(segment('', [])).toEqual([]);
  });

  it('cuts at every boundary of overlapping and nested highlights', () => {
    const hs = [
      { start: 0, end: 9, k: 'ent' }, // Zelenskyj
      { start: 16, end: 36, k: 'quote' }, // Russland angrep Kyiv
      { start: 16, end: 24, k: 'ent2' }, // Russland (nested in the quote)
      { start: 25, end: 31, k: 'trig' }, // angrep
      { start: 20, end: 28, k: 'x' }, // crosses the entity's end and the trigger's start
    ];
    expect(flat(text, hs)).toEqual([
      ['Zelenskyj', 'ent'],
      [' sa at ', ''],
      ['Russ', 'quote+ent2'],
      ['land', 'quote+ent2+x'],
      [' ', 'quote+x'],
      ['ang', 'quote+trig+x'],
      ['rep', 'quote+trig'],
      [' Kyiv', 'quote'],
      ['.', ''],
    ]);
  });

  it('keeps every character exactly once, in order', () => {
    const hs = Array.from({ length: 40 }, (_, i) => ({
      start: (i * 7) % 30,
      end: ((i * 7) % 30) + (i % 9),
      k: `${i}`,
    }));
    const segs = segment(text, hs);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('clips out-of-range spans and ignores empty, reversed or non-integer ones', () => {
    const hs = [
      { start: -5, end: 3, k: 'a' },
      { start: 30, end: 999, k: 'b' },
      { start: 10, end: 10, k: 'empty' },
      { start: 12, end: 11, k: 'reversed' },
      { start: 1.5, end: 4, k: 'float' },
    ];
    expect(flat(text, hs)).toEqual([
      ['Zel', 'a'],
      [text.slice(3, 30), ''],
      [text.slice(30), 'b'],
    ]);
  });

  it('treats markup in the text as text', () => {
    const t = '<script>alert(1)</script> sa Putin';
    const segs = segment(t, [{ start: 0, end: 8 }]);
    expect(segs[0]?.text).toBe('<script>');
    expect(segs.map((s) => s.text).join('')).toBe(t);
  });
});

describe('spanMatches', () => {
  it('says whether a record points at the characters it quotes', () => {
    expect(spanMatches(text, { start: 0, end: 9, text: 'Zelenskyj' })).toBe(true);
    expect(spanMatches(text, { start: 1, end: 10, text: 'Zelenskyj' })).toBe(false);
  });
});

describe('messages', () => {
  it('has every English message in Norwegian, with the same {parameters}', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      expect(params(nb[k as keyof typeof en]), k).toEqual(params(v));
      expect(nb[k as keyof typeof en].trim(), k).not.toBe('');
    }
  });
});

describe('web/tsconfig.json', () => {
  it('type-checks the web UI (strict, JSX)', () => {
    const tsc = join(REPO, 'node_modules', '.bin', 'tsc');
    const r = spawnSync(tsc, ['-p', join(REPO, 'web', 'tsconfig.json')], { cwd: REPO, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
});

describe('termRanges', () => {
  it('marks whole words that start with a search word, ignoring case, quotes, stars and operators', () => {
    const t = 'Fredsavtalen er langt unna, sa han om freden. Alfred OR fred.';
    const words = (q: string) => termRanges(t, q).map((r) => t.slice(r.start, r.end));
    expect(words('fred*')).toEqual(['Fredsavtalen', 'freden', 'fred']);
    expect(words('"langt unna" OR x')).toEqual(['langt', 'unna']);
    expect(words('')).toEqual([]);
  });
});
