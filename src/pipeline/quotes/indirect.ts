/**
 * Reported speech around a reporting verb:
 * - a content clause after a complementizer ("sa at …", "said (that) …"), each clause
 *   coordinated under the same cue ("… og at …", "… but that …") a quote of its own;
 * - a postposed cue ("…, sa Prokudin." / "…, officials said."): the content before the comma;
 * - a cue inside the content ("Russland, sa han, trenerer samtalene"): the whole sentence.
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import type { PipelineDoc, Range, Sentence, Token } from '../doc.js';
import { hasOpenQuote } from '../segment/sentences.js';
import type { QuoteDraft } from './draft.js';
import { findStretches } from './marks.js';
import { findVerbs, longestAt, trimContent, type VerbHit, wordsIn } from './words.js';

/** How far after the verb the complementizer may stand ("sa til NTB tirsdag at"). */
const COMPLEMENTIZER_WINDOW = 20;

function findComplementizer(text: string, words: readonly Token[], v: VerbHit, pack: LanguagePack): number | undefined {
  for (let i = v.index + v.length; i < Math.min(words.length, v.index + v.length + COMPLEMENTIZER_WINDOW); i++) {
    const w = words[i] as Token;
    if (/[.!?;:]/u.test(text.slice((words[i - 1] as Token).end, w.start))) return undefined;
    if (pack.quotes.complementizers.includes(w.text.toLowerCase())) return i;
    if (i > v.index + v.length && longestAt(words, i, pack.speechVerbs) > 0) return undefined;
  }
  return undefined;
}

/** Words after which an English reporting verb takes no clause ("said on Tuesday", "said nothing"). */
const NO_CLAUSE =
  /^(on|in|at|to|during|after|before|about|whether|if|for|by|with|it|nothing|so|yes|no|this|that|goodbye|hello)$/iu;

/** English reports without "that": "Zelensky said the talks were useful", "told reporters the …". */
function zeroComplementizer(text: string, words: readonly Token[], v: VerbHit, pack: LanguagePack): number | undefined {
  if (pack.code !== 'en') return undefined;
  const told = /^tell|^told/iu.test(words[v.index]?.text ?? '');
  const at = v.index + v.length + (told ? 1 : 0);
  const next = words[at];
  if (!next || /[,.;:!?«»"“”]/u.test(text.slice(v.range.end, next.start))) return undefined;
  // Adverbs ("said flatly that") and prepositions come before a "that", not a clause.
  if (
    NO_CLAUSE.test(next.text) ||
    /ly$/u.test(next.text) ||
    pack.quotes.complementizers.includes(next.text.toLowerCase())
  )
    return undefined;
  // "said Serhiy Tkachuk" / "said Peskov": the subject follows the verb, no clause.
  if (/^\p{Lu}/u.test(next.text) && !pack.stopWords.includes(next.text.toLowerCase())) return undefined;
  // A clause has a few words at least: "told the leaders." is only an object.
  const end = words.findIndex((w, k) => k > at && /[.;:!?]/u.test(text.slice((words[k - 1] as Token).end, w.start)));
  if ((end < 0 ? words.length : end) - at < 4) return undefined;
  return at - 1;
}

/** How many words after the verb the comma of a German complement may come ("bekräftigte am Montag, …"). */
const COMMA_REACH = 6;

/**
 * German reports without "dass": "Peskow bekräftigte am Montag, eine Waffenruhe sei erst denkbar,
 * wenn …". The clause after the first comma is the content when it is in the reported mood
 * (pack `reportedMood`). Returns the index of the word before the comma.
 */
function commaComplement(text: string, words: readonly Token[], v: VerbHit, pack: LanguagePack): number | undefined {
  if (pack.quotes.reportedMood.length === 0) return undefined;
  for (let k = v.index + v.length; k < Math.min(words.length - 1, v.index + v.length + COMMA_REACH); k++) {
    const gap = text.slice((words[k - 1] as Token).end, (words[k] as Token).start);
    if (/[.;:!?]/u.test(gap)) return undefined;
    if (!gap.includes(',')) continue;
    const clause = words.slice(k, k + 8).map((w) => w.text.toLowerCase());
    return clause.some((w) => pack.quotes.reportedMood.includes(w)) ? k - 1 : undefined;
  }
  return undefined;
}

/** Where the content clause that starts at `from` ends: a clause break, the next coordinated clause, or the sentence end. */
function clauseEnd(
  text: string,
  words: readonly Token[],
  fromWord: number,
  s: Range,
  pack: LanguagePack,
): { end: number; next?: number } {
  const { clauseBreaks, conjunctions, complementizers } = pack.quotes;
  for (let i = fromWord; i < words.length; i++) {
    const w = words[i] as Token;
    const gap = text.slice((words[i - 1] ?? w).end, w.start);
    const comma = gap.includes(',');
    if (comma && longestAt(words, i, clauseBreaks) > 0) return { end: (words[i - 1] as Token).end };
    const conj = longestAt(words, i, conjunctions);
    if (conj > 0) {
      if (complementizers.includes(words[i + conj]?.text.toLowerCase() ?? ''))
        return { end: (words[i - 1] as Token).end, next: i + conj + 1 };
      if (longestAt(words, i + conj, pack.speechVerbs) > 0) return { end: (words[i - 1] as Token).end };
    }
    if (comma && longestAt(words, i, pack.speechVerbs) > 0) return { end: (words[i - 1] as Token).end };
  }
  return { end: s.end };
}

/** A clause cut right after a partial quote keeps its closing mark: «i løpet av våren», og at … */
function closeOpenMark(text: string, r: Range): Range {
  const next = text[r.end];
  return next && /[»”"’'“]/u.test(next) && hasOpenQuote(text.slice(r.start, r.end))
    ? { start: r.start, end: r.end + 1 }
    : r;
}

/** "X advarte …, og sa at": the subject the coordinated verb shares stands before the conjunction. */
function sharedSubjectSlot(text: string, s: Sentence, words: readonly Token[], v: VerbHit, pack: LanguagePack): Range {
  const conj = (words[v.index - 1] as Token).start;
  // A quoted phrase may stand in that clause ("Han kalte det «uten sidestykke» og skrev at").
  return { start: clauseStart(text, s, conj, pack, false), end: conj };
}

/** A content that is wholly one quote-marked stretch is a direct quote of the words inside. */
function asDirect(text: string, content: Range): { kind: 'direct' | 'indirect'; content: Range } {
  const st = findStretches(text, content.start, content.end);
  const only = st.length === 1 ? st[0] : undefined;
  if (only && only.open === content.start && only.close >= content.end - 1)
    return { kind: 'direct', content: trimContent(text, only.inner) };
  return { kind: 'indirect', content };
}

/** Where the clause of the verb at `at` starts: after a colon, semicolon, closing mark or ", and"-type join. */
export function clauseStart(text: string, s: Sentence, at: number, pack: LanguagePack, atQuotes = true): number {
  const lead = text.slice(s.start, at);
  const quoteEnd = atQuotes ? Math.max(lead.lastIndexOf('»'), lead.lastIndexOf('”')) : -1;
  let cut = Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':'), quoteEnd);
  for (const c of pack.quotes.conjunctions) {
    const i = lead.lastIndexOf(`, ${c} `);
    if (i > cut) cut = i + c.length + 2;
  }
  return cut >= 0 ? s.start + cut + 1 : s.start;
}

function complementClauses(
  doc: PipelineDoc,
  pack: LanguagePack,
  s: Sentence,
  words: Token[],
  v: VerbHit,
): QuoteDraft[] {
  const text = doc.article.text;
  // English may drop "that": try that first, so "said the talks … and that …" keeps its first clause.
  const comp =
    zeroComplementizer(text, words, v, pack) ??
    findComplementizer(text, words, v, pack) ??
    commaComplement(text, words, v, pack);
  if (comp === undefined) return [];
  const out: QuoteDraft[] = [];
  // Only verb-second languages put the subject between the verb and "at" ("sa Zelenskyj at").
  const between =
    pack.verbSecond && comp > v.index + v.length
      ? { start: v.range.end, end: (words[comp] as Token).start }
      : undefined;
  const slot = { start: clauseStart(text, s, v.range.start, pack), end: v.range.start };
  const sameOccasion = longestAt(words, v.index, pack.quotes.additions) > 0;
  // "…, og la til at …": the verb shares the subject of the clause before it.
  const elided = v.index > 0 && pack.quotes.conjunctions.includes(words[v.index - 1]?.text.toLowerCase() ?? '');
  let from: number | undefined = comp + 1;
  let startAt = (words[comp] as Token).end;
  // A comma complement starts after its comma.
  while (/[\s,]/u.test(text[startAt] ?? '') && startAt < (words[comp + 1]?.start ?? startAt)) startAt++;
  while (from !== undefined && from < words.length) {
    const { end, next } = clauseEnd(text, words, from, s, pack);
    const raw = closeOpenMark(text, trimContent(text, { start: startAt, end }));
    if (raw.end - raw.start > 3) {
      const { kind, content } = asDirect(text, raw);
      // "…, saying he …": a participle shares the subject of its clause, named first.
      const participle = pack.code === 'en' && /ing$/u.test(words[v.index]?.text ?? '');
      const who = elided
        ? { inherit: true, subjectFirst: true, slot: sharedSubjectSlot(text, s, words, v, pack) }
        : { slot, ...(between ? { vsSlot: between } : {}), ...(participle ? { subjectFirst: true } : {}) };
      out.push({
        kind,
        content,
        cue: v.range,
        ...who,
        context: s,
        sameOccasion: sameOccasion || elided,
        rule: `${pack.code}.quote.indirect.${out.length ? 'coordinated' : 'complement'}`,
        priority: 3,
      });
    }
    from = next;
    if (next !== undefined) startAt = (words[next - 1] as Token).end;
  }
  return out;
}

/** "…, sa X." / "…, said X." and "A, sa han, B." */
function postposed(doc: PipelineDoc, pack: LanguagePack, s: Sentence, v: VerbHit): QuoteDraft | undefined {
  const text = doc.article.text;
  const before = text.slice(s.start, v.range.start);
  // Nordic and German put the verb first (", sa han"); English may put the subject first (", he said").
  const m = (
    pack.code === 'en' ? /,\s*(?:(?!which\b|who\b|that\b|and\b|but\b)[\p{L}'’.-]+\s+){0,5}$/iu : /,\s*$/u
  ).exec(before);
  if (!m || m.index < 4) return undefined;
  const rest = text.slice(v.range.end, s.end);
  const comma = rest.search(/,\s/u);
  const lang = pack.code;
  // A postposed cue closes the sentence ("…, he said."); a long run after it is a clause of its own.
  if (comma < 0 && (rest.match(/\p{L}+/gu) ?? []).length > 8) return undefined;
  if (comma >= 0 && comma < 60 && /\p{L}/u.test(rest.slice(comma + 1))) {
    const content = trimContent(text, { start: s.start, end: s.end });
    const slot = { start: s.start + m.index, end: v.range.end + comma };
    return {
      kind: 'indirect',
      content,
      cue: v.range,
      slot,
      context: s,
      rule: `${lang}.quote.indirect.cue-inside`,
      priority: 2,
    };
  }
  const content = trimContent(text, { start: s.start, end: s.start + m.index });
  const { kind, content: c } = asDirect(text, content);
  return {
    kind,
    content: c,
    cue: v.range,
    slot: { start: s.start + m.index, end: s.end },
    context: s,
    rule: `${lang}.quote.indirect.cue-after`,
    priority: 2,
  };
}

/** All reported-speech drafts of one sentence. */
export function indirectQuotes(doc: PipelineDoc, pack: LanguagePack, s: Sentence): QuoteDraft[] {
  const words = wordsIn(doc, s);
  const out: QuoteDraft[] = [];
  for (const v of findVerbs(words, pack)) {
    const clauses = complementClauses(doc, pack, s, words, v);
    if (clauses.length) out.push(...clauses);
    else {
      const p = postposed(doc, pack, s, v);
      if (p) out.push(p);
    }
  }
  return out;
}
