/** Runs the default pipeline on a text, for table-driven tests. */
import { defaultPipeline } from '../src/pipeline/default.js';
import type { Analysis } from '../src/schema/analysis.js';

export function analyze(text: string, lang: string, published = '2026-02-18'): Analysis {
  return defaultPipeline().run({ text, lang, published }).analysis;
}

/** Entity id → the mention texts the pipeline found for it. */
export function mentionsById(a: Analysis): Record<string, string[]> {
  return Object.fromEntries(a.entities.map((e) => [e.id, e.mentions.map((m) => m.text)]));
}
