/**
 * Names that are not in the knowledge base, found from capitalised runs of words with a cue,
 * and typed by it: a title before the name (PER), an apposition after it ("Ihor Terekhov, the
 * mayor of Kharkiv": PER), a speech verb next to it (PER), "sa til X" / "told X" / "interview
 * with X" (ORG: an outlet), a place preposition before it (LOC). A capitalised word with no cue
 * is never an entity, so sentence starts, headline-case titles, months and weekdays stay out.
 * @module
 */
import { slugify } from '../../core/text.js';
import { GIVEN_NAMES } from '../../lang/common/given-names.js';
import type { LanguagePack } from '../../lang/types.js';
import type { EntityType } from '../../schema/analysis.js';
import type { Mention, Token } from '../doc.js';
import { isCapitalised, isCommonWord, listBefore, phraseAt, phraseBefore } from './tokens.js';

/** Longest run of capitalised words taken as one name. */
const MAX_RUN = 4;

/** Words that introduce an outlet after a speech verb or in an interview phrase. */
const OUTLET_CUES: Readonly<Record<string, readonly string[]>> = {
  nb: ['intervju med', 'til'],
  nn: ['intervju med', 'til'],
  sv: ['intervju med', 'till'],
  da: ['interview med', 'til'],
  de: ['interview mit', 'gegenüber', 'dem sender'],
  en: ['interview with', 'told', 'to'],
};

/** Articles that may stand between an apposition's comma and its title. */
const APPOSITION_ARTICLES = ['a', 'an', 'the', 'den', 'det', 'der', 'die', 'en', 'ein', 'eine', 'ei'];

export interface Run {
  /** Index of the first word token of the run in the sentence. */
  from: number;
  /** One past the last. */
  to: number;
}

/** Maximal runs of capitalised, uncovered, non-common words joined by a space or a hyphen. */
export function capitalisedRuns(
  text: string,
  words: readonly Token[],
  covered: ReadonlySet<number>,
  pack: LanguagePack,
): Run[] {
  const runs: Run[] = [];
  const ok = (i: number) => {
    const t = words[i];
    return (
      t !== undefined &&
      !covered.has(i) &&
      isCapitalised(t) &&
      !isCommonWord(t.text, pack) &&
      !isTitleWord(t.text, pack) &&
      !/\d/.test(t.text)
    );
  };
  for (let i = 0; i < words.length; i++) {
    if (!ok(i)) continue;
    let j = i + 1;
    while (
      j < words.length &&
      j - i < MAX_RUN &&
      ok(j) &&
      /^[ \u00a0-]$/u.test(text.slice((words[j - 1] as Token).end, (words[j] as Token).start))
    )
      j++;
    runs.push({ from: i, to: j });
    i = j - 1;
  }
  return runs;
}

interface Cue {
  type: EntityType;
  rule: string;
}

function titleBefore(words: readonly Token[], i: number, pack: LanguagePack): boolean {
  const prev = words[i - 1];
  return (
    listBefore(words, i, Object.keys(pack.titles)) !== undefined || (prev !== undefined && isTitleWord(prev.text, pack))
  );
}

/** Shortest title that may end a compound ("Entwicklungsministerin", "Kremlsprecher"). */
const COMPOUND_TITLE = 7;

/** A title, or a compound ending in one ("Verteidigungsminister" = "defence" + "minister"). */
function isTitleWord(word: string, pack: LanguagePack): boolean {
  const w = word.toLowerCase();
  if (w in pack.titles) return true;
  return Object.keys(pack.titles).some(
    (t) => t.length >= COMPOUND_TITLE && !t.includes(' ') && w.length > t.length + 2 && w.endsWith(t),
  );
}

/** "X, [the] mayor …" / "X, ordfører i …". */
function appositionAfter(text: string, words: readonly Token[], run: Run, pack: LanguagePack): boolean {
  const last = words[run.to - 1] as Token;
  const next = words[run.to];
  if (!next || text.slice(last.end, next.start).trim() !== ',') return false;
  const k = APPOSITION_ARTICLES.includes(next.text.toLowerCase()) ? run.to + 1 : run.to;
  return (
    Object.keys(pack.titles).some((t) => phraseAt(words, k, t)) ||
    (pack.code === 'en' &&
      words[k + 1] !== undefined &&
      Object.keys(pack.titles).some((t) => phraseAt(words, k + 1, t)))
  );
}

function speechNext(words: readonly Token[], run: Run, pack: LanguagePack): boolean {
  const before = listBefore(words, run.from, pack.speechVerbs);
  const after = pack.speechVerbs.some((v) => phraseAt(words, run.to, v));
  return before !== undefined || after;
}

function outletBefore(words: readonly Token[], run: Run, pack: LanguagePack): boolean {
  const cues = OUTLET_CUES[pack.code] ?? [];
  for (const cue of cues) {
    if (!phraseBefore(words, run.from, cue)) continue;
    if (cue.includes(' ') || cue === 'gegenüber') return true;
    // A bare "til"/"told"/"to" needs a speech verb before it: "sa til NRK", "sier hun til VG", "told CNN".
    const at = run.from - 1;
    if (pack.speechVerbs.includes(words[at]?.text.toLowerCase() ?? '') && cue === 'told') return true;
    for (let k = at - 1; k >= Math.max(0, at - 3); k--)
      if (pack.speechVerbs.includes(words[k]?.text.toLowerCase() ?? '')) return true;
  }
  return false;
}

/** The cue that makes a capitalised run a name, in order of strength; undefined when none. */
export function cueFor(text: string, words: readonly Token[], run: Run, pack: LanguagePack): Cue | undefined {
  const lang = pack.code;
  const len = run.to - run.from;
  if (titleBefore(words, run.from, pack)) return { type: 'PER', rule: `${lang}.entity.title-cue` };
  // "menneskerettighetsgruppen OVD-Info", "the think tank group X": an organisation's head noun before the name.
  const prev = words[run.from - 1]?.text.toLowerCase();
  if (prev && /^\p{Ll}/u.test(prev) && pack.orgNouns.some((n) => prev.endsWith(n)))
    return { type: 'ORG', rule: `${lang}.entity.org-noun` };
  if (len >= 2 && appositionAfter(text, words, run, pack)) return { type: 'PER', rule: `${lang}.entity.apposition` };
  if (outletBefore(words, run, pack)) return { type: 'ORG', rule: `${lang}.entity.outlet-cue` };
  if (len >= 2 && (words[run.from] as Token).text in GIVEN_NAMES)
    return { type: 'PER', rule: `${lang}.entity.given-name` };
  if (len >= 2 && speechNext(words, run, pack)) return { type: 'PER', rule: `${lang}.entity.speech-cue` };
  if (run.from > 0 && listBefore(words, run.from, pack.placePrepositions) !== undefined && len <= 3)
    return { type: 'LOC', rule: `${lang}.entity.place-preposition` };
  return undefined;
}

/** Makes the mention of a new entity for a run. */
export function newMention(text: string, words: readonly Token[], run: Run, cue: Cue): Mention {
  const start = (words[run.from] as Token).start;
  const end = (words[run.to - 1] as Token).end;
  const name = text.slice(start, end);
  return { start, end, id: `new:${slugify(name)}`, type: cue.type, name, kind: 'name', rule: cue.rule };
}
