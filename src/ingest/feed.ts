/**
 * RSS, Atom and RDF feeds: one article per item, the body from the fullest field the item has
 * (content:encoded / Atom content, else the description or summary).
 * @module
 */
import { parseFeed } from 'feedsmith';
import { ParleyError } from '../core/errors.js';
import type { ArticleInput } from '../pipeline/doc.js';
import { normalizePublished } from './article.js';
import { htmlToText } from './html.js';

type Loose = Record<string, unknown> | undefined;

/** A string from a field that feedsmith gives either as a string or as `{ value }`. */
function val(x: unknown): string | undefined {
  if (typeof x === 'string') return x.trim() || undefined;
  if (x && typeof x === 'object' && typeof (x as { value?: unknown }).value === 'string')
    return (x as { value: string }).value.trim() || undefined;
  return undefined;
}

function link(item: Record<string, unknown>): string | undefined {
  const l = item.link ?? item.url;
  if (typeof l === 'string') return l;
  const links = item.links as { href?: string; rel?: string }[] | undefined;
  return links?.find((x) => !x.rel || x.rel === 'alternate')?.href ?? links?.[0]?.href;
}

function itemToArticle(
  item: Record<string, unknown>,
  feedTitle: string | undefined,
  lang: string | undefined,
): ArticleInput | undefined {
  const content = item.content as Loose;
  const body =
    val((content as Loose)?.encoded) ??
    val(content) ??
    val(item.content_html) ??
    val(item.description) ??
    val(item.summary) ??
    val(item.content_text);
  const text = body ? htmlToText(body) : '';
  if (!text.trim()) return undefined;
  const dc = item.dc as Loose;
  const article: ArticleInput = { text };
  const fields: Partial<ArticleInput> = {
    id: val((item.guid as Loose) ?? item.guid) ?? val(item.id),
    url: link(item),
    title: val(item.title),
    source: feedTitle,
    published: normalizePublished(
      val(item.pubDate) ?? val(item.published) ?? val(item.date_published) ?? val(dc?.date) ?? val(item.updated),
    ),
    lang,
  };
  for (const [k, v] of Object.entries(fields)) if (v) (article as unknown as Record<string, string>)[k] = v;
  return article;
}

/** Parses a feed document into articles; items without any text are skipped. */
export function feedToArticles(xml: string, file: string): ArticleInput[] {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch (e) {
    throw new ParleyError('E_INPUT_FEED', `not a readable RSS, Atom or RDF feed: ${(e as Error).message}.`, {
      file,
      cause: e,
      hint: 'Check that the file is a complete feed document (well-formed XML).',
    });
  }
  const feed = parsed.feed as unknown as Record<string, unknown>;
  const items = ((feed.items ?? feed.entries ?? []) as Record<string, unknown>[]) ?? [];
  const title = val(feed.title);
  const lang = (val(feed.language) ?? val((feed.xml as Loose)?.lang) ?? val((feed.dc as Loose)?.language))
    ?.split(/[-_]/)[0]
    ?.toLowerCase();
  return items.map((it) => itemToArticle(it, title, lang)).filter((a): a is ArticleInput => a !== undefined);
}
