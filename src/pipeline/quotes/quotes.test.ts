import { describe, expect, it } from 'vitest';
import { analyze } from '../../../test/analyze.js';

interface Expect {
  text: string;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  channel?: string;
}

function quotesOf(text: string, lang: string): Expect[] {
  return analyze(text, lang).quotes.map((q) => ({
    text: q.text,
    kind: q.kind,
    speaker: q.speaker,
    ...(q.channel ? { channel: q.channel } : {}),
  }));
}

const ZEL = 'volodymyr-zelenskyy';

describe('quotes: Norwegian patterns', () => {
  it.each<[string, string, Expect[]]>([
    [
      'dash paragraph',
      '– Vi trenger ikke krig, sa Zelenskyj.',
      [{ text: 'Vi trenger ikke krig', kind: 'direct', speaker: ZEL }],
    ],
    [
      'dash paragraph with outlet',
      'Volodymyr Zelenskyj var i Oslo.\n\n– Vi trenger luftvern, sier han til NRK.',
      [{ text: 'Vi trenger luftvern', kind: 'direct', speaker: ZEL, channel: 'interview:NRK' }],
    ],
    [
      'cue after guillemets',
      '«Vi gir oss ikke», skrev Zelenskyj på X.',
      [{ text: 'Vi gir oss ikke', kind: 'direct', speaker: ZEL, channel: 'X' }],
    ],
    [
      'cue before, colon',
      'Zelenskyj sa: «Vi gir oss ikke.»',
      [{ text: 'Vi gir oss ikke', kind: 'direct', speaker: ZEL }],
    ],
    [
      'split by its cue',
      '«Vi vil ha fred», sa Zelenskyj, «men ikke for enhver pris».',
      [
        { text: 'Vi vil ha fred', kind: 'direct', speaker: ZEL },
        { text: 'men ikke for enhver pris', kind: 'direct', speaker: ZEL },
      ],
    ],
    [
      'sa at, coordinated og at',
      'Zelenskyj sa at krigen må ta slutt og at Ukraina trenger garantier.',
      [
        { text: 'krigen må ta slutt', kind: 'indirect', speaker: ZEL },
        { text: 'Ukraina trenger garantier', kind: 'indirect', speaker: ZEL },
      ],
    ],
    [
      'inverted verb and interview',
      'I et intervju med Axios sa Zelenskyj at samtalene var nyttige.',
      [{ text: 'samtalene var nyttige', kind: 'indirect', speaker: ZEL, channel: 'interview:Axios' }],
    ],
    [
      'ifølge, sentence end',
      'Minst tre personer ble drept, ifølge Zelenskyj.',
      [{ text: 'Minst tre personer ble drept', kind: 'indirect', speaker: ZEL }],
    ],
    [
      'cue inside content',
      'Russland, sa Zelenskyj, trenerer samtalene.',
      [{ text: 'Russland, sa Zelenskyj, trenerer samtalene', kind: 'indirect', speaker: ZEL }],
    ],
    [
      'country as speaker',
      'Ukraina sier at garantiene må komme først.',
      [{ text: 'garantiene må komme først', kind: 'indirect', speaker: 'ukraine' }],
    ],
    [
      'title resolves to the office holder',
      'Kremls talsperson sa at det ikke blir noe møte.',
      [{ text: 'det ikke blir noe møte', kind: 'indirect', speaker: 'dmitry-peskov' }],
    ],
    [
      'pronoun skips the wrong gender',
      'Olena Hrytsenko ringer mannen sin, Mykola Hrytsenko, hver kveld. Hun sier at det er stille nå.',
      [{ text: 'det er stille nå', kind: 'indirect', speaker: 'new:olena-hrytsenko' }],
    ],
    [
      'generic source gives null',
      'En kilde i delegasjonen sier at møtet er utsatt.',
      [{ text: 'møtet er utsatt', kind: 'indirect', speaker: null }],
    ],
    [
      'la til keeps the channel',
      'Zelenskyj skrev på Telegram at angrepet var brutalt. Han la til at Russland må stanses.',
      [
        { text: 'angrepet var brutalt', kind: 'indirect', speaker: ZEL, channel: 'Telegram' },
        { text: 'Russland må stanses', kind: 'indirect', speaker: ZEL, channel: 'Telegram' },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text, 'nb')).toEqual(expected);
  });

  it.each<[string, string]>([
    ['journalist sentence', 'Samtalene i Genève endte uten gjennombrudd.'],
    ['scare quotes around one word', 'Forslaget ble kalt en «fredsplan» av flere kommentatorer i avisen.'],
    ['book title', 'Boka «Krigen som aldri tok slutt» kom ut i fjor.'],
    ['verb without a clause', 'Zelenskyj sa ingenting om saken.'],
  ])('not a quote: %s', (_name, text) => {
    expect(quotesOf(text, 'nb')).toEqual([]);
  });
});

describe('quotes: English patterns', () => {
  it.each<[string, string, Expect[]]>([
    [
      'cue after, subject first',
      '"We will not give up," Zelenskyy said.',
      [{ text: 'We will not give up', kind: 'direct', speaker: ZEL }],
    ],
    [
      'cue after, verb first, apposition',
      '"The front is holding," said Ihor Terekhov, the mayor of Kharkiv.',
      [{ text: 'The front is holding', kind: 'direct', speaker: 'new:ihor-terekhov' }],
    ],
    [
      'said that with platform',
      'Zelenskyy wrote on Telegram that the attack was brutal.',
      [{ text: 'the attack was brutal', kind: 'indirect', speaker: ZEL, channel: 'Telegram' }],
    ],
    [
      'said without that',
      'Zelenskyy said the talks were useful.',
      [{ text: 'the talks were useful', kind: 'indirect', speaker: ZEL }],
    ],
    [
      'told an outlet',
      'Zelenskyy told CNN that the talks were useful.',
      [{ text: 'the talks were useful', kind: 'indirect', speaker: ZEL, channel: 'interview:CNN' }],
    ],
    [
      'told reporters',
      'Peskov told reporters that no meeting was planned.',
      [{ text: 'no meeting was planned', kind: 'indirect', speaker: 'dmitry-peskov', channel: 'press conference' }],
    ],
    [
      'according to',
      'Three people were killed, according to Ukraine’s air force.',
      [{ text: 'Three people were killed', kind: 'indirect', speaker: 'ukrainian-air-force' }],
    ],
    [
      'cue inside content',
      'The enemy, he said, would never win. ',
      [{ text: 'The enemy, he said, would never win', kind: 'indirect', speaker: null }],
    ],
    [
      'cue inside content after one short name',
      'Putin spoke on Saturday. Ukraine, he said, should follow Russia’s example. ',
      [{ text: 'Ukraine, he said, should follow Russia’s example', kind: 'indirect', speaker: 'vladimir-putin' }],
    ],
    [
      'title: the Kremlin spokesman',
      'The Kremlin spokesman told reporters that Europe was in the way.',
      [{ text: 'Europe was in the way', kind: 'indirect', speaker: 'dmitry-peskov', channel: 'press conference' }],
    ],
    [
      'capital stands for its country',
      'Kyiv says thousands remain in captivity.',
      [{ text: 'thousands remain in captivity', kind: 'indirect', speaker: 'ukraine' }],
    ],
    [
      'officials give null',
      'Officials said the power was back.',
      [{ text: 'the power was back', kind: 'indirect', speaker: null }],
    ],
    [
      'an unnamed official of a named body gives null',
      'A White House official said the talks would resume next week.',
      [{ text: 'the talks would resume next week', kind: 'indirect', speaker: null }],
    ],
    [
      'a participle phrase is no cue',
      'Asked about the meeting, Peskov told reporters that Europe was in the way.',
      [{ text: 'Europe was in the way', kind: 'indirect', speaker: 'dmitry-peskov', channel: 'press conference' }],
    ],
    [
      'headline form',
      'Zelenskyy: "Russia must feel pressure"',
      [{ text: 'Russia must feel pressure', kind: 'direct', speaker: ZEL }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text, 'en')).toEqual(expected);
  });

  it.each<[string, string]>([
    ['journalist sentence', 'The talks in Geneva ended without a breakthrough.'],
    ['scare quotes', 'The so-called "reassurance force" has no date yet for its first deployment.'],
    ['programme title', 'She appeared on "Face the Nation" on Sunday morning with two other guests.'],
  ])('not a quote: %s', (_name, text) => {
    expect(quotesOf(text, 'en')).toEqual([]);
  });
});

describe('quotes: German reported speech', () => {
  it('goes on quoting the last speaker in Konjunktiv, in the same paragraph too', () => {
    const got = quotesOf(
      'Trümmer einer Drohne hätten ein Wohnhaus beschädigt, schrieb Selenskyj auf Telegram. Verletzt worden sei niemand.',
      'de',
    );
    expect(got.map((q) => q.text)).toEqual([
      'Trümmer einer Drohne hätten ein Wohnhaus beschädigt',
      'Verletzt worden sei niemand',
    ]);
    expect(got.every((q) => q.speaker === ZEL)).toBe(true);
  });

  it('takes a separable reporting verb by its stem ("teilte … mit")', () => {
    const got = quotesOf('In der Anlage sei ein Brand ausgebrochen, teilte Selenskyj am Dienstag mit.', 'de');
    expect(got).toEqual([expect.objectContaining({ text: 'In der Anlage sei ein Brand ausgebrochen', speaker: ZEL })]);
  });

  it('quotes no sentence in the indicative after a quote', () => {
    const got = quotesOf('Die Lage sei ernst, sagte Selenskyj. Am Abend fiel in Kiew der Strom aus.', 'de');
    expect(got.map((q) => q.text)).toEqual(['Die Lage sei ernst']);
  });
});

describe('quotes: German speakers', () => {
  it('reads a Konjunktiv clause after a comma as what the verb reports, without "dass"', () => {
    const got = quotesOf(
      'Peskow bekräftigte am Montag, eine Waffenruhe sei erst denkbar, wenn die Sanktionen fallen.',
      'de',
    );
    expect(got).toEqual([
      expect.objectContaining({
        text: 'eine Waffenruhe sei erst denkbar, wenn die Sanktionen fallen',
        speaker: 'dmitry-peskov',
        kind: 'indirect',
      }),
    ]);
    // In the indicative the clause after the comma is the journalist's.
    expect(quotesOf('Peskow bekräftigte am Montag, die Gespräche gehen weiter.', 'de')).toEqual([]);
  });

  it('takes the subject right after a postposed verb, not a name before it', () => {
    const got = quotesOf('Trump verliert die Geduld. Er sei „sehr wütend“ auf Putin, sagte er am Sonntag.', 'de');
    expect(got).toEqual([expect.objectContaining({ text: 'sehr wütend', speaker: 'donald-trump' })]);
  });
});

describe('quotes: pronoun speakers after what is quoted', () => {
  it('never takes a name inside the quote for the "han" of its cue', () => {
    const got = quotesOf(
      'Trump var i Det ovale kontor mandag.\n\n– Jeg er skuffet over president Putin, sa han.',
      'nb',
    );
    expect(got).toEqual([
      expect.objectContaining({ text: 'Jeg er skuffet over president Putin', speaker: 'donald-trump' }),
    ]);
    const en = quotesOf('Trump spoke on Monday. "I am disappointed in Putin," he said.', 'en');
    expect(en).toEqual([expect.objectContaining({ speaker: 'donald-trump' })]);
  });
});
