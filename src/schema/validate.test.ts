import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.js';
import { checkSpans, validateAnalysis } from './validate.js';

const text = 'Zelenskyj sa at krigen må ta slutt.';
const good = (): Analysis => ({
  schema: 'parley.analysis/1',
  article: { id: 'a1', lang: 'nb', text, published: '2026-02-18' },
  entities: [
    {
      id: 'volodymyr-zelenskyy',
      type: 'PER',
      name: 'Volodymyr Zelenskyy',
      mentions: [{ start: 0, end: 9, text: 'Zelenskyj' }],
    },
  ],
  quotes: [
    {
      id: 'q1',
      speaker: 'volodymyr-zelenskyy',
      kind: 'indirect',
      text: 'krigen må ta slutt',
      span: { start: 16, end: 34, text: 'krigen må ta slutt' },
      cue: { start: 10, end: 12, text: 'sa' },
    },
  ],
  events: [],
  times: [],
});

describe('validateAnalysis', () => {
  it('accepts a well-formed record', () => {
    expect(validateAnalysis(good())).toEqual([]);
  });

  it('names the path of a wrong field', () => {
    const bad = good() as unknown as { quotes: { kind: string }[] };
    (bad.quotes[0] as { kind: string }).kind = 'paraphrase';
    expect(validateAnalysis(bad)).toEqual([expect.objectContaining({ path: 'quotes[0].kind' })]);
  });

  it('rejects a wrong schema id and a bad event date', () => {
    const r = good() as unknown as Record<string, unknown>;
    r.schema = 'parley.analysis/2';
    r.events = [
      {
        id: 'e1',
        type: 'CONSULT',
        modes: [],
        actors: [],
        targets: [],
        status: 'occurred',
        date: '17 Feb',
        trigger: { start: 0, end: 1, text: 'Z' },
        evidence: { start: 0, end: 1, text: 'Z' },
      },
    ];
    const paths = validateAnalysis(r).map((i) => i.path);
    expect(paths).toContain('schema');
    expect(paths).toContain('events[0].date');
  });

  it('rejects an unknown event type', () => {
    const r = good();
    r.events.push({
      id: 'e1',
      type: 'INVADE' as never,
      modes: [],
      actors: [],
      targets: [],
      status: 'occurred',
      trigger: { start: 0, end: 1, text: 'Z' },
      evidence: { start: 0, end: 1, text: 'Z' },
    });
    expect(validateAnalysis(r).map((i) => i.path)).toEqual(['events[0].type']);
  });
});

describe('checkSpans', () => {
  it('finds no broken span in a correct record', () => {
    expect(checkSpans(good())).toEqual([]);
  });

  it('reports a span whose offsets slice to other text', () => {
    const r = good();
    (r.entities[0] as { mentions: { start: number }[] }).mentions[0]!.start = 1;
    const issues = checkSpans(r);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('entities[0].mentions[0]');
  });

  it('reports a span past the end of the text', () => {
    const r = good();
    r.quotes[0]!.cue = { start: 30, end: 99, text: 'x' };
    expect(checkSpans(r).map((i) => i.path)).toEqual(['quotes[0].cue']);
  });
});
