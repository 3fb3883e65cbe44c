import { describe, expect, it } from 'vitest';
import { createTrace } from '../../core/trace.js';
import { bundledKnowledgeBase } from '../../kb/bundled.js';
import type { PipelineDoc } from '../doc.js';
import { createPipeline } from '../pipeline.js';
import type { StageContext } from '../stage.js';
import { detectLangStage } from './detect-lang.js';
import { segmentStage } from './segment.js';
import { timesStage } from './times.js';

const TEXT =
  'Samtalene i Genève ble avsluttet onsdag. Natt til tirsdag sendte Russland rundt 400 droner mot Ukraina.\n\n' +
  'Tre personer ble drept, og delegasjonene skal møtes igjen fredag.';

function analysed(published?: string): PipelineDoc {
  const ctx: StageContext = { trace: createTrace(false), lang: 'nb', kb: bundledKnowledgeBase() };
  let doc: PipelineDoc = { article: { id: 't', lang: '', text: TEXT, ...(published ? { published } : {}) } };
  for (const stage of [detectLangStage, segmentStage, timesStage]) doc = stage.run(doc, ctx);
  return doc;
}

describe('times stage', () => {
  it('declares what it needs and gives', () => {
    expect(timesStage.name).toBe('times');
    expect(timesStage.requires).toEqual(['lang', 'sentences', 'tokens']);
    expect(timesStage.provides).toEqual(['times', 'quantities']);
    expect(() => createPipeline([detectLangStage, segmentStage, timesStage])).not.toThrow();
  });

  it('fills doc.times resolved against the publication date, with rules', () => {
    const doc = analysed('2026-02-18');
    expect(doc.times?.map((t) => [t.span.text, t.value, t.granularity, t.rule])).toEqual([
      ['onsdag', '2026-02-18', 'day', 'nb.time.weekday-past'],
      ['Natt til tirsdag', '2026-02-17TNI', 'part-of-day', 'nb.time.night-before'],
      ['fredag', '2026-02-20', 'day', 'nb.time.weekday-future'],
    ]);
    for (const t of doc.times ?? []) expect(TEXT.slice(t.span.start, t.span.end)).toBe(t.span.text);
  });

  it('stores the quantities of each sentence with its index', () => {
    const doc = analysed('2026-02-18');
    expect(doc.quantities?.map((q) => [q.sentence, q.span.text, q.value, q.kind])).toEqual([
      [1, 'rundt 400', 400, 'drones'],
      [2, 'Tre', 3, 'killed'],
    ]);
  });

  it('keeps quantities and drops relative times when the article has no publication date', () => {
    const doc = analysed();
    expect(doc.times).toEqual([]);
    expect(doc.quantities).toHaveLength(2);
  });

  it('puts the times in the analysis record when run in a pipeline', () => {
    const { analysis } = createPipeline([detectLangStage, segmentStage, timesStage]).run({
      text: TEXT,
      published: '2026-02-18',
    });
    expect(analysis.times?.map((t) => t.value)).toEqual(['2026-02-18', '2026-02-17TNI', '2026-02-20']);
  });
});
