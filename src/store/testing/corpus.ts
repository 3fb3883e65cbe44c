/**
 * Three small fictional articles (nb, en, de) with entities, quotes and events, for the store
 * conformance suite and the API tests.
 * @module
 */
import type { FixtureArticle, FixtureEntity } from './fixtures.js';

const ZELENSKY: FixtureEntity = {
  id: 'zelensky',
  type: 'PER',
  name: 'Volodymyr Zelensky',
  wikidata: 'Q3881739',
  forms: ['Zelenskyj', 'Selenskyj'],
};
const WITKOFF: FixtureEntity = { id: 'witkoff', type: 'PER', name: 'Steve Witkoff', forms: ['Witkoff'] };
const PUTIN: FixtureEntity = { id: 'putin', type: 'PER', name: 'Vladimir Putin', wikidata: 'Q7747', forms: ['Putin'] };
const GENEVA: FixtureEntity = { id: 'geneva', type: 'LOC', name: 'Geneva', wikidata: 'Q71', forms: ['Genève'] };
const RUSSIA: FixtureEntity = {
  id: 'RU',
  type: 'LOC',
  name: 'Russia',
  wikidata: 'Q159',
  forms: ['Russland', 'Russia'],
};
const KYIV: FixtureEntity = { id: 'kyiv', type: 'LOC', name: 'Kyiv', wikidata: 'Q1899', forms: ['Kyiv'] };

/** nb, 2026-01-12: a meeting in Geneva, a quote on X, and a drone attack on Kyiv. */
export const NB_ARTICLE: FixtureArticle = {
  id: 'nb-geneve',
  lang: 'nb',
  url: 'https://example.org/nb/geneve',
  title: 'Zelenskyj møtte Witkoff i Genève',
  source: 'Nordavisen',
  published: '2026-01-12T08:00:00+01:00',
  text: 'Zelenskyj møtte Witkoff i Genève mandag. «Vi er klare for fred», skrev Zelenskyj på X. Russland angrep Kyiv med droner natt til tirsdag.',
  entities: [ZELENSKY, WITKOFF, GENEVA, RUSSIA, KYIV],
  quotes: [{ id: 'q1', speaker: 'zelensky', text: 'Vi er klare for fred', channel: 'X', date: '2026-01-12' }],
  events: [
    {
      id: 'e1',
      type: 'CONSULT',
      trigger: 'møtte',
      actors: ['zelensky'],
      targets: ['witkoff'],
      location: 'geneva',
      date: '2026-01-12',
      modes: ['visit'],
    },
    {
      id: 'e2',
      type: 'ASSAULT',
      trigger: 'angrep',
      actors: ['RU'],
      targets: ['kyiv'],
      location: 'kyiv',
      date: '2026-01-13',
      modes: ['drone'],
      quantities: { drones: 40, killed: 2, injured: 5 },
    },
  ],
};

/** en, 2026-01-20: Putin on Telegram, and talks over two days in Geneva. */
export const EN_ARTICLE: FixtureArticle = {
  id: 'en-talks',
  lang: 'en',
  url: 'https://example.org/en/talks',
  title: 'Putin rejects pause as Geneva talks end',
  source: 'The Meridian Times',
  published: '2026-01-20',
  text: 'Putin said on Telegram that Russia would not pause its strikes. Witkoff held talks with Zelenskyj in Genève over two days.',
  entities: [PUTIN, RUSSIA, WITKOFF, ZELENSKY, GENEVA],
  quotes: [
    {
      id: 'q1',
      speaker: 'putin',
      kind: 'indirect',
      text: 'Russia would not pause its strikes',
      channel: 'Telegram',
    },
  ],
  events: [
    {
      id: 'e1',
      type: 'REJECT',
      trigger: 'would not pause',
      actors: ['putin'],
      targets: [],
      status: 'denied',
      date: '2026-01-20',
    },
    {
      id: 'e2',
      type: 'CONSULT',
      trigger: 'held talks',
      actors: ['witkoff'],
      targets: ['zelensky'],
      location: 'geneva',
      date: '2026-01-18/2026-01-19',
    },
  ],
};

/** de, no publication date: an interview with Axios. */
export const DE_ARTICLE: FixtureArticle = {
  id: 'de-interview',
  lang: 'de',
  title: 'Selenskyj fordert Patriot-Systeme',
  source: 'Rheinischer Morgen',
  text: 'Selenskyj sagte in einem Interview mit Axios: „Wir brauchen mehr Patriot-Systeme für Kyiv.“',
  entities: [ZELENSKY, KYIV],
  quotes: [
    { id: 'q1', speaker: 'zelensky', text: 'Wir brauchen mehr Patriot-Systeme für Kyiv.', channel: 'interview:Axios' },
  ],
  events: [{ id: 'e1', type: 'REQUEST', trigger: 'brauchen', actors: ['zelensky'], targets: [], status: 'occurred' }],
};

export const CORPUS: readonly FixtureArticle[] = [NB_ARTICLE, EN_ARTICLE, DE_ARTICLE];
