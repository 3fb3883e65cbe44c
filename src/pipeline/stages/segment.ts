/**
 * Segmentation into paragraphs, sentences and tokens with exact offsets.
 * @module
 */
import { ParleyError } from '../../core/errors.js';
import type { Sentence, Token } from '../doc.js';
import { splitParagraphs } from '../segment/paragraphs.js';
import { splitSentences } from '../segment/sentences.js';
import { tokenize } from '../segment/tokens.js';
import type { Stage } from '../stage.js';

export const segmentStage: Stage = {
  name: 'segment',
  requires: ['text', 'lang'],
  provides: ['paragraphs', 'sentences', 'tokens'],
  run(doc, ctx) {
    const pack = doc.pack;
    if (!pack) throw new ParleyError('E_INTERNAL', 'no language pack on the document.');
    const text = doc.article.text;
    const paragraphs = splitParagraphs(text);
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    for (const p of paragraphs)
      for (const r of splitSentences(text, p.start, p.end, pack)) {
        const firstToken = tokens.length;
        tokens.push(...tokenize(text, r.start, r.end, pack.locale));
        sentences.push({ ...r, index: sentences.length, paragraph: p.index, firstToken, endToken: tokens.length });
      }
    ctx.trace.add(
      'segment',
      'segment.icu+merge',
      () => `${paragraphs.length} paragraphs, ${sentences.length} sentences`,
    );
    return { ...doc, paragraphs, sentences, tokens };
  },
};
