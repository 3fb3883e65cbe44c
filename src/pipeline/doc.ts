/**
 * The working document that stages read and extend.
 * @module
 */

import type { LanguagePack } from '../lang/types.js';
import type { Article, Entity, EntityType, Event, Quote, TimeExpr } from '../schema/analysis.js';
import type { SentenceQuantity } from './quantities/types.js';

export interface Range {
  start: number;
  end: number;
}

export interface Paragraph extends Range {
  index: number;
}

export interface Sentence extends Range {
  index: number;
  /** Index of the paragraph the sentence lies in. */
  paragraph: number;
  /** The sentence's tokens: `doc.tokens.slice(firstToken, endToken)`. */
  firstToken: number;
  endToken: number;
}

export interface Token extends Range {
  text: string;
  /** Letters or digits (not punctuation or space). */
  word: boolean;
}

/** One mention of an entity, before mentions are grouped into entities. */
export interface Mention extends Range {
  /** Entity id: a knowledge-base id or "new:<slug>". */
  id: string;
  type: EntityType;
  /** Display name of the entity. */
  name: string;
  /** How the text names it. */
  kind: 'name' | 'adjective' | 'demonym';
  /** The rule that found it. */
  rule: string;
}

/** What a pipeline starts from: the article with as much metadata as the input gave. */
export interface ArticleInput {
  id?: string;
  url?: string;
  source?: string;
  title?: string;
  lang?: string;
  published?: string;
  text: string;
}

export interface PipelineDoc {
  article: Article;
  /** Set by the language stage. */
  pack?: LanguagePack;
  paragraphs?: Paragraph[];
  sentences?: Sentence[];
  tokens?: Token[];
  mentions?: Mention[];
  entities?: Entity[];
  quotes?: Quote[];
  events?: Event[];
  times?: TimeExpr[];
  /** Numbers each sentence states, with what they count (set by the times stage, read by events). */
  quantities?: SentenceQuantity[];
}

/** The names of what a stage can require or provide. */
export const DOC_FIELDS = [
  'text',
  'lang',
  'paragraphs',
  'sentences',
  'tokens',
  'mentions',
  'entities',
  'quotes',
  'events',
  'times',
  'quantities',
] as const;
export type DocField = (typeof DOC_FIELDS)[number];
