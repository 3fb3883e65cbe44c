/**
 * `parley export --format plover|jsonl|quotes-csv|events-csv|entities-csv [filters]`: what the
 * store holds, in standard shapes (../shared/spec/analysis-format.md "Exports").
 * @module
 */
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { ParleyError } from '../../core/errors.js';
import { isIsoDate } from '../../ingest/article.js';
import { ENTITY_TYPES, type EntityType, EVENT_STATUSES, type EventStatus } from '../../schema/analysis.js';
import { PLOVER_TYPES, type PloverEventType } from '../../schema/plover.js';
import { openSqliteStore } from '../../store/sqlite/open.js';
import { loadConfig } from '../config.js';
import { resolveDbPath } from '../db-path.js';
import { EXPORT_FORMATS, type ExportFilters, type ExportFormat, type Write, writeExport } from '../export-formats.js';

interface ExportOptions {
  format: string;
  db?: string;
  config?: string;
  out?: string;
  lang?: string;
  source?: string;
  from?: string;
  to?: string;
  q?: string;
  entity?: string;
  type?: string;
  status?: string;
  actor?: string;
  target?: string;
  speaker?: string;
  channel?: string;
  entityType?: string;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new ParleyError('E_USAGE', `${flag} "${value}" is not one of ${allowed.join(', ')}.`);
}

function day(flag: string, value: string | undefined): string | undefined {
  if (value === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(value) && isIsoDate(value))) return value;
  throw new ParleyError('E_USAGE', `${flag} "${value}" is not a day.`, { hint: 'Write it as 2026-02-18.' });
}

/** The filters of every format from the flags (each format uses those that apply to it). */
export function exportFilters(o: ExportOptions): ExportFilters {
  const range = { from: day('--from', o.from), to: day('--to', o.to) };
  const common = { lang: o.lang, source: o.source, ...range };
  const type = oneOf<PloverEventType>('--type', o.type, PLOVER_TYPES);
  const status = oneOf<EventStatus>('--status', o.status, EVENT_STATUSES);
  const entityType = oneOf<EntityType>('--entity-type', o.entityType, ENTITY_TYPES);
  const defined = <T extends object>(x: T): T =>
    Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as T;
  return {
    articles: defined({ ...common, q: o.q, entity: o.entity }),
    quotes: defined({ ...common, q: o.q, speaker: o.speaker, channel: o.channel }),
    events: defined({ ...common, type, status, actor: o.actor, target: o.target, entity: o.entity }),
    entities: defined({ type: entityType, q: o.q }),
  };
}

function writer(stream: NodeJS.WritableStream): Write {
  return (chunk) =>
    stream.write(chunk) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', () => resolve()));
}

async function run(o: ExportOptions): Promise<void> {
  const format = oneOf<ExportFormat>('--format', o.format, EXPORT_FORMATS) as ExportFormat;
  const filters = exportFilters(o);
  const store = await openSqliteStore(resolveDbPath(o.db, loadConfig(o.config).db), { readonly: true });
  const file = o.out ? createWriteStream(o.out) : undefined;
  // `parley export … | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  try {
    const n = await writeExport(store, format, filters, writer(file ?? process.stdout));
    if (file) {
      await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())));
      process.stderr.write(`Exported ${n} record${n === 1 ? '' : 's'} (${format}) to ${o.out}.\n`);
    }
  } finally {
    await store.close();
  }
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Export the store: PLOVER JSONL, analysis records, or quotes, events and entities as CSV.')
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--db <path>', 'the database file (default: $PARLEY_DB, else ./parley.db)')
    .option('--config <file>', 'configuration file (default: ./parley.config.yaml if present)')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--lang <code>', 'only articles in this language')
    .option('--source <name>', 'only articles from this outlet')
    .option('--from <day>', 'first day (YYYY-MM-DD): of the article, quote or event')
    .option('--to <day>', 'last day (YYYY-MM-DD)')
    .option('--q <text>', 'full-text search: article text (jsonl), quote text (quotes-csv), name (entities-csv)')
    .option('--entity <id>', 'only articles (jsonl) or events (plover, events-csv) involving this entity')
    .option('--type <TYPE>', 'only events of this PLOVER type')
    .option('--status <status>', `only events with this status (${EVENT_STATUSES.join(', ')})`)
    .option('--actor <id>', 'only events with this actor')
    .option('--target <id>', 'only events with this target')
    .option('--speaker <id>', 'only quotes by this speaker')
    .option('--channel <name>', 'only quotes on this channel ("interview" matches "interview:Axios")')
    .option('--entity-type <type>', 'only entities of this type (PER, ORG, LOC)')
    .addHelpText(
      'after',
      `
Examples:
  $ parley export --format plover --from 2026-01-01 > events.plover.jsonl
  $ parley export --format quotes-csv --speaker volodymyr-zelenskyy --out zelensky.csv
  $ parley export --format events-csv --type ASSAULT --lang nb
  $ parley export --format jsonl --q Genève
CSV files are RFC 4180 (UTF-8, CRLF); lists inside a cell are joined with "|".`,
    )
    .action(run);
}
