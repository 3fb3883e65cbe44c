import { describe, expect, it } from 'vitest';
import { ParleyError } from '../core/errors.js';
import { validateAnalysis } from '../schema/validate.js';
import { defaultPipeline } from './default.js';
import { createPipeline } from './pipeline.js';
import type { Stage } from './stage.js';

const noop = (name: string, requires: Stage['requires'], provides: Stage['provides']): Stage => ({
  name,
  requires,
  provides,
  run: (doc) => doc,
});

describe('createPipeline', () => {
  it('refuses a stage whose requirement no earlier stage provides', () => {
    const build = () => createPipeline([noop('quotes', ['sentences', 'entities'], ['quotes'])]);
    expect(build).toThrowError(ParleyError);
    try {
      build();
    } catch (e) {
      expect((e as ParleyError).code).toBe('E_STAGE_REQUIRES');
      expect((e as ParleyError).message).toContain('sentences, entities');
    }
  });

  it('accepts requirements met in order', () => {
    const p = createPipeline([noop('a', ['text'], ['lang']), noop('b', ['lang'], ['sentences'])]);
    expect(p.stages.map((s) => s.name)).toEqual(['a', 'b']);
  });

  it('wraps a failing stage with its name and the article id', () => {
    const boom: Stage = {
      name: 'boom',
      requires: ['text'],
      provides: [],
      run: () => {
        throw new TypeError('x is undefined');
      },
    };
    try {
      createPipeline([boom]).run({ id: 'art-7', text: 'Hei.' });
      expect.unreachable();
    } catch (e) {
      const err = e as ParleyError;
      expect(err.code).toBe('E_STAGE_FAILED');
      expect(err.stage).toBe('boom');
      expect(err.articleId).toBe('art-7');
      expect(err.cause).toBeInstanceOf(TypeError);
    }
  });
});

describe('default pipeline', () => {
  it('produces a valid record with segments for a Norwegian text', () => {
    const { analysis } = defaultPipeline().run({
      text: 'Samtalene i Genève ble avsluttet onsdag. Det ble ikke enighet.',
    });
    expect(analysis.article.lang).toBe('nb');
    expect(analysis.article.id).toMatch(/^a-[0-9a-f]{16}$/);
    expect(validateAnalysis(analysis)).toEqual([]);
  });

  it('gives the same content id for the same text', () => {
    const a = defaultPipeline().run({ text: 'Talks ended on Wednesday.' }).analysis.article.id;
    const b = defaultPipeline().run({ text: 'Talks ended on Wednesday.\n' }).analysis.article.id;
    expect(a).toBe(b);
  });

  it('records the language rule in the trace only when asked', () => {
    const on = defaultPipeline().run({ text: 'The talks ended.' }, { trace: true }).trace.entries();
    const off = defaultPipeline().run({ text: 'The talks ended.' }).trace.entries();
    expect(on.map((t) => t.rule)).toContain('lang.detected');
    expect(off).toEqual([]);
  });

  it('refuses a forced language without a pack', () => {
    expect(() => defaultPipeline().run({ text: 'Bonjour.' }, { lang: 'fr' })).toThrowError(/no language pack/);
  });
});
