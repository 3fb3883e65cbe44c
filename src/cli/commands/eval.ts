/**
 * `parley eval --gold DIR`: run the pipeline over every gold file below DIR and print every
 * metric of the gold-format scoring section, overall and per language.
 * @module
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, relative } from 'node:path';
import type { Command } from 'commander';
import { isParleyError, ParleyError } from '../../core/errors.js';
import { asGold, type GoldArticle } from '../../eval/gold.js';
import { type Metrics, summarizeByLang } from '../../eval/report.js';
import { type ArticleScore, failedArticle, scoreArticle } from '../../eval/score.js';
import { listFiles } from '../../ingest/files.js';
import type { KnowledgeBase } from '../../kb/kb.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { colors } from '../color.js';
import { formatErrors, formatMetrics, formatPerArticle } from '../eval-format.js';
import { knowledgeBaseFor } from '../kb-file.js';

interface EvalOptions {
  gold: string;
  json?: boolean;
  perArticle?: boolean;
  errors?: boolean;
  kb?: string[];
}

/** Every gold file below `dir` (JSON files holding an article with annotations). */
export function loadGoldDir(dir: string): { gold: GoldArticle[]; errors: ParleyError[] } {
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new ParleyError('E_USAGE', `--gold "${dir}" is not a directory.`, {
      hint: 'Give a directory of gold .json files.',
    });
  }
  const gold: GoldArticle[] = [];
  const errors: ParleyError[] = [];
  for (const file of listFiles(dir).filter((f) => extname(f) === '.json')) {
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        throw new ParleyError('E_INPUT_JSON', `invalid JSON: ${(e as Error).message}.`, { file });
      }
      gold.push(asGold(parsed, file));
    } catch (e) {
      if (!isParleyError(e)) throw e;
      errors.push(e);
    }
  }
  if (gold.length === 0 && errors.length === 0)
    throw new ParleyError('E_USAGE', `no gold .json files found below "${dir}".`, {
      hint: 'See ../shared/spec/gold-format.md.',
    });
  return { gold, errors };
}

/** Runs the default pipeline over the gold articles and scores each. */
export function scoreGold(gold: readonly GoldArticle[], kb?: KnowledgeBase): ArticleScore[] {
  const pipeline = defaultPipeline();
  return gold.map((g) => {
    try {
      const input = { id: g.id, text: g.text, lang: g.lang, published: g.published, source: g.source, title: g.title };
      return scoreArticle(pipeline.run(input, kb ? { kb } : {}).analysis, g);
    } catch (e) {
      if (!isParleyError(e)) throw e;
      return failedArticle(g, e.describe());
    }
  });
}

async function run(o: EvalOptions): Promise<void> {
  const { gold, errors } = loadGoldDir(o.gold);
  const scores = scoreGold(gold, knowledgeBaseFor(o.kb));
  const summary = summarizeByLang(scores);
  if (o.json) {
    const out: {
      gold: string;
      all: Metrics;
      byLang: Record<string, Metrics>;
      invalidGold: string[];
      articles?: ArticleScore[];
    } = {
      gold: o.gold,
      ...summary,
      invalidGold: errors.map((e) => e.describe()),
    };
    if (o.perArticle) out.articles = scores;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const c = colors(process.stdout);
    process.stdout.write(formatMetrics(summary, `${relative(process.cwd(), o.gold) || o.gold}`, c));
    if (o.perArticle) process.stdout.write(formatPerArticle(scores, c));
    if (o.errors) process.stdout.write(formatErrors(scores, c));
  }
  const failed = scores.filter((s) => s.error);
  for (const s of failed) process.stderr.write(`pipeline failed on ${s.id}: ${s.error}\n`);
  for (const e of errors) process.stderr.write(`invalid gold: ${e.describe()}\n`);
  if (failed.length || errors.length) process.exitCode = 1;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score the pipeline against gold files (../shared/spec/gold-format.md).')
    .requiredOption('--gold <dir>', 'directory of gold .json files (read recursively)')
    .option('--json', 'print the metrics as JSON')
    .option('--per-article', "also print each article's scores")
    .option('--errors', 'list what each article missed (−) and what was spurious (+)')
    .option(
      '--kb <file>',
      'add your own knowledge-base entries (JSON or YAML); repeatable',
      (v: string, acc: string[] = []) => [...acc, v],
    )
    .addHelpText(
      'after',
      `
Prints entity P/R/F1; quote detection and attributed P/R/F1 with speaker and channel accuracy;
event P/R/F1, "full" event P/R/F1 (date, location and killed right) and each event attribute's
accuracy; and the number of broken spans (must be 0). Overall and per language, micro-averaged.

Examples:
  $ parley eval --gold eval/gold
  $ parley eval --gold ../shared/gold/dev --per-article
  $ parley eval --gold eval/gold/nb --json > scores.json`,
    )
    .action(run);
}
