/** Bokmål time expressions, resolved against a fixed publication day: Wednesday 18 February 2026. */
import { describe, expect, it } from 'vitest';
import { timesOf } from './testing.js';

const PUB = '2026-02-18';

const CASES: [text: string, expected: [string, string][]][] = [
  // Weekdays: past by default, the publication weekday is that same day.
  ['Samtalene i Genève ble avsluttet onsdag.', [['onsdag', '2026-02-18']]],
  ['Delegasjonene møttes tirsdag.', [['tirsdag', '2026-02-17']]],
  // The trap: a weekday later in the week than publication, in a past report, is last week's.
  ['Russland angrep fredag.', [['fredag', '2026-02-13']]],
  ['Russland angrep søndag med over 400 droner.', [['søndag', '2026-02-15']]],
  ['Torsdagens angrep var det største hittil.', [['Torsdagens', '2026-02-12']]],
  // Future and modal clauses take the coming one.
  ['Delegasjonene skal møtes igjen fredag.', [['fredag', '2026-02-20']]],
  ['Zelenskyj reiser til Washington mandag.', [['mandag', '2026-02-23']]],
  ['Det neste møtet kan holdes torsdag.', [['torsdag', '2026-02-19']]],
  ['Delegasjonene skal møtes onsdag.', [['onsdag', '2026-02-18']]],
  // The marker must be in the weekday's own clause.
  ['Umerov sa torsdag at partene vil møtes igjen.', [['torsdag', '2026-02-12']]],
  ['Umerov sa at partene vil møtes igjen torsdag.', [['torsdag', '2026-02-19']]],
  // "skal ha" is hearsay about the past.
  ['Russland skal ha angrepet Kyiv fredag.', [['fredag', '2026-02-13']]],
  ['Forrige onsdag ble avtalen signert.', [['Forrige onsdag', '2026-02-11']]],
  ['Sist mandag kom meldingen.', [['Sist mandag', '2026-02-16']]],
  ['Neste onsdag skal de møtes.', [['Neste onsdag', '2026-02-25']]],
  ['Han kom hjem i fredags.', [['i fredags', '2026-02-13']]],
  // Parts of day.
  ['Angrepet startet tirsdag kveld.', [['tirsdag kveld', '2026-02-17TEV']]],
  ['Det smalt onsdag morgen.', [['onsdag morgen', '2026-02-18TMO']]],
  ['Han landet søndagskvelden.', [['søndagskvelden', '2026-02-15TEV']]],
  ['Natt til onsdag angrep Russland Kyiv.', [['Natt til onsdag', '2026-02-18TNI']]],
  ['Natt til søndag sendte Russland rundt 470 droner.', [['Natt til søndag', '2026-02-15TNI']]],
  ['Natten til i dag ble Odesa angrepet.', [['Natten til i dag', '2026-02-18TNI']]],
  ['I natt angrep Russland energinettet.', [['I natt', '2026-02-18TNI']]],
  ['Russiske styrker angrep i løpet av natten.', [['i løpet av natten', '2026-02-18TNI']]],
  ['Statsministeren opplyste i går kveld at tre var drept.', [['i går kveld', '2026-02-17TEV']]],
  ['Rådet holder et hastemøte i kveld.', [['i kveld', '2026-02-18TEV']]],
  ['I morges kom det nye angrep.', [['I morges', '2026-02-18TMO']]],
  // Relative days.
  ['I dag er det fire år siden.', [['I dag', '2026-02-18']]],
  ['I går kunngjorde regjeringen en ny pakke.', [['I går', '2026-02-17']]],
  ['Det skjedde i forgårs.', [['i forgårs', '2026-02-16']]],
  ['Arbeidet fortsetter i morgen.', [['i morgen', '2026-02-19']]],
  ['Samtalene fortsetter i overmorgen.', [['i overmorgen', '2026-02-20']]],
  // Weeks and weekends (ISO weeks; week 8 of 2026 is 16–22 February).
  ['Forrige uke slapp russiske fly en glidebombe.', [['Forrige uke', '2026-W07']]],
  ['Neste uke skal han på rehabilitering.', [['Neste uke', '2026-W09']]],
  ['Det har vært rolig denne uken.', [['denne uken', '2026-W08']]],
  ['Nettselskapet håper å være ferdig om to uker.', [['om to uker', '2026-W10']]],
  ['For to uker siden falt byen.', [['For to uker siden', '2026-W06']]],
  ['For tre dager siden kom meldingen.', [['For tre dager siden', '2026-02-15']]],
  ['I helgen var det rolig ved fronten.', [['I helgen', '2026-02-14/2026-02-15']]],
  ['I helgen skal lederne møtes i London.', [['I helgen', '2026-02-21/2026-02-22']]],
  // Dates in every written form.
  ['Samtalene ble holdt 17. februar.', [['17. februar', '2026-02-17']]],
  ['Avtalen ble signert 17. februar 2025.', [['17. februar 2025', '2025-02-17']]],
  ['Avtalen er datert 17.2.2026.', [['17.2.2026', '2026-02-17']]],
  ['Den første runden ble holdt i samme by den 16.5.', [['den 16.5', '2025-05-16']]],
  ['Besøket ble utsatt til 10. mars.', [['10. mars', '2026-03-10']]],
  ['Forrige runde i Abu Dhabi ble holdt 23.–24. januar.', [['23.–24. januar', '2026-01-23/2026-01-24']]],
  ['Samtalene 17. og 18. februar endte uten gjennombrudd.', [['17. og 18. februar', '2026-02-17/2026-02-18']]],
  ['Forhandlingene pågikk fra tirsdag til torsdag.', [['fra tirsdag til torsdag', '2026-02-10/2026-02-12']]],
  ['Utvekslingen fortsetter lørdag og søndag.', [['lørdag og søndag', '2026-02-21/2026-02-22']]],
  ['Fra 28. februar til 2. mars var det stille.', [['Fra 28. februar til 2. mars', '2026-02-28/2026-03-02']]],
  ['Han møtte Trump tirsdag kl. 14.30.', [['tirsdag kl. 14.30', '2026-02-17T14:30']]],
  // Months and years.
  ['Det skjedde i februar i fjor.', [['februar i fjor', '2025-02']]],
  ['Angrepet i mars ble fordømt.', [['mars', '2025-03']]],
  ['Toppmøtet skal holdes i mars.', [['mars', '2026-03']]],
  ['Han overga seg i mai 2022.', [['mai 2022', '2022-05']]],
  ['Krigen har pågått siden 2014.', [['2014', '2014']]],
  ['Russland gjør det samme som i fjor.', [['i fjor', '2025']]],
  // Anniversaries and offsets.
  [
    'Forhandlingene ble avholdt en uke før fireårsdagen for Russlands fullskala invasjon av Ukraina.',
    [['en uke før fireårsdagen for Russlands fullskala invasjon', '2026-02-17']],
  ],
  ['Årsdagen for invasjonen markeres med minnestunder.', [['Årsdagen for invasjonen', '2026-02-24']]],
  ['Dagen før fireårsdagen for invasjonen kom nye angrep.', [['Dagen før fireårsdagen for invasjonen', '2026-02-23']]],
  ['To uker etter invasjonen var byen omringet.', [['To uker etter invasjonen', '2022-03-10']]],
  // Nothing to find.
  ['Kl. 06.20 meldte flyvåpenet om nye angrep.', []],
  ['Han har tre barn og bor i Oslo.', []],
  ['Møtet i Genève endte uten avtale.', []],
];

describe('nb time expressions (published Wednesday 2026-02-18)', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(timesOf('nb', text, PUB)).toEqual(expected);
  });

  it('reads a publication date-time by its date part', () => {
    expect(timesOf('nb', 'Russland angrep i går.', '2026-02-18T23:10:00+01:00')).toEqual([['i går', '2026-02-17']]);
  });

  it('resolves a date with its weekday to a year where they agree', () => {
    expect(timesOf('nb', 'Søndag 25. mai kom han hjem.', '2025-06-14')).toEqual([['Søndag 25. mai', '2025-05-25']]);
  });

  it('keeps only expressions with their own year when there is no publication date', () => {
    expect(timesOf('nb', 'Avtalen ble signert 17. februar 2025, og fredag kom svaret.')).toEqual([
      ['17. februar 2025', '2025-02-17'],
    ]);
  });
});
