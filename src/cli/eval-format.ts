/**
 * Tables for `parley eval`.
 * @module
 */
import type { Accuracy, Metrics, Prf } from '../eval/report.js';
import { type ArticleScore, EVENT_ATTRIBUTES } from '../eval/score.js';
import type { Colors } from './color.js';

const f3 = (x: number) => x.toFixed(3);
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

function prfRow(label: string, p: Prf): string {
  return `${pad(label, 26)}${lpad(f3(p.precision), 8)}${lpad(f3(p.recall), 8)}${lpad(f3(p.f1), 8)}   tp ${p.tp}  fp ${p.fp}  fn ${p.fn}`;
}

function accRow(label: string, a: Accuracy): string {
  return `${pad(label, 26)}${lpad(f3(a.accuracy), 24)}   ${a.correct}/${a.total}`;
}

/** The full metric table of one set of articles. */
export function metricTable(m: Metrics): string[] {
  return [
    `${pad('', 26)}${lpad('P', 8)}${lpad('R', 8)}${lpad('F1', 8)}`,
    prfRow('entities', m.entities),
    prfRow('quotes (detection)', m.quotes.detection),
    prfRow('quotes (attributed)', m.quotes.attributed),
    accRow('quote speaker accuracy', m.quotes.speakerAccuracy),
    accRow('quote channel accuracy', m.quotes.channelAccuracy),
    prfRow('events', m.events.match),
    prfRow('events (full)', m.events.full),
    ...EVENT_ATTRIBUTES.map((k) => accRow(`event ${k} accuracy`, m.events.attributes[k])),
    `${pad('broken spans', 26)}${lpad(String(m.brokenSpans), 24)}`,
  ];
}

/** Overall table, then one headline row per language. */
export function formatMetrics(s: { all: Metrics; byLang: Record<string, Metrics> }, label: string, c: Colors): string {
  const all = s.all;
  const lines = [
    c.bold(`parley eval: ${all.articles} articles from ${label}${all.failed ? c.red(` (${all.failed} failed)`) : ''}`),
    ...metricTable(all),
  ];
  const langs = Object.keys(s.byLang);
  if (langs.length > 1) {
    lines.push('', c.bold('per language (F1; speaker and date accuracy)'));
    lines.push(
      `${pad('lang', 6)}${lpad('n', 4)}${lpad('entity', 9)}${lpad('quote', 8)}${lpad('attrib', 8)}${lpad('speaker', 9)}${lpad('event', 8)}${lpad('full', 8)}${lpad('date', 8)}${lpad('broken', 8)}`,
    );
    for (const l of langs) {
      const m = s.byLang[l] as Metrics;
      lines.push(
        `${pad(l, 6)}${lpad(String(m.articles), 4)}${lpad(f3(m.entities.f1), 9)}${lpad(f3(m.quotes.detection.f1), 8)}${lpad(f3(m.quotes.attributed.f1), 8)}${lpad(f3(m.quotes.speakerAccuracy.accuracy), 9)}${lpad(f3(m.events.match.f1), 8)}${lpad(f3(m.events.full.f1), 8)}${lpad(f3(m.events.attributes.date.accuracy), 8)}${lpad(String(m.brokenSpans), 8)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** One row per article: F1s and errors. */
export function formatPerArticle(scores: readonly ArticleScore[], c: Colors): string {
  const f1 = (t: { tp: number; fp: number; fn: number }) => {
    const d = 2 * t.tp + t.fp + t.fn;
    return d === 0 ? '1.000' : f3((2 * t.tp) / d);
  };
  const lines = [
    '',
    c.bold('per article (F1)'),
    `${pad('article', 28)}${lpad('entity', 8)}${lpad('quote', 8)}${lpad('attrib', 8)}${lpad('event', 8)}${lpad('full', 8)}`,
  ];
  for (const s of scores)
    lines.push(
      `${pad(s.id, 28)}${lpad(f1(s.entities), 8)}${lpad(f1(s.quotes.detection), 8)}${lpad(f1(s.quotes.attributed), 8)}${lpad(f1(s.events.match), 8)}${lpad(f1(s.events.full), 8)}${s.error ? c.red(`  ${s.error}`) : ''}`,
    );
  return `${lines.join('\n')}\n`;
}

/** Per article: what gold had that the pipeline missed (−) and what it added (+). */
export function formatErrors(scores: readonly ArticleScore[], c: Colors): string {
  const lines: string[] = [];
  for (const s of scores) {
    if (s.errors.missed.length + s.errors.spurious.length === 0) continue;
    lines.push('', c.bold(s.id));
    for (const m of s.errors.missed) lines.push(`  ${c.red('−')} ${m}`);
    for (const m of s.errors.spurious) lines.push(`  ${c.green('+')} ${m}`);
  }
  return `${lines.join('\n')}\n`;
}
