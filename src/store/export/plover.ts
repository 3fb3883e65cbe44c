/**
 * PLOVER JSONL records (one event a line) as ../shared/spec/analysis-format.md "Exports"
 * describes them: actors and recipients with Wikidata ids where known, the event's place, size,
 * where it is in the article (`text_info`) and which article it is from (`cite_info`).
 * @module
 */
import type { EntityRef, StoredEvent } from '../types.js';
import type { Names } from './tables.js';

export interface PloverActor {
  name: string;
  /** Parley's entity id (a knowledge-base id, or "new:<slug>"). */
  id: string;
  wikidata?: string;
}

export interface PloverRecord {
  id: string;
  date: string | null;
  actor: PloverActor[];
  recipient: PloverActor[];
  event: string[];
  mode: string[];
  context: string[];
  event_loc: PloverActor | null;
  size: { dead: number | null; injured: number | null };
  /** Offsets of the evidence sentence in the article text; `sequence`: the event's place among the article's events (1-based). */
  text_info: { start: number; end: number; sequence: number };
  cite_info: {
    url: string | null;
    title: string | null;
    language: string;
    publication: string | null;
    article_id: string;
    published: string | null;
  };
}

function actor(id: string, refs: Names): PloverActor {
  const r: EntityRef | undefined = refs.get(id);
  return { name: r?.name ?? id, id, ...(r?.wikidata ? { wikidata: r.wikidata } : {}) };
}

/** The PLOVER record of one stored event; `sequence` is its 1-based place in its article. */
export function ploverRecord(e: StoredEvent, sequence: number, refs: Names): PloverRecord {
  const a = e.article;
  return {
    id: `${a.id}:${e.id}`,
    date: e.date ?? e.day ?? null,
    actor: e.actors.map((id) => actor(id, refs)),
    recipient: e.targets.map((id) => actor(id, refs)),
    event: [e.type],
    mode: e.modes,
    context: e.contexts ?? [],
    event_loc: e.location ? actor(e.location, refs) : null,
    size: { dead: e.quantities?.killed ?? null, injured: e.quantities?.injured ?? null },
    text_info: { start: e.evidence.start, end: e.evidence.end, sequence },
    cite_info: {
      url: a.url ?? null,
      title: a.title ?? null,
      language: a.lang,
      publication: a.source ?? null,
      article_id: a.id,
      published: a.published ?? null,
    },
  };
}
