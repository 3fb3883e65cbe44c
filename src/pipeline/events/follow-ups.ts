/**
 * Later mentions of an event already told: "angrepene" / "the attacks" pointing back, and
 * sentences that only count the dead ("Minst 11 mennesker ble drept"). They add their numbers
 * and sources to the earlier event instead of making new ones; numbers given in later sentences
 * (drones, missiles, the dead) belong to the last attack told.
 * @module
 */

import type { KnowledgeBase } from '../../kb/kb.js';
import type { LanguagePack } from '../../lang/types.js';
import type { Event, Quantities } from '../../schema/analysis.js';
import type { PipelineDoc } from '../doc.js';
import { governmentOf } from '../entities/references.js';

/** How many paragraphs after an attack a casualty count may still belong to it. */
const FOLLOW_UP_PARAGRAPHS = 4;

const lower = (s: string) => s.toLowerCase();

/** Does the trigger (alone or with the word before it) point back to an event already told? */
function refersBack(text: string, e: Event, pack: LanguagePack): boolean {
  const word = lower(e.trigger.text);
  const refs = pack.events.referring;
  if (refs.includes(word)) return true;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, e.trigger.start - 40), e.trigger.start))?.[1];
  return before !== undefined && refs.includes(`${lower(before)} ${word}`);
}

/** Acts whose object may be an attack told before ("kritisierte die russischen Angriffe", "condemned the strikes"). */
const SPEECH_ACTS: ReadonlySet<string> = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN']);

/** Is the attack named after a condemnation, demand or refusal in its sentence (and so that act's object)? */
function isObjectOfSpeech(events: readonly Event[], e: Event): boolean {
  return (
    e.type === 'ASSAULT' &&
    events.some(
      (o) =>
        SPEECH_ACTS.has(o.type) &&
        o.evidence.start === e.evidence.start &&
        o.trigger.end <= e.trigger.start &&
        !o.rule?.includes('speech-act'),
    )
  );
}

/** Does the sentence say whose count it is ("ifølge helseministeren", "officials said")? Then the state named is the source. */
function attributed(e: Event, pack: LanguagePack): boolean {
  const words = lower(e.evidence.text).split(/[^\p{L}]+/u);
  const has = (phrase: string) => {
    const p = phrase.split(' ');
    return words.some((_, i) => p.every((x, k) => words[i + k] === x));
  };
  return pack.quotes.accordingTo.some(has) || pack.speechVerbs.some(has);
}

/** Are the event's actors named in its own sentence (rather than found in the paragraph)? */
function actorsInSentence(doc: PipelineDoc, kb: KnowledgeBase, e: Event): boolean {
  return (doc.mentions ?? []).some(
    (m) =>
      m.start >= e.evidence.start &&
      m.end <= e.trigger.start &&
      (e.actors.includes(m.id) ||
        e.actors.includes(governmentOf(m.id, kb)) ||
        e.actors.includes(kb.get(m.id)?.country ?? '')),
  );
}

/** The earlier event's numbers, with any the later mention adds. */
function fillQuantities(a?: Quantities, b?: Quantities): Quantities | undefined {
  if (!a || !b) return a ?? b;
  const out: Quantities = { ...a };
  for (const [k, v] of Object.entries(b)) if (v !== undefined && out[k] === undefined) out[k] = v;
  return out;
}

/** Folds later mentions into the event they point back to; `events` sorted by position. */
export function foldFollowUps(
  doc: PipelineDoc,
  pack: LanguagePack,
  kb: KnowledgeBase,
  events: readonly Event[],
): Event[] {
  const text = doc.article.text;
  const para = (at: number) => (doc.paragraphs ?? []).findIndex((p) => p.start <= at && at <= p.end);
  const out: Event[] = [];
  for (const e of events) {
    const prev = out.filter((o) => o.type === e.type && o.trigger.start < e.trigger.start).at(-1);
    const casualty =
      e.type === 'ASSAULT' &&
      pack.events.casualties.includes(lower(e.trigger.text)) &&
      para(e.trigger.start) - (prev ? para(prev.trigger.start) : -99) <= FOLLOW_UP_PARAGRAPHS &&
      // "ifølge Ukrainas helseminister er 57 drept": the attacked state named as a source is no attacker.
      (!actorsInSentence(doc, kb, e) ||
        (prev !== undefined && e.actors.every((x) => prev.targets.includes(x))) ||
        attributed(e, pack));
    if (prev && (casualty || refersBack(text, e, pack) || isObjectOfSpeech(events, e))) {
      const quantities = fillQuantities(prev.quantities, e.quantities);
      const sources = [...new Set([...(prev.sources ?? []), ...(e.sources ?? [])])];
      out[out.indexOf(prev)] = {
        ...prev,
        ...(quantities ? { quantities } : {}),
        ...(sources.length ? { sources } : {}),
      };
      continue;
    }
    out.push(e);
  }
  return out;
}

/**
 * Numbers given later about the last attack ("Han rapporterte at rundt 400 droner …") belong to
 * it when their sentence names no attack of its own.
 */
export function attachFollowUpNumbers(doc: PipelineDoc, events: Event[], kinds: readonly string[]): void {
  for (const q of doc.quantities ?? []) {
    if (!q.kind || !kinds.includes(q.kind)) continue;
    const s = (doc.sentences ?? []).find((x) => x.start <= q.span.start && q.span.end <= x.end);
    if (!s || events.some((e) => e.type === 'ASSAULT' && e.evidence.start === s.start)) continue;
    const target = events.filter((e) => e.type === 'ASSAULT' && e.evidence.end <= s.start).at(-1);
    const para = (at: number) => (doc.paragraphs ?? []).findIndex((p) => p.start <= at && at <= p.end);
    if (!target || para(s.start) - para(target.evidence.start) > FOLLOW_UP_PARAGRAPHS) continue;
    if (target.quantities?.[q.kind] === undefined) target.quantities = { ...target.quantities, [q.kind]: q.value };
  }
}
