/**
 * The entities stage: knowledge-base mentions, then cue-based new names, then surname
 * coreference ("Olena Kovalenko" … "Kovalenko"), then grouping into entities.
 * @module
 */
import { ParleyError } from '../../core/errors.js';
import { span } from '../../core/span.js';
import { slugify } from '../../core/text.js';
import type { KnowledgeBase } from '../../kb/kb.js';
import { GIVEN_NAMES } from '../../lang/common/given-names.js';
import type { LanguagePack } from '../../lang/types.js';
import type { Entity } from '../../schema/analysis.js';
import type { Mention, PipelineDoc, Range, Token } from '../doc.js';
import type { Stage } from '../stage.js';
import { findKbMentions } from './kb-mentions.js';
import { capitalisedRuns, cueFor, newMention, type Run } from './new-names.js';
import { sentenceWords } from './tokens.js';

/** Groups mentions by entity, in order of first mention. */
export function groupMentions(
  text: string,
  mentions: readonly Mention[],
  kbWikidata: (id: string) => string | undefined,
): Entity[] {
  const byId = new Map<string, Entity>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    let e = byId.get(m.id);
    if (!e) {
      const wikidata = kbWikidata(m.id);
      e = { id: m.id, type: m.type, name: m.name, ...(wikidata ? { wikidata } : {}), mentions: [], rule: m.rule };
      byId.set(m.id, e);
    }
    e.mentions.push(span(text, m.start, m.end));
  }
  return [...byId.values()];
}

interface Pending {
  words: Token[];
  runs: Run[];
}

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['lang', 'sentences', 'tokens'],
  provides: ['mentions', 'entities'],
  run(doc: PipelineDoc, ctx) {
    const pack = doc.pack;
    if (!pack) throw new ParleyError('E_INTERNAL', 'no language pack on the document.');
    const text = doc.article.text;
    const mentions: Mention[] = [];
    const pending: Pending[] = [];
    for (const s of doc.sentences ?? []) {
      const words = sentenceWords(doc, s);
      const kb = findKbMentions(text, words, ctx.kb, pack);
      dropShadowedSurnames(text, words, kb);
      kb.mentions = kb.mentions.filter(
        (m) => !(m.type === 'ORG' && ctx.kb.get(m.id)?.kind === 'media' && isCredit(text, m)),
      );
      mentions.push(...kb.mentions, ...countryBodies(text, words, kb.mentions, pack, ctx.kb));
      const runs = capitalisedRuns(text, words, kb.covered, pack);
      const left: Run[] = [];
      for (const run of runs) {
        const cue = cueFor(text, words, run, pack);
        if (cue) mentions.push(newMention(text, words, run, cue));
        else left.push(run);
      }
      pending.push({ words, runs: left });
    }
    mentions.push(...surnameMentions(pending, mentions));
    relinkSurnames(text, mentions);
    for (const m of mentions)
      ctx.trace.add('entities', m.rule, () => `"${text.slice(m.start, m.end)}" @${m.start} → ${m.id} (${m.type})`);
    const entities = groupMentions(text, mentions, (id) => ctx.kb.get(id)?.wikidata);
    return { ...doc, mentions: mentions.sort((a, b) => a.start - b.start), entities };
  },
};

/** A capitalised word equal to the last word of a new person's name refers to that person. */
function surnameMentions(pending: readonly Pending[], found: readonly Mention[]): Mention[] {
  const bySurname = new Map<string, Mention>();
  for (const m of found) {
    if (!m.id.startsWith('new:') || m.type !== 'PER') continue;
    const parts = m.name.split(/\s+/);
    if (parts.length >= 2) bySurname.set(parts[parts.length - 1] as string, m);
  }
  const out: Mention[] = [];
  for (const { words, runs } of pending)
    for (const run of runs) {
      if (run.to - run.from !== 1) continue;
      const t = words[run.from] as Token;
      const m = bySurname.get(t.text) ?? bySurname.get(t.text.replace(/(['’]s|s)$/u, ''));
      if (m) out.push({ ...m, start: t.start, end: t.end, rule: 'entity.surname-coreference' });
    }
  return out;
}

/**
 * "Taras Melnyk" is not the knowledge base's Andriy Melnyk: a KB surname right after a given name
 * that the KB did not match as a full name is another person, so the KB link is dropped and the
 * pair is left to the new-name rules.
 */
function dropShadowedSurnames(
  text: string,
  words: readonly Token[],
  kb: { mentions: Mention[]; covered: Set<number> },
): void {
  kb.mentions = kb.mentions.filter((m) => {
    if (m.type !== 'PER' || /\s/u.test(text.slice(m.start, m.end))) return true;
    const i = words.findIndex((w) => w.start === m.start);
    const prev = words[i - 1];
    const shadowed =
      prev !== undefined && !kb.covered.has(i - 1) && prev.text in GIVEN_NAMES && text.slice(prev.end, m.start) === ' ';
    if (shadowed) kb.covered.delete(i);
    return !shadowed;
  });
}

/** Later surname-only KB mentions of a surname that a new person in the article carries go to that person. */
function relinkSurnames(text: string, mentions: Mention[]): void {
  const bySurname = new Map<string, Mention>();
  for (const m of mentions)
    if (m.id.startsWith('new:') && m.type === 'PER') bySurname.set(m.name.split(/\s+/).at(-1) ?? '', m);
  if (bySurname.size === 0) return;
  for (const [k, m] of mentions.entries()) {
    const surface = text.slice(m.start, m.end);
    if (m.id.startsWith('new:') || m.type !== 'PER' || /\s/u.test(surface)) continue;
    const owner = bySurname.get(surface) ?? bySurname.get(surface.replace(/(['’]s|s)$/u, ''));
    if (owner && owner.start < m.start)
      mentions[k] = { ...m, id: owner.id, name: owner.name, rule: 'entity.surname-coreference' };
  }
}

/**
 * Agency tags and photo credits are not mentions (gold guidelines): "(©NTB)", "(APA)",
 * "Foto: Reuters/NTB", "AFP/Getty Images". Told by symbols alone, so it works in every language.
 */
export function isCredit(text: string, m: Range): boolean {
  const before = text.slice(Math.max(0, m.start - 3), m.start);
  const after = text.slice(m.end, m.end + 2);
  if (/\(©?\s*$/u.test(before) && /^\s*\)/u.test(after)) return true;
  if (/©\s*$/u.test(before)) return true;
  if (/\/\s*$/u.test(before) || /^\s*\//u.test(after)) return true;
  const lineStart = text.lastIndexOf('\n', m.start) + 1;
  const line = text.slice(lineStart, m.start);
  return /(?:^|\s)\p{L}+:\s*$/u.test(line) && line.length < 40 && /^\s*(?:\n|$)/u.test(text.slice(m.end, m.end + 3));
}

/** At most this many lower-case words between a country and the noun that heads its body. */
const BODY_WORDS = 2;

/**
 * A state's body that the KB does not list, named by the state and a head noun:
 * "Ukrainas innenriksdepartement", "Ukraine's energy ministry", "Polens operative kommando".
 * It becomes a new organisation named as written; the country keeps its own mention.
 */
function countryBodies(
  text: string,
  words: readonly Token[],
  kbMentions: readonly Mention[],
  pack: LanguagePack,
  kb: KnowledgeBase,
): Mention[] {
  const out: Mention[] = [];
  for (const m of kbMentions) {
    if (m.type !== 'LOC' || kb.get(m.id)?.kind !== 'country') continue;
    const i = words.findIndex((w) => w.start >= m.end);
    for (let k = i; k >= 0 && k < Math.min(words.length, i + BODY_WORDS); k++) {
      const w = words[k] as Token;
      if (!/^\p{Ll}/u.test(w.text) || /[,.;:]/u.test(text.slice((words[k - 1] ?? w).end, w.start))) break;
      if (!pack.orgNouns.some((n) => w.text.toLowerCase().endsWith(n))) continue;
      if (kbMentions.some((x) => x.start < w.end && w.start < x.end)) break;
      const name = text.slice(m.start, w.end);
      out.push({
        start: m.start,
        end: w.end,
        id: `new:${slugify(name)}`,
        type: 'ORG',
        name,
        kind: 'name',
        rule: `${pack.code}.entity.country-body`,
      });
      break;
    }
  }
  return out;
}
