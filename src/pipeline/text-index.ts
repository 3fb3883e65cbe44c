/**
 * Fast lookups over a document's tokens, sentences and mentions (all sorted by position):
 * binary searches instead of scans, so long articles stay linear.
 * @module
 */
import type { Mention, PipelineDoc, Range, Sentence, Token } from './doc.js';

/** Word tokens of each document, in text order, built once (lookups are binary searches). */
const wordCache = new WeakMap<readonly Token[], Token[]>();

function wordTokens(doc: PipelineDoc): Token[] {
  const all = doc.tokens ?? [];
  let words = wordCache.get(all);
  if (!words) {
    words = all.filter((t) => t.word);
    wordCache.set(all, words);
  }
  return words;
}

/** Index of the first item whose start is at or after `at` (items sorted by start). */
export function lowerBound(items: readonly Range[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as Range).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Word tokens inside `s`, in order. */
export function wordsIn(doc: PipelineDoc, s: Range): Token[] {
  const words = wordTokens(doc);
  const out: Token[] = [];
  for (let i = lowerBound(words, s.start); i < words.length && (words[i] as Token).start < s.end; i++)
    if ((words[i] as Token).end <= s.end) out.push(words[i] as Token);
  return out;
}

/** The sentence that contains position `at`. */
export function sentenceAt(doc: PipelineDoc, at: number): Sentence | undefined {
  const sentences = doc.sentences ?? [];
  const i = lowerBound(sentences, at + 1) - 1;
  const s = sentences[i];
  return s && s.start <= at && at < s.end ? s : undefined;
}

/** Mentions inside `r`, in order. */
export function mentionsIn(doc: PipelineDoc, r: Range): Mention[] {
  const ms = doc.mentions ?? [];
  const out: Mention[] = [];
  for (let i = lowerBound(ms, r.start); i < ms.length && (ms[i] as Mention).start < r.end; i++)
    if ((ms[i] as Mention).end <= r.end) out.push(ms[i] as Mention);
  return out;
}
