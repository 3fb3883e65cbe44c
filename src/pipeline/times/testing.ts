/**
 * Test helpers (used by the table-driven tests beside this module): the time expressions of a
 * text split into sentences by the pack.
 * @module
 */
import { PACKS } from '../../lang/index.js';
import type { LangCode } from '../../lang/types.js';
import type { TimeExpr } from '../../schema/analysis.js';
import { splitParagraphs } from '../segment/paragraphs.js';
import { splitSentences } from '../segment/sentences.js';
import { findTimes } from './find-times.js';

/** Every time expression in `text`, published on `published`. */
export function timeExprsOf(lang: LangCode, text: string, published?: string): TimeExpr[] {
  const pack = PACKS[lang];
  const sentences = splitParagraphs(text).flatMap((p) => splitSentences(text, p.start, p.end, pack));
  return findTimes(text, sentences, pack, published);
}

/** `[span text, value]` of every time expression in `text`, published on `published`. */
export function timesOf(lang: LangCode, text: string, published?: string): [string, string][] {
  return timeExprsOf(lang, text, published).map((t) => [t.span.text, t.value]);
}
