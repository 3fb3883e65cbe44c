/**
 * HTML pages: metadata from JSON-LD (NewsArticle), OpenGraph, `article:published_time`,
 * `<time>`, `<html lang>` and `<title>`, read before Readability (which mutates the document);
 * then the reader-mode body, turned into text block by block so paragraph breaks are kept.
 * @module
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ParleyError } from '../core/errors.js';
import type { ArticleInput } from '../pipeline/doc.js';
import { normalizePublished } from './article.js';

type Doc = ReturnType<typeof parseHTML>['document'];

interface PageMeta {
  title?: string;
  source?: string;
  url?: string;
  published?: string;
  lang?: string;
}

function meta(doc: Doc, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

/** The first NewsArticle-like object in the page's JSON-LD blocks. */
function jsonLd(doc: Doc): Record<string, unknown> | undefined {
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is page noise, not a broken article
    }
    const items = Array.isArray(data)
      ? data
      : [data, ...(((data as Record<string, unknown>)?.['@graph'] as unknown[]) ?? [])];
    for (const item of items) {
      if (typeof item !== 'object' || item === null) continue;
      const type = String((item as Record<string, unknown>)['@type'] ?? '');
      if (/Article|Posting|Report/i.test(type)) return item as Record<string, unknown>;
    }
  }
  return undefined;
}

function readMeta(doc: Doc): PageMeta {
  const ld = jsonLd(doc);
  const ldStr = (k: string) => (typeof ld?.[k] === 'string' ? (ld[k] as string) : undefined);
  const publisher = ld?.publisher as Record<string, unknown> | undefined;
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  return {
    title: ldStr('headline') ?? meta(doc, 'og:title') ?? doc.querySelector('title')?.textContent?.trim(),
    source: (typeof publisher?.name === 'string' ? publisher.name : undefined) ?? meta(doc, 'og:site_name'),
    url: meta(doc, 'og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    published: normalizePublished(
      ldStr('datePublished') ??
        meta(doc, 'article:published_time', 'og:published_time', 'date', 'pubdate') ??
        doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
        undefined,
    ),
    lang: lang ? lang.split(/[-_]/)[0]?.toLowerCase() : undefined,
  };
}

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'DT',
  'DD',
  'TD',
  'TH',
]);

/** Text of the article body with one paragraph per block element. */
function blocksToText(root: Element): string {
  const out: string[] = [];
  const walk = (el: Element) => {
    if (BLOCKS.has(el.tagName)) {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      return;
    }
    for (const child of el.children) walk(child);
  };
  walk(root);
  if (out.length === 0) out.push((root.textContent ?? '').replace(/[ \t]+/g, ' ').trim());
  return out.join('\n\n');
}

/** Plain text of an HTML fragment (a feed item's body), paragraph breaks kept. */
export function htmlToText(fragment: string): string {
  if (!/<[a-z][\s\S]*>/i.test(fragment)) return fragment;
  const { document } = parseHTML(`<!doctype html><html><body><div id="r">${fragment}</div></body></html>`);
  const root = document.getElementById('r');
  return root ? blocksToText(root as unknown as Element) : fragment;
}

/** Page furniture that is never article text, removed before Readability looks at the page. */
const NOISE_TAGS = 'script, style, noscript, template, nav, footer, aside, form, button, iframe, svg, header nav';
const NOISE_NAMES =
  /cookie|consent|gdpr|banner|newsletter|subscribe|paywall|related|share|social|promo|advert|\bads?\b|read-?more|les-ogs|breadcrumb|comments?/i;

function removeNoise(doc: Doc): void {
  for (const el of doc.querySelectorAll(NOISE_TAGS)) el.remove();
  for (const el of doc.querySelectorAll('[class], [id], [role]')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const role = el.getAttribute('role') ?? '';
    if (el.tagName === 'BODY' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') continue;
    if (NOISE_NAMES.test(names) || /navigation|banner|contentinfo|complementary/.test(role)) el.remove();
  }
}

/** Parses a page into an article; `file` names the source in errors. */
export function htmlToArticle(html: string, file: string): ArticleInput {
  const { document } = parseHTML(html);
  const info = readMeta(document);
  removeNoise(document);
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  let text = '';
  if (parsed?.content) {
    const { document: body } = parseHTML(
      `<!doctype html><html><body><div id="r">${parsed.content}</div></body></html>`,
    );
    const root = body.getElementById('r');
    if (root) text = blocksToText(root as unknown as Element);
  }
  if (!text.trim())
    throw new ParleyError('E_INPUT_EMPTY', 'no article body found in this HTML page.', {
      file,
      hint: 'Check that the page holds the article text (not only a script that loads it).',
    });
  const article: ArticleInput = { text };
  for (const k of ['title', 'source', 'url', 'published', 'lang'] as const) {
    const v = info[k] ?? (k === 'title' ? (parsed?.title ?? undefined) : undefined);
    if (v) article[k] = v;
  }
  return article;
}
