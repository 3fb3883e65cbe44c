import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lang/index.js';
import type { LangCode } from '../../lang/types.js';
import { splitParagraphs } from './paragraphs.js';
import { hasOpenQuote, splitSentences } from './sentences.js';

function sentences(lang: LangCode, text: string): string[] {
  return splitSentences(text, 0, text.length, PACKS[lang]).map((r) => text.slice(r.start, r.end));
}

describe('splitSentences', () => {
  it.each<[LangCode, string, string[]]>([
    ['nb', 'Han sa bl.a. at det var kaldt. Hun var enig.', ['Han sa bl.a. at det var kaldt.', 'Hun var enig.']],
    [
      'nb',
      'Angrepet kom 24. feb. 2022 kl. 04.00. Det varte i timer.',
      ['Angrepet kom 24. feb. 2022 kl. 04.00.', 'Det varte i timer.'],
    ],
    ['nb', 'Det skjedde 24. Februar. Dr. Hansen var der.', ['Det skjedde 24. Februar.', 'Dr. Hansen var der.']],
    [
      'nb',
      'Det koster ca. 12,5 mill. kroner, f.eks. til nr. 3. Neste sak.',
      ['Det koster ca. 12,5 mill. kroner, f.eks. til nr. 3.', 'Neste sak.'],
    ],
    [
      'nb',
      '– Vi trenger ikke krig. Vi trenger fred, sa Zelenskyj.',
      ['– Vi trenger ikke krig. Vi trenger fred, sa Zelenskyj.'],
    ],
    ['nb', '«Hvorfor nå?» spurte han. Ingen svarte.', ['«Hvorfor nå?» spurte han.', 'Ingen svarte.']],
    [
      'nb',
      '«Vi vil ha fred. Vi vil ha frihet», sa han. Så gikk han.',
      ['«Vi vil ha fred. Vi vil ha frihet», sa han.', 'Så gikk han.'],
    ],
    ['nb', 'J. Stoltenberg kom. Han gikk.', ['J. Stoltenberg kom.', 'Han gikk.']],
    ['sv', 'De talade t.ex. om fångar. Sedan gick de.', ['De talade t.ex. om fångar.', 'Sedan gick de.']],
    [
      'de',
      'Am 3. Okt. 2024 begann es. Es dauerte z. B. drei Tage.',
      ['Am 3. Okt. 2024 begann es.', 'Es dauerte z. B. drei Tage.'],
    ],
    [
      'de',
      '„Wir wollen Frieden. Jetzt", sagte er. Dann ging er.',
      ['„Wir wollen Frieden. Jetzt", sagte er.', 'Dann ging er.'],
    ],
    ['en', 'The U.S. envoy met Mr. Umerov. He left.', ['The U.S. envoy met Mr. Umerov.', 'He left.']],
    ['en', 'Talks resumed in the U.S. The next round is set.', ['Talks resumed in the U.S.', 'The next round is set.']],
    ['en', 'It began at 9 a.m. on Feb. 24. Talks ended.', ['It began at 9 a.m. on Feb. 24.', 'Talks ended.']],
    ['en', "'Why now?' he asked. J.D. Vance spoke.", ["'Why now?' he asked.", 'J.D. Vance spoke.']],
    ['en', 'He said no. Then he left.', ['He said no.', 'Then he left.']],
  ])('%s: %s', (lang, text, expected) => {
    expect(sentences(lang, text)).toEqual(expected);
  });

  it('keeps exact offsets into the full text', () => {
    const text = 'Tittel\n\nFørste setning. Andre setning.';
    const p = splitParagraphs(text)[1]!;
    const r = splitSentences(text, p.start, p.end, PACKS.nb);
    expect(r.map((x) => text.slice(x.start, x.end))).toEqual(['Første setning.', 'Andre setning.']);
  });
});

describe('splitParagraphs', () => {
  it('splits on lines and joins a hard-wrapped line', () => {
    const text = 'HQ\n\nFørste avsnitt som er brutt\nmidt i setningen.\nAndre avsnitt.';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'HQ',
      'Første avsnitt som er brutt\nmidt i setningen.',
      'Andre avsnitt.',
    ]);
  });
});

describe('hasOpenQuote', () => {
  it.each<[string, boolean]>([
    ['«Vi vil ha fred.', true],
    ['«Fred», sa han.', false],
    ['„Wir wollen Frieden.', true],
    ['„Frieden“, sagte er.', false],
    ['"We want peace.', true],
    ['“Peace,” he said.', false],
  ])('%s → %s', (s, open) => {
    expect(hasOpenQuote(s)).toBe(open);
  });
});
