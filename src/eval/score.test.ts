import { describe, expect, it } from 'vitest';
import { span } from '../core/span.js';
import type { Analysis, Entity, Event, Quote } from '../schema/analysis.js';
import type { GoldArticle } from './gold.js';
import { checkGold } from './gold.js';
import { tokenF1 } from './match.js';
import { prf, summarize } from './report.js';
import { failedArticle, scoreArticle } from './score.js';

const TEXT =
  'Zelenskyj sa at Russland må trekke seg ut. Witkoff skrev på X at samtalene i Genève gikk bra. Russland angrep Kyiv natt til tirsdag.';

const at = (s: string, from = 0) => {
  const i = TEXT.indexOf(s, from);
  if (i < 0) throw new Error(`not in text: ${s}`);
  return span(TEXT, i, i + s.length);
};

const ent = (id: string, type: Entity['type'], name: string, ...forms: string[]): Entity => ({
  id,
  type,
  name,
  mentions: forms.map((f) => at(f)),
});

const quote = (id: string, speaker: string | null, text: string, channel?: string): Quote => ({
  id,
  speaker,
  kind: 'indirect',
  text,
  span: at(text),
  ...(channel ? { channel } : {}),
});

const event = (e: Partial<Event> & Pick<Event, 'type' | 'actors'>): Event => ({
  id: 'e',
  modes: [],
  targets: [],
  status: 'occurred',
  trigger: at('angrep'),
  evidence: at('Russland angrep Kyiv natt til tirsdag.'),
  ...e,
});

const gold = (): GoldArticle => ({
  id: 'g1',
  lang: 'nb',
  published: '2026-02-18',
  text: TEXT,
  entities: [
    { name: 'Volodymyr Zelenskyy', type: 'PER', aliases: ['Zelenskyj'] },
    { name: 'Steve Witkoff', type: 'PER', aliases: ['Witkoff'] },
    { name: 'Russia', type: 'LOC', aliases: ['Russland'] },
    { name: 'Geneva', type: 'LOC', aliases: ['Genève'] },
    { name: 'Kyiv', type: 'LOC', aliases: [] },
  ],
  quotes: [
    { speaker: 'Volodymyr Zelenskyy', kind: 'indirect', text: 'Russland må trekke seg ut' },
    { speaker: 'Steve Witkoff', kind: 'indirect', text: 'samtalene i Genève gikk bra', channel: 'X' },
  ],
  events: [
    { type: 'ASSAULT', actors: ['Russia'], targets: ['Ukraine'], location: 'Kyiv', date: '2026-02-17', killed: 3 },
  ],
});

const analysis = (a: Partial<Analysis>): Analysis => ({
  schema: 'parley.analysis/1',
  article: { id: 'g1', lang: 'nb', text: TEXT },
  entities: [],
  quotes: [],
  events: [],
  ...a,
});

const ENTITIES = [
  ent('volodymyr-zelenskyy', 'PER', 'Volodymyr Zelenskyy', 'Zelenskyj'),
  ent('steve-witkoff', 'PER', 'Steve Witkoff', 'Witkoff'),
  ent('russia', 'LOC', 'Russia', 'Russland'),
  ent('geneva', 'LOC', 'Geneva', 'Genève'),
  ent('kyiv', 'LOC', 'Kyiv', 'Kyiv'),
];

describe('entities', () => {
  it('matches by name, mention text or alias, after folding', () => {
    const s = scoreArticle(analysis({ entities: ENTITIES }), gold());
    expect(s.entities).toEqual({ tp: 5, fp: 0, fn: 0 });
  });

  it('needs the same type', () => {
    const s = scoreArticle(analysis({ entities: [ent('kyiv', 'ORG', 'Kyiv', 'Kyiv')] }), gold());
    expect(s.entities).toEqual({ tp: 0, fp: 1, fn: 5 });
  });

  it('counts a duplicate of a matched gold entity as a false positive', () => {
    const dup = ent('new:zelenskyj', 'PER', 'Zelenskyj', 'Zelenskyj');
    const s = scoreArticle(analysis({ entities: [...ENTITIES, dup] }), gold());
    expect(s.entities).toEqual({ tp: 5, fp: 1, fn: 0 });
  });

  it('folds accents, case and punctuation: "GENEVE" matches "Genève"', () => {
    const s = scoreArticle(analysis({ entities: [{ id: 'x', type: 'LOC', name: 'GENEVE!', mentions: [] }] }), gold());
    expect(s.entities.tp).toBe(1);
  });
});

describe('quotes', () => {
  it('matches a partial overlap of at least 0.5 token F1 and checks the speaker', () => {
    const q = [
      quote('q1', 'volodymyr-zelenskyy', 'Russland må trekke seg'),
      quote('q2', 'russia', 'samtalene i Genève gikk bra', 'X'),
    ];
    const s = scoreArticle(analysis({ entities: ENTITIES, quotes: q }), gold());
    expect(s.quotes.detection).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.quotes.attributed).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.quotes.speaker).toEqual({ correct: 1, total: 2 });
    expect(s.quotes.channel).toEqual({ correct: 2, total: 2 });
  });

  it('does not match an overlap under 0.5', () => {
    const s = scoreArticle(analysis({ entities: ENTITIES, quotes: [quote('q1', null, 'Russland')] }), gold());
    expect(s.quotes.detection).toEqual({ tp: 0, fp: 1, fn: 2 });
  });

  it('matches one to one, best overlap first: a duplicate quote is a false positive', () => {
    const q = [
      quote('q1', 'volodymyr-zelenskyy', 'Russland må trekke seg ut'),
      quote('q2', 'volodymyr-zelenskyy', 'Russland må trekke seg ut'),
    ];
    const s = scoreArticle(analysis({ entities: ENTITIES, quotes: q }), gold());
    expect(s.quotes.detection).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('a speaker resolved through an alias counts as right; null matches null only', () => {
    const g = gold();
    g.quotes[0]!.speaker = null;
    const q = [
      quote('q1', null, 'Russland må trekke seg ut'),
      quote('q2', 'steve-witkoff', 'samtalene i Genève gikk bra'),
    ];
    const s = scoreArticle(analysis({ entities: ENTITIES, quotes: q }), g);
    expect(s.quotes.speaker).toEqual({ correct: 2, total: 2 });
    expect(s.quotes.channel).toEqual({ correct: 1, total: 2 });
  });
});

describe('events', () => {
  const right = event({
    type: 'ASSAULT',
    actors: ['russia'],
    location: 'kyiv',
    date: '2026-02-17',
    quantities: { killed: 3 },
  });

  it('matches same type with an actor in common and counts a full match', () => {
    const s = scoreArticle(analysis({ entities: ENTITIES, events: [right] }), gold());
    expect(s.events.match).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.events.full).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.events.attributes.killed).toEqual({ correct: 1, total: 1 });
  });

  it('a match with the wrong killed count is not full', () => {
    const s = scoreArticle(analysis({ entities: ENTITIES, events: [{ ...right, quantities: { killed: 2 } }] }), gold());
    expect(s.events.match.tp).toBe(1);
    expect(s.events.full.tp).toBe(0);
  });

  it('an interval overlapping the gold day matches, but the date is not exact', () => {
    const s = scoreArticle(
      analysis({ entities: ENTITIES, events: [{ ...right, date: '2026-02-16/2026-02-17' }] }),
      gold(),
    );
    expect(s.events.match.tp).toBe(1);
    expect(s.events.attributes.date).toEqual({ correct: 0, total: 1 });
  });

  it('no match for another type, no common actor, or disjoint dates', () => {
    for (const bad of [
      { ...right, type: 'COERCE' as const },
      { ...right, actors: ['kyiv'] },
      { ...right, date: '2026-02-10' },
    ]) {
      const s = scoreArticle(analysis({ entities: ENTITIES, events: [bad] }), gold());
      expect(s.events.match).toEqual({ tp: 0, fp: 1, fn: 1 });
    }
  });

  it('events without actors on both sides match', () => {
    const g = gold();
    g.events = [{ type: 'PROTEST' }];
    const s = scoreArticle(analysis({ events: [event({ type: 'PROTEST', actors: [] })] }), g);
    expect(s.events.match.tp).toBe(1);
  });
});

describe('empty output and missing article', () => {
  it('empty output: everything is missed, precision counts as 0 with gold present', () => {
    const m = summarize([scoreArticle(analysis({}), gold())]);
    expect(m.entities).toMatchObject({ tp: 0, fp: 0, fn: 5, precision: 0, recall: 0, f1: 0 });
  });

  it('a failed article scores as empty and is flagged', () => {
    const s = failedArticle(gold(), 'E_STAGE_FAILED: boom');
    expect(s.error).toContain('boom');
    expect(summarize([s]).failed).toBe(1);
    expect(s.quotes.detection.fn).toBe(2);
  });

  it('nothing to find and nothing found is perfect', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('micro-averages over articles', () => {
    const a = scoreArticle(analysis({ entities: ENTITIES }), gold());
    const b = scoreArticle(analysis({}), gold());
    expect(summarize([a, b]).entities).toMatchObject({ tp: 5, fn: 5, recall: 0.5, precision: 1 });
  });

  it('counts broken spans', () => {
    const broken = ent('kyiv', 'LOC', 'Kyiv', 'Kyiv');
    broken.mentions[0] = { ...broken.mentions[0]!, start: 0 };
    expect(scoreArticle(analysis({ entities: [broken] }), gold()).brokenSpans).toBe(1);
  });
});

describe('tokenF1 and checkGold', () => {
  it('computes bag-of-token F1', () => {
    expect(tokenF1(['a', 'b', 'c', 'd'], ['a', 'b'])).toBeCloseTo(2 / 3);
    expect(tokenF1(['a', 'a'], ['a'])).toBeCloseTo(2 / 3);
    expect(tokenF1([], ['a'])).toBe(0);
  });

  it('reports a quote that is not in the text and an unknown actor', () => {
    const g = gold() as unknown as GoldArticle;
    g.quotes.push({ speaker: null, kind: 'direct', text: 'not there' });
    g.events.push({ type: 'CONSULT', actors: ['Atlantis'] });
    const problems = checkGold(g);
    expect(problems.some((p) => p.includes('quotes[2].text'))).toBe(true);
    expect(problems.some((p) => p.includes('"Atlantis"'))).toBe(true);
  });
});
