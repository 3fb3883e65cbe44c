import { describe, expect, it } from 'vitest';
import { analyze, mentionsById } from '../../../test/analyze.js';

describe('entities: spelling families link to one entry', () => {
  it.each<[string, string, string, string[]]>([
    [
      'nb',
      'Zelenskyj møtte Zelensky, Zelenskij og Selenskyj.',
      'volodymyr-zelenskyy',
      ['Zelenskyj', 'Zelensky', 'Zelenskij', 'Selenskyj'],
    ],
    [
      'en',
      'Zelenskyy, Zelenskiy and Zelensky are one man.',
      'volodymyr-zelenskyy',
      ['Zelenskyy', 'Zelenskiy', 'Zelensky'],
    ],
    ['nb', 'Medinskij ledet delegasjonen, sa Medinsky.', 'vladimir-medinsky', ['Medinskij', 'Medinsky']],
    ['en', 'Officials in Kyiv and Kiev agreed.', 'kyiv', ['Kyiv', 'Kiev']],
    ['de', 'Die Delegation reiste von Kiew nach Genf.', 'kyiv', ['Kiew']],
  ])('%s: %s', (lang, text, id, forms) => {
    expect(mentionsById(analyze(text, lang))[id]).toEqual(forms);
  });
});

describe('entities: inflections', () => {
  it.each<[string, string, string, string]>([
    ['nb', 'Ukrainas president talte.', 'ukraine', 'Ukrainas'],
    ['nb', 'USAs utsending kom.', 'united-states', 'USAs'],
    ['nb', 'En Kreml-talsperson svarte.', 'kremlin', 'Kreml'],
    ['nb', 'Under NATO-toppmøtet ble det enighet.', 'nato', 'NATO'],
    ['nb', 'Russiske styrker angrep.', 'russia', 'Russiske'],
    ['nb', 'Det var de russiske styrkene.', 'russia', 'russiske'],
    ['en', "Russia's envoy spoke.", 'russia', "Russia's"],
    ['en', 'Ukrainian officials spoke.', 'ukraine', 'Ukrainian'],
    ['nb', 'Volodymyr Zelenskyjs tale var kort.', 'volodymyr-zelenskyy', 'Volodymyr Zelenskyjs'],
  ])('%s: %s', (lang, text, id, form) => {
    expect(mentionsById(analyze(text, lang))[id]).toContain(form);
  });
});

describe('entities: names outside the knowledge base, typed by their cues', () => {
  it.each<[string, string, string, 'PER' | 'ORG' | 'LOC']>([
    ['nb', 'Ordfører Ihor Terekhov sa at byen ble truffet.', 'new:ihor-terekhov', 'PER'],
    ['en', 'Ihor Terekhov, the mayor of Kharkiv, said the city was hit.', 'new:ihor-terekhov', 'PER'],
    ['nb', '– Vi er slitne, sier Olena Hrytsenko til Dagsavisen.', 'new:olena-hrytsenko', 'PER'],
    ['nb', 'Kampene fortsatte i Tsjasiv Jar-området og i Novopavlivka.', 'new:novopavlivka', 'LOC'],
    ['nb', 'Ukrainas innenriksdepartement opplyser at tre er drept.', 'new:ukrainas-innenriksdepartement', 'ORG'],
    ['en', "Ukraine's energy ministry said power was back.", 'new:ukraine-s-energy-ministry', 'ORG'],
    ['nb', 'Ifølge menneskerettighetsgruppen OVD-Info ble 300 pågrepet.', 'new:ovd-info', 'ORG'],
    // A compound ending in a title is a title, not part of the name.
    ['de', 'Entwicklungsministerin Reem Alabali Radovan sagte, es werde geliefert.', 'new:reem-alabali-radovan', 'PER'],
    ['nb', 'Utviklingsminister Åsmund Aukrust sa at pengene kommer.', 'new:asmund-aukrust', 'PER'],
  ])('%s: %s', (lang, text, id, type) => {
    const e = analyze(text, lang).entities.find((x) => x.id === id);
    expect(e?.type).toBe(type);
  });

  it('links a later surname to the new person', () => {
    const a = analyze('Ordfører Ihor Terekhov var i byen. Terekhov sa at alle var trygge.', 'nb');
    expect(mentionsById(a)['new:ihor-terekhov']).toEqual(['Ihor Terekhov', 'Terekhov']);
  });

  it('does not give a KB surname to another person with that surname', () => {
    const a = analyze('Taras Melnyk kom hjem fredag. Melnyk sier at han ble godt mottatt.', 'nb');
    expect(mentionsById(a)['new:taras-melnyk']).toEqual(['Taras Melnyk', 'Melnyk']);
    expect(mentionsById(a)['andriy-melnyk']).toBeUndefined();
  });
});

describe('entities: false positives stay out', () => {
  it.each<[string, string]>([
    ['nb', 'Mandag kom beskjeden. Februar var kald.'],
    ['nb', 'Samtalene fortsatte. Etter det ble det stille.'],
    ['en', 'Monday was quiet. The Long Armistice is a new book.'],
    ['nb', 'Det var enighet om veien videre, skrev avisen i en lederartikkel.'],
    ['nb', 'Foto: Reuters/NTB'],
    ['nb', 'Russland trakk seg tilbake. (©NTB)'],
    ['nb', 'Russland angrep byer i Øst-Ukraina og Sør-Russland.'],
  ])('%s: %s', (lang, text) => {
    const ids = analyze(text, lang).entities.map((e) => e.id);
    expect(ids.filter((i) => i !== 'russia' && i !== 'ukraine')).toEqual([]);
  });

  it('social platforms are channels, not entities', () => {
    const ids = analyze('Zelenskyj skrev på Telegram og på X at samtalene var nyttige.', 'nb').entities.map(
      (e) => e.id,
    );
    expect(ids).toEqual(['volodymyr-zelenskyy']);
  });
});
