/**
 * Time expressions and stated quantities, sentence by sentence: fills `doc.times` (normalised
 * against the publication date) and `doc.quantities` (with sentence indexes, for the events).
 * @module
 */
import { ParleyError } from '../../core/errors.js';
import type { SentenceQuantity } from '../quantities/index.js';
import { findQuantities } from '../quantities/index.js';
import type { Stage } from '../stage.js';
import { findTimes } from '../times/index.js';

export const timesStage: Stage = {
  name: 'times',
  requires: ['lang', 'sentences', 'tokens'],
  provides: ['times', 'quantities'],
  run(doc, ctx) {
    const pack = doc.pack;
    if (!pack) throw new ParleyError('E_INTERNAL', 'no language pack on the document.');
    const text = doc.article.text;
    const sentences = doc.sentences ?? [];
    const times = findTimes(text, sentences, pack, doc.article.published);
    const quantities: SentenceQuantity[] = sentences.flatMap((s) =>
      findQuantities(text, s, pack).map((q) => ({ ...q, sentence: s.index })),
    );
    for (const t of times) ctx.trace.add('times', t.rule ?? 'time', () => `${t.span.text} → ${t.value}`);
    for (const q of quantities)
      ctx.trace.add('times', q.rule ?? 'quantity', () => `${q.span.text} → ${q.value}${q.kind ? ` ${q.kind}` : ''}`);
    return { ...doc, times, quantities };
  },
};
