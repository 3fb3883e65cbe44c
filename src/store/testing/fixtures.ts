/**
 * Hand-made analysis records for store tests: spans are found in the text, so every record
 * satisfies `text.slice(start, end) === span.text`. Independent of the pipeline, so the store
 * is tested with quotes and events whatever the extraction stages produce.
 * @module
 */
import { contentHash } from '../../core/hash.js';
import type { Analysis, EntityType, Event, Quote, Span } from '../../schema/analysis.js';
import type { PloverEventType } from '../../schema/plover.js';
import { inputHash, textHash } from '../keys.js';
import type { ArticleRecord } from '../types.js';

export interface FixtureEntity {
  id: string;
  type: EntityType;
  name: string;
  wikidata?: string;
  /** Surface forms; every occurrence becomes a mention. */
  forms: string[];
}

export interface FixtureArticle {
  id: string;
  text: string;
  lang: string;
  url?: string;
  title?: string;
  source?: string;
  published?: string;
  entities?: FixtureEntity[];
  quotes?: (Omit<Quote, 'span' | 'kind'> & { kind?: Quote['kind'] })[];
  events?: {
    id: string;
    type: PloverEventType;
    trigger: string;
    actors?: string[];
    targets?: string[];
    mediators?: string[];
    location?: string;
    date?: string;
    status?: Event['status'];
    modes?: string[];
    quantities?: Event['quantities'];
  }[];
}

function spanOf(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: "${part}" is not in the text`);
  return { start, end: start + part.length, text: part };
}

function allSpans(text: string, form: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) out.push(spanOf(text, form, i));
  return out;
}

/** The sentence around `span` (up to the surrounding full stops). */
function sentenceOf(text: string, span: Span): Span {
  const start = text.lastIndexOf('.', span.start) + 1;
  const dot = text.indexOf('.', span.end);
  const end = dot < 0 ? text.length : dot + 1;
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  return { start: start + lead, end, text: text.slice(start + lead, end) };
}

/** A `parley.analysis/1` record for `a`. */
export function fixtureAnalysis(a: FixtureArticle): Analysis {
  const { text } = a;
  const article = { id: a.id, lang: a.lang, text };
  for (const k of ['url', 'title', 'source', 'published'] as const) if (a[k]) Object.assign(article, { [k]: a[k] });
  return {
    schema: 'parley.analysis/1',
    article,
    entities: (a.entities ?? []).map(({ forms, ...e }) => ({
      ...e,
      mentions: forms.flatMap((f) => allSpans(text, f)),
    })),
    quotes: (a.quotes ?? []).map((q) => ({ ...q, kind: q.kind ?? 'direct', span: spanOf(text, q.text) })),
    events: (a.events ?? []).map(({ trigger, ...e }) => {
      const t = spanOf(text, trigger);
      return {
        ...e,
        modes: e.modes ?? [],
        actors: e.actors ?? [],
        targets: e.targets ?? [],
        status: e.status ?? 'occurred',
        trigger: t,
        evidence: sentenceOf(text, t),
      };
    }),
    times: [],
  };
}

/** A record ready for `Store.saveArticle`. */
export function fixtureRecord(a: FixtureArticle, pipelineVersion = 'test+1'): ArticleRecord {
  const analysis = fixtureAnalysis(a);
  const input = { id: a.id, text: a.text, lang: a.lang, ...(a.published ? { published: a.published } : {}) };
  return {
    analysis,
    textHash: textHash(a.text),
    inputHash: inputHash(input),
    input: { id: a.id, lang: a.lang, ...(a.published ? { published: a.published } : {}) },
    pipelineVersion,
    origin: `fixture:${contentHash(a.id)}`,
  };
}
