/**
 * The zod schemas of every query string and request body. The same schemas validate requests
 * and generate /api/openapi.json, so the two cannot drift apart.
 * @module
 */
import { z } from 'zod';
import { isIsoDate } from '../ingest/article.js';
import { ENTITY_TYPES, EVENT_STATUSES, QUOTE_KINDS } from '../schema/analysis.js';
import { PLOVER_TYPES } from '../schema/plover.js';

/** Largest page size a client may ask for. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;
/** Most articles in one POST /api/articles. */
export const MAX_BATCH = 100;

const day = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD')
    .refine(isIsoDate, 'is not a day of the calendar')
    .describe(what);

const text = (what: string) => z.string().min(1, 'must not be empty').max(500).describe(what);

const page = {
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE)
    .describe(`page size (at most ${MAX_PAGE_SIZE})`),
  cursor: z.string().min(1).max(2000).optional().describe('nextCursor of the previous page'),
};

const range = {
  from: day('first day (inclusive)').optional(),
  to: day('last day (inclusive)').optional(),
};

const lang = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'must be a language code such as nb, sv or en')
  .describe('ISO 639-1 language code');

/** Rejects a range whose end is before its start, naming "to". */
function ordered<T extends z.ZodObject>(schema: T) {
  return schema.refine((v: { from?: string; to?: string }) => !v.from || !v.to || v.from <= v.to, {
    message: 'must not be before "from"',
    path: ['to'],
  });
}

export const ArticlesQuery = ordered(
  z.strictObject({
    q: text('full-text search over title and text; "quoted phrase", prefix*').optional(),
    lang: lang.optional(),
    source: text('outlet, exactly as stored').optional(),
    entity: text('only articles that mention this entity id').optional(),
    ...range,
    ...page,
  }),
);

export const EntitiesQuery = z.strictObject({
  type: z.enum(ENTITY_TYPES, 'must be PER, ORG or LOC').optional(),
  q: text('part of the name (case and accents ignored)').optional(),
  ...page,
});

export const QuotesQuery = ordered(
  z.strictObject({
    speaker: text('speaker entity id').optional(),
    channel: text('channel: "X", "Telegram", "interview" (matches "interview:Axios"), …').optional(),
    lang: lang.optional(),
    source: text('outlet of the article, exactly as stored').optional(),
    kind: z.enum(QUOTE_KINDS, 'must be direct or indirect').optional(),
    article: text('article id').optional(),
    q: text('full-text search over the quote text').optional(),
    ...range,
    ...page,
  }),
);

const eventFilters = {
  type: z.enum(PLOVER_TYPES, `must be a PLOVER type: ${PLOVER_TYPES.join(', ')}`).optional(),
  status: z.enum(EVENT_STATUSES, `must be one of ${EVENT_STATUSES.join(', ')}`).optional(),
  actor: text('actor entity id').optional(),
  target: text('target entity id').optional(),
  location: text('location entity id').optional(),
  entity: text('entity id in any role').optional(),
  article: text('article id').optional(),
  lang: lang.optional(),
  source: text('outlet of the article, exactly as stored').optional(),
  ...range,
};

export const EventsQuery = ordered(z.strictObject({ ...eventFilters, ...page }));
export const TimelineQuery = ordered(z.strictObject(eventFilters));
export const NoQuery = z.strictObject({});

/** An article to analyse or ingest: `text` or `html`, with optional metadata. */
export const ArticleBody = z
  .strictObject({
    id: z.string().min(1).max(200).optional().describe('your id (default: a content hash)'),
    text: z.string().optional().describe('the article text'),
    html: z.string().optional().describe('an HTML page; the article is extracted from it'),
    lang: lang.optional(),
    published: z
      .string()
      .refine(isIsoDate, 'must be an ISO 8601 date or date-time, e.g. 2026-02-18 or 2026-02-18T09:30:00+01:00')
      .optional(),
    title: z.string().max(1000).optional(),
    source: z.string().max(200).optional(),
    url: z.url({ error: 'must be an absolute URL' }).max(2000).optional(),
  })
  .refine((a) => Boolean(a.text?.trim() || a.html?.trim()), { message: 'give a non-empty "text" or "html"' });

/** Several articles in one request. */
export const BatchBody = z.strictObject({
  articles: z
    .array(ArticleBody)
    .min(1, 'must hold at least one article')
    .max(MAX_BATCH, `must hold at most ${MAX_BATCH} articles`),
});

/** POST /api/articles takes one article or a batch. */
export const IngestBody = z.union([ArticleBody, BatchBody]);

export type ArticleBodyInput = z.output<typeof ArticleBody>;
