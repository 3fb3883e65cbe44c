/**
 * `parley analyze FILE|DIR|- …`: analyse articles and print a summary, or the records.
 * @module
 */
import type { Command } from 'commander';
import { ParleyError } from '../../core/errors.js';
import { isIsoDate } from '../../ingest/article.js';
import { readArticles } from '../../ingest/files.js';
import { getLanguagePack } from '../../lang/index.js';
import { defaultPipeline } from '../../pipeline/default.js';
import type { ArticleInput } from '../../pipeline/doc.js';
import type { Analysis } from '../../schema/analysis.js';
import { colors } from '../color.js';
import { type Failure, reportFailures } from '../failures.js';
import { knowledgeBaseFor } from '../kb-file.js';
import { formatSummary } from '../summary.js';

interface AnalyzeOptions {
  json?: boolean;
  jsonl?: boolean;
  published?: string;
  lang?: string;
  source?: string;
  url?: string;
  title?: string;
  trace?: boolean;
  maxBytes?: number;
  kb?: string[];
}

/** Checks the metadata flags before any article is read. */
export function checkMetadataFlags(o: { published?: string; lang?: string }): void {
  if (o.published !== undefined && !isIsoDate(o.published))
    throw new ParleyError('E_USAGE', `--published "${o.published}" is not an ISO 8601 date.`, {
      hint: 'Write it as 2026-02-18 or 2026-02-18T09:30:00+01:00.',
    });
  if (o.lang !== undefined) getLanguagePack(o.lang);
}

/** Flags given on the command line override what the file says. */
export function applyOverrides(a: ArticleInput, o: AnalyzeOptions): ArticleInput {
  const out = { ...a };
  for (const k of ['published', 'lang', 'source', 'url', 'title'] as const) {
    const v = o[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

async function run(paths: string[], o: AnalyzeOptions): Promise<void> {
  checkMetadataFlags(o);
  const c = colors(process.stdout);
  const pipeline = defaultPipeline();
  const kb = knowledgeBaseFor(o.kb);
  const failures: Failure[] = [];
  const records: Analysis[] = [];
  for (const path of paths)
    for (const r of readArticles(path, { maxBytes: o.maxBytes })) {
      if (!r.ok) {
        failures.push({ origin: r.origin, error: r.error });
        continue;
      }
      try {
        const { analysis, trace } = pipeline.run(applyOverrides(r.article, o), { trace: o.trace, kb });
        if (o.jsonl) process.stdout.write(`${JSON.stringify(analysis)}\n`);
        else if (o.json) records.push(analysis);
        else process.stdout.write(`${formatSummary(analysis, c, o.trace ? trace.entries() : undefined)}\n`);
        if (o.trace && (o.json || o.jsonl))
          for (const t of trace.entries())
            process.stderr.write(`trace ${analysis.article.id} ${t.stage} ${t.rule} ${t.detail}\n`);
      } catch (e) {
        if (!(e instanceof ParleyError)) throw e;
        failures.push({ origin: r.origin, error: e });
      }
    }
  if (o.json) process.stdout.write(`${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n`);
  reportFailures(failures);
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('Analyse articles: entities, quotes with speakers, and events, each tied to its source characters.')
    .argument(
      '<paths...>',
      'files (.txt .html .json .jsonl .xml/.rss/.atom), directories (read recursively), or - for standard input',
    )
    .option('--json', 'print the parley.analysis/1 record (an array when there are several articles)')
    .option('--jsonl', 'print one record per line')
    .option('--published <date>', 'publication date (ISO 8601), used to resolve "yesterday", "on Tuesday", …')
    .option('--lang <code>', 'force the language (nb, nn, sv, da, de, en) instead of detecting it')
    .option('--source <name>', 'the outlet, e.g. NRK')
    .option('--url <url>', 'the article URL')
    .option('--title <title>', 'the article title')
    .option('--trace', 'explain which rule produced each record')
    .option(
      '--kb <file>',
      'add your own knowledge-base entries (JSON or YAML, see docs/kb-format.md); repeatable',
      (v: string, acc: string[] = []) => [...acc, v],
    )
    .option('--max-bytes <n>', 'largest file to read', (v) => Number.parseInt(v, 10))
    .addHelpText(
      'after',
      `
Examples:
  $ parley analyze article.txt --published 2026-02-18 --source NRK
  $ parley analyze examples/articles --jsonl > records.jsonl
  $ curl -s https://example.org/story | parley analyze - --json
Flags override what a file says about itself (HTML metadata, JSON fields).
Exit status: 0 when every article was analysed, 1 when any failed (each failure is listed).`,
    )
    .action(run);
}
