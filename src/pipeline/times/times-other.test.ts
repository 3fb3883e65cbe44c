/** Nynorsk, Swedish, Danish and German time expressions, a few cases each, on fixed publication days. */
import { describe, expect, it } from 'vitest';
import type { LangCode } from '../../lang/types.js';
import { timesOf } from './testing.js';

const CASES: [lang: LangCode, text: string, published: string, expected: [string, string][]][] = [
  ['nn', 'Russland angreip fredag.', '2026-02-18', [['fredag', '2026-02-13']]],
  ['nn', 'Natt til onsdag vart Kyiv råka.', '2026-02-18', [['Natt til onsdag', '2026-02-18TNI']]],
  ['nn', 'I går kveld kom meldinga.', '2026-02-18', [['I går kveld', '2026-02-17TEV']]],
  ['nn', 'Førre veke var det roleg.', '2026-02-18', [['Førre veke', '2026-W07']]],
  ['nn', 'Delegasjonane skal møtast måndag.', '2026-02-18', [['måndag', '2026-02-23']]],
  ['sv', 'Natten till tisdagen rämnade dammen.', '2023-06-07', [['Natten till tisdagen', '2023-06-06TNI']]],
  ['sv', 'Kuleba skrev på Twitter i går.', '2023-06-07', [['i går', '2023-06-06']]],
  ['sv', 'Trump kom till middagen i tisdags.', '2025-06-26', [['i tisdags', '2025-06-24']]],
  ['sv', 'De träffades på onsdagseftermiddagen.', '2025-06-26', [['onsdagseftermiddagen', '2025-06-25TAF']]],
  ['sv', 'Förra veckan föll staden.', '2026-02-18', [['Förra veckan', '2026-W07']]],
  ['sv', 'Avtalet undertecknades den 17 februari 2025.', '2026-02-18', [['den 17 februari 2025', '2025-02-17']]],
  ['sv', 'Delegationerna ska mötas på fredag.', '2026-02-18', [['fredag', '2026-02-20']]],
  ['da', 'Ukraine og Rusland har lørdag udvekslet 230 krigsfanger.', '2024-08-24', [['lørdag', '2024-08-24']]],
  [
    'da',
    'Det oplyste Det Hvide Hus tirsdag aften efter tre dages forhandlinger.',
    '2025-03-26',
    [['tirsdag aften efter tre dages', '2025-03-23/2025-03-25']],
  ],
  ['da', 'Ukraine indledte den 6. august sit indfald.', '2024-08-24', [['den 6. august', '2024-08-06']]],
  ['da', 'Aftalen blev indgået i sidste uge.', '2025-03-26', [['sidste uge', '2025-W12']]],
  ['da', 'Der var ingen parader i år.', '2024-08-24', [['i år', '2024']]],
  ['de', 'Der FSB hatte bereits am Freitag ein Verfahren eingeleitet.', '2023-06-25', [['Freitag', '2023-06-23']]],
  ['de', 'Peskow sprach am späten Samstagabend.', '2023-06-25', [['Samstagabend', '2023-06-24TEV']]],
  ['de', 'In der Nacht zu Mittwoch griff Russland an.', '2026-02-18', [['In der Nacht zu Mittwoch', '2026-02-18TNI']]],
  ['de', 'Die Gespräche gehen morgen weiter.', '2026-02-18', [['morgen', '2026-02-19']]],
  ['de', 'Die Angriffe begannen am Morgen.', '2026-02-18', []],
  ['de', 'Der Vertrag wurde am 17. Februar 2026 unterzeichnet.', '2026-02-18', [['am 17. Februar 2026', '2026-02-17']]],
  ['de', 'Vergangene Woche fiel die Stadt.', '2026-02-18', [['Vergangene Woche', '2026-W07']]],
  [
    'de',
    'Kiew gedachte des vierten Jahrestages des Einmarsches.',
    '2026-02-18',
    [['vierten Jahrestages des Einmarsches', '2026-02-24']],
  ],
];

describe('time expressions in nn, sv, da and de', () => {
  it.each(CASES)('%s: %s (published %s)', (lang, text, published, expected) => {
    expect(timesOf(lang, text, published)).toEqual(expected);
  });
});
