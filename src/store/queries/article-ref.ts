/**
 * The article columns joined onto quotes and events, and their mapping to `ArticleRef`.
 * @module
 */
import type { ArticleRef } from '../types.js';
import { present } from './articles.js';

/** Columns of `articles as a` selected next to a quote or event. */
export const ARTICLE_REF_COLUMNS = [
  'a.id as a_id',
  'a.title as a_title',
  'a.source as a_source',
  'a.url as a_url',
  'a.lang as a_lang',
  'a.published as a_published',
] as const;

export interface ArticleRefRow {
  a_id: string;
  a_title: string | null;
  a_source: string | null;
  a_url: string | null;
  a_lang: string;
  a_published: string | null;
}

export function toArticleRef(r: ArticleRefRow): ArticleRef {
  return {
    id: r.a_id,
    ...present({ title: r.a_title, source: r.a_source, url: r.a_url }),
    lang: r.a_lang,
    ...present({ published: r.a_published }),
  };
}
