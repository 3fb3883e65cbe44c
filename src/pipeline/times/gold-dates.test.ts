/**
 * Date agreement on the project's dev gold (eval/gold/<lang>/*.json): for every gold event with
 * a date, some time expression of its article must give that date (`eventDateOf`). The gold
 * has no evidence spans, so this measures whether the date is reachable from the text; which
 * expression an event takes is the event stage's call (`eventDateIn`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isLangCode } from '../../lang/index.js';
import { eventDateOf } from './event-date.js';
import { timeExprsOf } from './testing.js';

/** Share of dated gold events whose date some expression in the article gives (0.96 when written). */
const MIN_AGREEMENT = 0.9;

const GOLD = fileURLToPath(new URL('../../../eval/gold/', import.meta.url));

interface GoldArticle {
  id: string;
  lang: string;
  published?: string;
  text: string;
  events?: { type: string; date?: string }[];
}

const articles: GoldArticle[] = readdirSync(GOLD).flatMap((lang) =>
  readdirSync(`${GOLD}${lang}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(`${GOLD}${lang}/${f}`, 'utf8')) as GoldArticle),
);

describe('event dates on the dev gold', () => {
  it(`gives the gold date of at least ${MIN_AGREEMENT * 100} % of dated events`, () => {
    let dated = 0;
    const missed: string[] = [];
    for (const a of articles) {
      if (!isLangCode(a.lang)) continue;
      const dates = new Set(timeExprsOf(a.lang, a.text, a.published).map(eventDateOf));
      for (const e of a.events ?? []) {
        if (!e.date) continue;
        dated++;
        if (!dates.has(e.date)) missed.push(`${a.id} ${e.type} ${e.date}`);
      }
    }
    expect(dated).toBeGreaterThan(100);
    expect(1 - missed.length / dated, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  });
});
