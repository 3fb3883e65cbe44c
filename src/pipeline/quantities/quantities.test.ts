/** Quantities in every pack: digits with each separator, number words, hedges, kinds, and what is not a quantity. */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lang/index.js';
import type { LangCode } from '../../lang/types.js';
import { findQuantities } from './find-quantities.js';

/** A quantity as a compact tuple: span text, value, approximate, kind or unit ("" when none). */
type Q = [span: string, value: number, approximate: boolean, kindOrUnit: string];

function quantitiesOf(lang: LangCode, text: string): Q[] {
  return findQuantities(text, { start: 0, end: text.length }, PACKS[lang]).map((q) => [
    q.span.text,
    q.value,
    q.approximate,
    q.kind ?? q.unit ?? '',
  ]);
}

const CASES: [lang: LangCode, text: string, expected: Q[]][] = [
  // Digits and separators.
  [
    'nb',
    'Natt til søndag sendte Russland rundt 470 droner og sju missiler mot Ukraina.',
    [
      ['rundt 470', 470, true, 'drones'],
      ['sju', 7, false, 'missiles'],
    ],
  ],
  ['nb', 'Rundt 16 000 mennesker bor i byen.', [['Rundt 16 000', 16000, true, 'people']]],
  ['nb', 'Over 1\u00a0000 soldater ble sendt.', [['Over 1\u00a0000', 1000, true, 'soldiers']]],
  ['nb', 'Russland har mistet 2\u202f500 stridsvogner.', [['2\u202f500', 2500, false, 'tanks']]],
  ['nb', 'Hele 1.000 droner ble skutt ned.', [['1.000', 1000, false, 'drones']]],
  ['de', 'Russland feuerte 1.000 Drohnen ab.', [['1.000', 1000, false, 'drones']]],
  ['da', 'Rusland sendte 1.000 droner.', [['1.000', 1000, false, 'drones']]],
  ['en', 'Moscow has 1,000 prisoners of war.', [['1,000', 1000, false, 'prisoners']]],
  ['nb', 'Prisene steg med 12,5 prosent.', [['12,5', 12.5, false, '%']]],
  ['en', 'Prices rose 12.5 percent.', [['12.5', 12.5, false, '%']]],
  ['nb', 'Norge gir 2 mrd. kroner i støtte.', [['2 mrd', 2e9, false, 'NOK']]],
  ['nb', 'Over 1,5 millioner mennesker har flyktet.', [['Over 1,5 millioner', 1.5e6, true, 'people']]],
  ['en', 'Some 3 million people fled.', [['Some 3 million', 3e6, true, 'people']]],
  ['en', 'The EU approved a $5 billion loan.', [['$5 billion', 5e9, false, 'USD']]],
  ['en', 'The fund holds $5bn.', [['$5bn', 5e9, false, 'USD']]],
  // Number words.
  [
    'nb',
    'To hundre soldater og tjuefem sivile ble evakuert.',
    [
      ['To hundre', 200, false, 'soldiers'],
      ['tjuefem', 25, false, 'civilians'],
    ],
  ],
  ['nb', 'De utvekslet to hundre og femti krigsfanger.', [['to hundre og femti', 250, false, 'prisoners']]],
  ['en', 'They swapped two hundred and fifty prisoners.', [['two hundred and fifty', 250, false, 'prisoners']]],
  ['en', 'Twenty-five civilians were evacuated.', [['Twenty-five', 25, false, 'civilians']]],
  [
    'da',
    'Femogtyve soldater og halvtreds droner.',
    [
      ['Femogtyve', 25, false, 'soldiers'],
      ['halvtreds', 50, false, 'drones'],
    ],
  ],
  [
    'de',
    'Fünfundzwanzig Raketen und zweihundert Drohnen.',
    [
      ['Fünfundzwanzig', 25, false, 'missiles'],
      ['zweihundert', 200, false, 'drones'],
    ],
  ],
  [
    'sv',
    'Tjugofem drönare och tvåhundra soldater.',
    [
      ['Tjugofem', 25, false, 'drones'],
      ['tvåhundra', 200, false, 'soldiers'],
    ],
  ],
  ['nb', 'En million mennesker er uten strøm.', [['En million', 1e6, false, 'people']]],
  // Vague numbers and hedges.
  [
    'nb',
    'Hundrevis av droner og flere hundre soldater.',
    [
      ['Hundrevis', 200, true, 'drones'],
      ['flere hundre', 200, true, 'soldiers'],
    ],
  ],
  ['nb', 'Tusenvis av mennesker søkte tilflukt.', [['Tusenvis', 2000, true, 'people']]],
  [
    'en',
    'Dozens of drones and hundreds of people.',
    [
      ['Dozens', 24, true, 'drones'],
      ['hundreds', 200, true, 'people'],
    ],
  ],
  ['nb', 'Russland skjøt opp mot 30 kryssermissiler.', [['opp mot 30', 30, true, 'missiles']]],
  ['nb', 'Putin innkalte om lag 300 000 reservister.', [['om lag 300 000', 300000, true, 'troops']]],
  [
    'nb',
    'Ca. 400 droner og nesten 41 fly.',
    [
      ['Ca. 400', 400, true, 'drones'],
      ['nesten 41', 41, true, 'aircraft'],
    ],
  ],
  ['nb', 'Drøyt 200 kamikazedroner ble skutt ned.', [['Drøyt 200', 200, true, 'drones']]],
  [
    'en',
    'Up to 150 missiles and more than 70 drones.',
    [
      ['Up to 150', 150, true, 'missiles'],
      ['more than 70', 70, true, 'drones'],
    ],
  ],
  // Casualties: noun, verb before, verb after.
  [
    'nb',
    'Minst 57 drepte og 169 såret.',
    [
      ['Minst 57', 57, true, 'killed'],
      ['169', 169, false, 'injured'],
    ],
  ],
  ['nb', 'Angrepet drepte tre personer.', [['tre', 3, false, 'killed']]],
  [
    'nb',
    'Tre personer ble drept, og 12 ble skadet.',
    [
      ['Tre', 3, false, 'killed'],
      ['12', 12, false, 'injured'],
    ],
  ],
  [
    'en',
    'The strike killed at least five people and injured 23.',
    [
      ['at least five', 5, true, 'killed'],
      ['23', 23, false, 'injured'],
    ],
  ],
  [
    'en',
    'Russia fired 18 missiles, killing three people.',
    [
      ['18', 18, false, 'missiles'],
      ['three', 3, false, 'killed'],
    ],
  ],
  [
    'en',
    'Three people were killed and 12 injured.',
    [
      ['Three', 3, false, 'killed'],
      ['12', 12, false, 'injured'],
    ],
  ],
  ['en', 'The strike left 12 dead.', [['12', 12, false, 'killed']]],
  ['en', 'The death toll rose to 34.', [['34', 34, false, 'killed']]],
  ['en', 'One person was killed in the attack.', [['One', 1, false, 'killed']]],
  [
    'de',
    'Mindestens 34 Menschen wurden getötet und 117 verletzt.',
    [
      ['Mindestens 34', 34, true, 'killed'],
      ['117', 117, false, 'injured'],
    ],
  ],
  ['sv', 'Minst 12 personer dödades.', [['Minst 12', 12, true, 'killed']]],
  ['da', 'Mindst 230 krigsfanger kom hjem.', [['Mindst 230', 230, true, 'prisoners']]],
  [
    'nn',
    'Tre personar vart drepne og om lag 400 dronar skotne ned.',
    [
      ['Tre', 3, false, 'killed'],
      ['om lag 400', 400, true, 'drones'],
    ],
  ],
  // Not quantities: years, clock times, dates, ordinals, phone numbers, model names, lone "one".
  ['nb', 'Krigen startet i 2022.', []],
  ['nb', 'Kl. 14.30 kom meldingen.', []],
  ['nb', '06.20 Nye eksplosjoner i Kyiv.', []],
  ['nb', 'Samtalene 17. februar og 17.–18. mars.', []],
  ['nb', 'Den første runden ble holdt den 16.5.', []],
  ['nb', 'Den tredje runden og den 3. runden.', []],
  ['nb', 'Ring tlf. 22 33 44 55 for hjelp.', []],
  ['nb', 'Nettselskapet håper å være ferdig om to uker.', []],
  ['nb', 'Ukraina fikk F-16-fly og G7-landenes støtte.', []],
  ['en', 'The war began in 2022 and the talks at 2 p.m. on February 17.', []],
  ['en', 'It was the 3rd round; call +1 555 123 4567.', []],
  ['en', 'One of them said so.', []],
  ['de', 'Das Treffen begann um 14.30 Uhr.', []],
  // A year-like number that counts something is a quantity.
  ['nb', 'Russland sendte 2000 soldater.', [['2000', 2000, false, 'soldiers']]],
];

describe('findQuantities', () => {
  it.each(CASES)('%s: %s', (lang, text, expected) => {
    expect(quantitiesOf(lang, text)).toEqual(expected);
  });

  it('sets spans that slice the text exactly and a rule per quantity', () => {
    const text = 'Tekst før. Russland sendte rundt 470 droner.';
    const [q] = findQuantities(text, { start: 11, end: text.length }, PACKS.nb);
    expect(q && text.slice(q.span.start, q.span.end)).toBe('rundt 470');
    expect(q?.rule).toBe('nb.quantity.digits');
  });

  it('finds nothing in odd text', () => {
    expect(quantitiesOf('en', '')).toEqual([]);
    expect(quantitiesOf('nb', '§§§ ,,, 0x1F --- 9/11 24/7')).toEqual([]);
  });
});
