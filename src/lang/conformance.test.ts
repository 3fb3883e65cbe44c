/**
 * One suite over every registered language pack: the same file set, lexicons that are sorted
 * plain data, full calendars, examples detected as their own language, and the sentence
 * splitter measured on the pack's annotated paragraphs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../pipeline/segment/sentences.js';
import { detectLanguage } from '../pipeline/stages/detect-lang.js';
import { PACKS } from './index.js';
import { LANG_CODES, type LanguagePack } from './types.js';

/** Share of annotated paragraphs the splitter must get exactly right. */
const MIN_SENTENCE_ACCURACY = 0.95;

const dir = (code: string) => fileURLToPath(new URL(`./${code}/`, import.meta.url));
const files = (code: string) =>
  readdirSync(dir(code), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `${d.parentPath.slice(dir(code).length)}/${d.name}`.replace(/^\//, ''))
    .sort();

interface SentenceCase {
  text: string;
  sentences: string[];
}

function loadSentenceCases(code: string): SentenceCase[] {
  return readFileSync(`${dir(code)}fixtures/sentences.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SentenceCase);
}

const sorted = (xs: readonly string[]) => [...xs].sort();

describe.each(LANG_CODES.map((c) => [c, PACKS[c]] as [string, LanguagePack]))('language pack %s', (code, pack) => {
  it('has the same file set as every other pack', () => {
    expect(files(code)).toEqual(files('nb'));
  });

  it('declares its own code', () => {
    expect(pack.code).toBe(code);
  });

  it('keeps word lists sorted, unique and lower case', () => {
    const lists = { ...pack.abbreviations, stopWords: pack.stopWords, markers: pack.markers };
    for (const [name, list] of Object.entries(lists)) {
      expect(list, name).toEqual(sorted([...new Set(list)]));
      expect(
        list.every((w) => w === w.toLowerCase()),
        name,
      ).toBe(true);
    }
  });

  it('keeps its time and number lexicons sorted, unique and lower case (lists and table keys)', () => {
    for (const [group, lexicon] of Object.entries({ time: pack.time, numbers: pack.numbers }))
      for (const [name, value] of Object.entries(lexicon)) {
        const words = Array.isArray(value)
          ? value.filter((w): w is string => typeof w === 'string')
          : value && typeof value === 'object'
            ? Object.keys(value)
            : [];
        expect(words, `${group}.${name}`).toEqual(sorted([...new Set(words)]));
        expect(
          words.filter((w) => w !== w.toLowerCase()),
          `${group}.${name}`,
        ).toEqual([]);
      }
  });

  it('gives its time and number lexicons well-formed values', () => {
    const t = pack.time;
    for (const date of Object.values(t.anchors)) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const wd of Object.values(t.pastWeekdays)) expect([1, 2, 3, 4, 5, 6, 7]).toContain(wd);
    expect(new Set(Object.values(t.units))).toEqual(new Set(['day', 'week', 'month', 'year']));
    expect(Object.values(t.relativeDays)).toContain(-1);
    expect(Object.keys(t.relativeWeeks).length).toBeGreaterThan(2);
    expect(t.futureMarkers.length).toBeGreaterThan(5);
    const n = pack.numbers;
    // Only the dot may both group and start decimals (a group is then exactly three digits).
    expect(n.decimalSeparators.filter((c) => n.groupSeparators.includes(c) && c !== '.')).toEqual([]);
    expect(Object.values(n.words)).toEqual(expect.arrayContaining([2, 3, 10, 20, 100, 1000]));
    for (const kind of ['drones', 'missiles', 'killed', 'injured', 'prisoners', 'soldiers', 'people'])
      expect(Object.values(n.kinds), kind).toContain(kind);
  });

  it('names every month and weekday', () => {
    expect(new Set(Object.values(pack.months))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(new Set(Object.values(pack.weekdays))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
  });

  it('detects its examples as its own language', () => {
    expect(detectLanguage(pack.examples.join(' ')).lang).toBe(code);
  });

  it(`splits at least ${MIN_SENTENCE_ACCURACY * 100} % of its annotated paragraphs exactly`, () => {
    const cases = loadSentenceCases(code);
    expect(cases.length).toBeGreaterThanOrEqual(10);
    const wrong: string[] = [];
    for (const c of cases) {
      const got = splitSentences(c.text, 0, c.text.length, pack).map((r) => c.text.slice(r.start, r.end));
      if (JSON.stringify(got) !== JSON.stringify(c.sentences))
        wrong.push(`${JSON.stringify(got)}\n   expected ${JSON.stringify(c.sentences)}`);
    }
    const accuracy = 1 - wrong.length / cases.length;
    expect(accuracy, `mis-split paragraphs:\n${wrong.join('\n')}`).toBeGreaterThanOrEqual(MIN_SENTENCE_ACCURACY);
  });
});
