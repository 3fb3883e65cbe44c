/**
 * Summing article scores into the metrics `parley eval` prints.
 * @module
 */
import { type ArticleScore, type Counts, EVENT_ATTRIBUTES, type EventAttribute, type Tally } from './score.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Accuracy {
  accuracy: number;
  correct: number;
  total: number;
}

export interface Metrics {
  articles: number;
  failed: number;
  entities: Prf;
  quotes: { detection: Prf; attributed: Prf; speakerAccuracy: Accuracy; channelAccuracy: Accuracy };
  events: { match: Prf; full: Prf; attributes: Record<EventAttribute, Accuracy> };
  brokenSpans: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : c.fn === 0 ? 1 : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : c.fp === 0 ? 1 : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, ...c };
}

export function accuracy(t: Tally): Accuracy {
  return { accuracy: t.total > 0 ? t.correct / t.total : 1, ...t };
}

const addCounts = (xs: Counts[]): Counts =>
  xs.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });
const addTallies = (xs: Tally[]): Tally =>
  xs.reduce((a, b) => ({ correct: a.correct + b.correct, total: a.total + b.total }), { correct: 0, total: 0 });

/** Micro-averaged metrics over a set of article scores. */
export function summarize(scores: readonly ArticleScore[]): Metrics {
  const attributes = Object.fromEntries(
    EVENT_ATTRIBUTES.map((k) => [k, accuracy(addTallies(scores.map((s) => s.events.attributes[k])))]),
  ) as Record<EventAttribute, Accuracy>;
  return {
    articles: scores.length,
    failed: scores.filter((s) => s.error !== undefined).length,
    entities: prf(addCounts(scores.map((s) => s.entities))),
    quotes: {
      detection: prf(addCounts(scores.map((s) => s.quotes.detection))),
      attributed: prf(addCounts(scores.map((s) => s.quotes.attributed))),
      speakerAccuracy: accuracy(addTallies(scores.map((s) => s.quotes.speaker))),
      channelAccuracy: accuracy(addTallies(scores.map((s) => s.quotes.channel))),
    },
    events: {
      match: prf(addCounts(scores.map((s) => s.events.match))),
      full: prf(addCounts(scores.map((s) => s.events.full))),
      attributes,
    },
    brokenSpans: scores.reduce((n, s) => n + s.brokenSpans, 0),
  };
}

/** Metrics overall and per language. */
export function summarizeByLang(scores: readonly ArticleScore[]): { all: Metrics; byLang: Record<string, Metrics> } {
  const langs = [...new Set(scores.map((s) => s.lang))].sort();
  return {
    all: summarize(scores),
    byLang: Object.fromEntries(langs.map((l) => [l, summarize(scores.filter((s) => s.lang === l))])),
  };
}
