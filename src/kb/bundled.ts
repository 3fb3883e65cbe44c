/**
 * The knowledge base that ships with Parley (src/kb/data), loaded once.
 * @module
 */
import countries from './data/countries.json' with { type: 'json' };
import orgs from './data/orgs.json' with { type: 'json' };
import people from './data/people.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import { createKnowledgeBase, type KbSource, type KnowledgeBase } from './kb.js';

export const BUNDLED_SOURCES: readonly KbSource[] = [
  { source: 'src/kb/data/countries.json', entries: countries },
  { source: 'src/kb/data/places.json', entries: places },
  { source: 'src/kb/data/orgs.json', entries: orgs },
  { source: 'src/kb/data/people.json', entries: people },
];

let bundled: KnowledgeBase | undefined;

/** The bundled knowledge base, built on first use. */
export function bundledKnowledgeBase(): KnowledgeBase {
  bundled ??= createKnowledgeBase(BUNDLED_SOURCES);
  return bundled;
}

/** The bundled entries plus extra sources (a user's `--kb` file), later ones winning. */
export function knowledgeBaseWith(extra: readonly KbSource[]): KnowledgeBase {
  return extra.length === 0 ? bundledKnowledgeBase() : createKnowledgeBase([...BUNDLED_SOURCES, ...extra]);
}
