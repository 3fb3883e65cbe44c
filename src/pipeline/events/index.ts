/**
 * The events stage: PLOVER events from trigger words, with status, participants, date, numbers,
 * modes and contexts; events reported in quotes list the quote; repeated mentions of one event
 * (the same talks, one night's strikes) are merged.
 * @module
 */
import { ParleyError } from '../../core/errors.js';
import { overlaps, span } from '../../core/span.js';
import type { KnowledgeBase } from '../../kb/kb.js';
import type { EventLexicon, LanguagePack } from '../../lang/types.js';
import type { Event, EventStatus, Quantities } from '../../schema/analysis.js';
import type { PloverEventType } from '../../schema/plover.js';
import type { PipelineDoc, Range, Sentence, Token } from '../doc.js';
import type { Stage } from '../stage.js';
import { addDays, daysBetween, eventDate, firstDay, spanDates } from './dates.js';
import { attachFollowUpNumbers, foldFollowUps } from './follow-ups.js';
import { mergeEvents } from './merge.js';
import { interceptionParties, type ParticipantContext, participants, withStates } from './participants.js';
import { asAllegations, speechActEvents } from './speech-acts.js';
import { eventStatus, inConditionClause } from './status.js';
import { findTriggers, hasPhrase, type TriggerHit } from './triggers.js';

/** Events dated this many days before publication are background, not news. */
const BACKGROUND_DAYS = 14;

/** Quantity kinds each event type carries. */
const EVENT_QUANTITIES: Partial<Record<PloverEventType, readonly string[]>> = {
  ASSAULT: ['killed', 'injured', 'drones', 'missiles'],
  RETREAT: ['prisoners'],
};

function wordsOf(doc: PipelineDoc, s: Sentence): Token[] {
  return (doc.tokens ?? []).slice(s.firstToken, s.endToken).filter((t) => t.word);
}

function modesFor(
  lex: EventLexicon,
  type: PloverEventType,
  words: readonly Token[],
  base: readonly string[],
  at = 0,
): string[] {
  const out = new Set(base);
  // Demands and refusals: what is asked or refused gives the mode (pack data, first match wins).
  if (type === 'REQUEST' || type === 'REJECT') {
    // What is asked or refused follows the asking ("held talks …, said Kyiv would not recognize
    // any agreement": no meeting refused).
    const text = words
      .slice(at)
      .map((w) => w.text.toLowerCase())
      .join(' ');
    const ask = Object.entries(lex.askWords).find(([k]) => text.includes(k));
    if (ask) out.add(ask[1]);
  }
  if (type === 'ASSAULT')
    for (const w of words)
      for (const [k, mode] of Object.entries(lex.modeWords)) if (w.text.toLowerCase().includes(k)) out.add(mode);
  return [...out];
}

/**
 * Talks or a deal named after a demand or refusal in the sentence are what is asked or refused
 * ("called off the summit", "ba om et møte"): the demand is the event, they are its mode.
 */
function isAskedFor(hits: readonly TriggerHit[], hit: TriggerHit): boolean {
  const near = (h: TriggerHit) => hit.index - (h.index + h.length) < ASKED_WITHIN;
  if (ASKED_ANYWHERE.has(hit.trigger.type))
    return hits.some((h) => h.index < hit.index && ASKING.has(h.trigger.type) && !h.trigger.notEvent);
  // Aid, troops or sanctions asked for or refused ("urged allies to speed up deliveries of air
  // defence", "rejected any deployment of troops") are the demand's object when close to it.
  // "a package of sanctions", "the sanctions package": no aid.
  if (
    hit.trigger.type === 'AID' &&
    hits.some((h) => h.trigger.type === 'SANCTION' && Math.abs(h.index - hit.index) <= 2)
  )
    return true;
  if (ASKED_NEAR.has(hit.trigger.type))
    return hits.some((h) => h.index < hit.index && ASKING.has(h.trigger.type) && !h.trigger.notEvent && near(h));
  // "accused Russian forces of shelling its positions": what is alleged is the accusation's content.
  if (ALLEGED.has(hit.trigger.type))
    return hits.some(
      (h) => h.index < hit.index && h.trigger.type === 'ACCUSE' && hit.index - (h.index + h.length) < ALLEGED_WITHIN,
    );
  return false;
}

const ALLEGED: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE']);
/** How many words after an accusation its content may stand ("beskyldte Russland for å ha angrepet"). */
const ALLEGED_WITHIN = 6;

const ASKING: ReadonlySet<string> = new Set(['REJECT', 'REQUEST']);
/**
 * Speech acts: a condition is part of what is said (the act itself took place), and the act is
 * dated by the saying, never after the report.
 */
const UNCONDITIONAL: ReadonlySet<string> = new Set(['ACCUSE', 'REJECT', 'REQUEST', 'THREATEN']);
const ASKED_ANYWHERE: ReadonlySet<string> = new Set(['CONSULT', 'AGREE']);
const ASKED_NEAR: ReadonlySet<string> = new Set(['AID', 'MOBILIZE', 'RETREAT', 'SANCTION', 'SUPPORT']);
/** How many words after a demand or refusal its object may stand. */
const ASKED_WITHIN = 10;

/** How many words before an agreement a "may" makes it speculation. */
const MODAL_WINDOW = 3;

/** "før man kan bli enige", "they could agree": an agreement that may come is none yet. */
function isSpeculation(lex: EventLexicon, words: readonly Token[], hit: TriggerHit): boolean {
  return (
    hit.trigger.type === 'AGREE' &&
    words.slice(Math.max(0, hit.index - MODAL_WINDOW), hit.index).some((w) => lex.modals.includes(w.text.toLowerCase()))
  );
}

/** How many words before a trigger "tidligere"/"previously" makes it history. */
const BACKGROUND_WINDOW = 3;

/** How many words before a trigger a verb of belief makes it what is believed. */
const BELIEF_WINDOW = 4;

/** "alle som tror at Moskva vil ha fred", "anyone who still believes Putin wants peace". */
function isBelief(lex: EventLexicon, words: readonly Token[], hit: TriggerHit): boolean {
  return words
    .slice(Math.max(0, hit.index - BELIEF_WINDOW), hit.index)
    .some((w) => lex.beliefs.includes(w.text.toLowerCase()));
}

/** How many words before a negated agreement a "will"/"vil" makes it a refusal. */
const REFUSAL_WINDOW = 4;

/** How many words an agreement and the exchange or meeting agreed may stand apart ("enige om en ny utveksling"). */
const AGREED_WITHIN = 5;

// A truce promised is an agreement made (status as told), not one planned: not listed.
const AGREEABLE: ReadonlySet<string> = new Set(['RETREAT', 'CONSULT']);

/**
 * An exchange, meeting or truce named right after an agreement and a joining word ("agreed to
 * exchange", "enige om en ny utveksling") is what was agreed: returns the agreement's hit.
 */
function agreedContent(
  lex: EventLexicon,
  words: readonly Token[],
  hits: readonly TriggerHit[],
  hit: TriggerHit,
): TriggerHit | undefined {
  if (!AGREEABLE.has(hit.trigger.type)) return undefined;
  return hits.find(
    (h) =>
      h.trigger.type === 'AGREE' &&
      !h.trigger.notEvent &&
      h.index < hit.index &&
      hit.index - (h.index + h.length) < AGREED_WITHIN &&
      words.slice(h.index, hit.index).some((w) => lex.agreedOn.includes(w.text.toLowerCase())),
  );
}

/** An agreement followed by what was agreed is coded through that (see agreedContent). */
function agreementOn(
  lex: EventLexicon,
  words: readonly Token[],
  hits: readonly TriggerHit[],
  hit: TriggerHit,
): boolean {
  return (
    hit.trigger.type === 'AGREE' && hits.some((h) => h.index > hit.index && agreedContent(lex, words, hits, h) === hit)
  );
}

/** Weapon words (pack modeWords of these modes) make a promise one of material aid. */
const WEAPON_MODES = new Set(['heavy-weapons', 'drone', 'aerial']);

/** Is what is promised after the trigger material: weapons, or an aid noun ("luftvern", "package")? */
function materialAfter(
  lex: EventLexicon,
  words: readonly Token[],
  hits: readonly TriggerHit[],
  index: number,
): boolean {
  if (hits.some((h) => h.index > index && h.trigger.type === 'AID')) return true;
  return words
    .slice(index + 1)
    .some((w) =>
      Object.entries(lex.modeWords).some(([k, mode]) => WEAPON_MODES.has(mode) && w.text.toLowerCase().includes(k)),
    );
}

function contextsFor(lex: EventLexicon, words: readonly Token[]): string[] {
  const out = new Set<string>();
  for (const w of words)
    for (const [k, c] of Object.entries(lex.contextWords)) if (w.text.toLowerCase().includes(k)) out.add(c);
  return [...out];
}

function quantitiesIn(doc: PipelineDoc, r: Range, type: PloverEventType): Quantities | undefined {
  const kinds = EVENT_QUANTITIES[type] ?? [];
  const qs = (doc.quantities ?? []).filter((q) => q.span.start >= r.start && q.span.end <= r.end);
  const out: Quantities = {};
  for (const q of qs) if (q.kind && kinds.includes(q.kind) && out[q.kind] === undefined) out[q.kind] = q.value;
  return Object.keys(out).length ? out : undefined;
}

/**
 * Talks with no city of their own took place where the dateline puts the report ("RIYADH, Saudi
 * Arabia (AP) — … after four hours of talks").
 */
function talksAtDateline(doc: PipelineDoc, kb: KnowledgeBase, events: Event[]): void {
  const dateline = (doc.mentions ?? []).find((m) => m.start === 0 && m.type === 'LOC');
  if (!dateline || kb.get(dateline.id)?.kind === 'country') return;
  for (const e of events)
    if (e.type === 'CONSULT' && e.status === 'occurred' && (!e.location || kb.get(e.location)?.kind === 'country'))
      e.location = dateline.id;
}

/** A meeting agreed for later is between the parties of the talks the article reports. */
function partiesOfPlannedTalks(events: Event[]): void {
  const talks = events.find((e) => e.type === 'CONSULT' && e.actors.length >= 2);
  if (!talks) return;
  // Only a plan told without its parties ("the delegations were expected to meet again"): a
  // planned meeting that names someone to meet, or two parties, keeps its own.
  for (const e of events)
    if (e.rule?.includes('.consult-planned') && e.targets.length === 0 && e.actors.length < 2)
      e.actors = [...talks.actors];
}

/**
 * Condemning or accusing "the attack" ("fordømte angrepet", "condemned the strikes") targets
 * whoever carried out the last attack reported before it.
 */
function targetTheAttacker(doc: PipelineDoc, pack: LanguagePack, events: Event[]): void {
  const attackWords = pack.events.triggers.filter((t) => t.type === 'ASSAULT');
  for (const e of events) {
    if (e.type !== 'ACCUSE' || e.targets.length) continue;
    const after = doc.article.text
      .slice(e.trigger.end, e.evidence.end)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .slice(0, 4);
    const names = after.some((w) => attackWords.some((t) => t.forms.some((f) => w.includes(f.replace(/\*/g, '')))));
    const attack = events.filter((o) => o.type === 'ASSAULT' && o.trigger.start < e.trigger.start).at(-1);
    if (names && attack) e.targets = attack.actors.filter((a) => !e.actors.includes(a));
  }
}

/**
 * An agreement with no party named ("no ceasefire deal was reached", "the two sides agreed to
 * exchange prisoners") was (not) reached at the article's talks: the parties of the talks told
 * before it (else after it) are its actors.
 */
function agreedAtTalks(ctx: ParticipantContext, events: Event[]): void {
  for (const [i, e] of events.entries()) {
    if (e.type !== 'AGREE' || e.actors.length > 0) continue;
    // Talks held, or an exchange both sides carried out ("another exchange is being prepared").
    const held = (o: Event) =>
      (o.type === 'CONSULT' && o.actors.length > 0) || (o.type === 'RETREAT' && o.actors.length >= 2);
    // Told before, else the talks the article goes on to tell of ("… before the meeting").
    const talks = events.slice(0, i).findLast(held) ?? events.slice(i + 1).find(held);
    // Leaders who met fail to agree for their states.
    if (talks) e.actors = withStates(ctx, [...talks.actors, ...talks.targets]);
  }
}

/**
 * "Samtalene kom dagen etter at Ukraina angrep …", "The sanctions came a day after Trump shelved
 * plans": what follows the phrase took place the day before the event named before it.
 */
function anchorDayAfter(doc: PipelineDoc, pack: LanguagePack, events: Event[]): void {
  const text = doc.article.text;
  // Whole words only, the longest phrase first ("dagen etter at" before "dagen etter").
  const phrases = [...pack.events.dayAfter]
    .sort((a, b) => b.length - a.length)
    .map((c) => [c, new RegExp(`(?<!\\p{L})${c}(?!\\p{L})`, 'u')] as const);
  for (const e of events) {
    const before = text.slice(e.evidence.start, e.trigger.start).toLowerCase();
    const cue = phrases.find(([, re]) => re.test(before))?.[0];
    if (!cue) continue;
    const headEnd = e.evidence.start + before.lastIndexOf(cue);
    // The kinds of event named before the phrase ("Samtalene kom …" → talks).
    const words = (doc.tokens ?? []).filter((w) => w.start >= e.evidence.start && w.end <= headEnd);
    const kinds = new Set(findTriggers(words, pack.events).map((h) => h.trigger.type));
    const candidates = events.filter((o) => o !== e && o.date && o.type !== e.type && kinds.has(o.type));
    // The event so named: told in this sentence, else the last one told before it, else the first.
    const anchor =
      candidates.find((o) => o.evidence.start === e.evidence.start) ??
      candidates.findLast((o) => o.trigger.start < e.evidence.start) ??
      candidates[0];
    if (anchor?.date) e.date = addDays(firstDay(anchor.date), -1);
  }
}

/** "bare timer før fredssamtalene": the event took place on the first day of the talks it precedes. */
function anchorShortlyBefore(doc: PipelineDoc, pack: LanguagePack, events: Event[]): void {
  for (const e of events) {
    const evidence = e.evidence.text.toLowerCase();
    const cue = pack.events.shortlyBefore.find((c) => evidence.includes(c));
    if (!cue) continue;
    const after = e.evidence.start + evidence.indexOf(cue) + cue.length;
    const anchor = events.find(
      (o) =>
        o !== e &&
        o.date &&
        o.type !== e.type &&
        doc.article.text.slice(after, e.evidence.end).toLowerCase().includes(o.trigger.text.toLowerCase().slice(0, 6)),
    );
    // "… before the second day of talks began": the day after their first.
    const second = pack.events.secondDay.some((d) => evidence.slice(evidence.indexOf(cue)).includes(d));
    if (anchor?.date) e.date = addDays(firstDay(anchor.date), second ? 1 : 0);
  }
}

/** Dated (by day, month or year) well before publication: background history, not news. */
function isBackground(doc: PipelineDoc, s: Range, when: { date?: string; from: string }): boolean {
  const published = doc.article.published?.slice(0, 10);
  if (!published) return false;
  const date = when.date;
  if (date && daysBetween(firstDay(date), published) > BACKGROUND_DAYS) return true;
  // A recent day of its own in the sentence outweighs a year named beside it ("met on Friday,
  // their first meeting since 2019").
  if (date && when.from === 'sentence') return false;
  return (doc.times ?? []).some((t) => {
    if (t.span.start < s.start || t.span.end > s.end || !/^(month|year)$/.test(t.granularity)) return false;
    const last = t.granularity === 'year' ? `${t.value.slice(0, 4)}-12-31` : `${t.value.slice(0, 7)}-28`;
    return daysBetween(last, published) > BACKGROUND_DAYS;
  });
}

interface Reading {
  type: PloverEventType;
  status: EventStatus;
  /** The status the words give, before the reading changed it. */
  told: EventStatus;
  /** The agreement whose content this trigger is, if any. */
  agreed?: TriggerHit;
  /** The rule name: the trigger's type, or how its reading changed it. */
  how: string;
}

/** What a trigger codes, read with its sentence: type and status. */
function reading(
  pack: LanguagePack,
  words: readonly Token[],
  hits: readonly TriggerHit[],
  hit: TriggerHit,
  date: string | undefined,
  published: string | undefined,
): Reading {
  const lex = pack.events;
  const listed = hit.trigger.type as PloverEventType;
  // A refusal worded with its own negation ("ikke vil anerkjenne", "would not recognize") took
  // place; only a negation before it denies it.
  const ownNegation = hasPhrase(words.slice(hit.index, hit.index + hit.length), lex.negations);
  const told: EventStatus = ownNegation
    ? hasPhrase(words.slice(Math.max(0, hit.index - REFUSAL_WINDOW), hit.index), lex.negations)
      ? 'denied'
      : 'occurred'
    : eventStatus(words, hit.index, lex, pack.time.notFuture, pack.quotes.complementizers);
  // A warning or demand with a condition in it ("svaret blir hardt dersom …") was still made.
  const said = told === 'conditional' && UNCONDITIONAL.has(listed) ? 'occurred' : told;
  // Dated after publication: it has not happened yet, whatever the verb says.
  const ahead = published !== undefined && date !== undefined && firstDay(date) > published;
  const status: EventStatus = ahead && (said === 'occurred' || said === 'ongoing') ? 'planned' : said;
  // "Russland vil ikke gå med på noen våpenhvile": an agreement refused, not one that failed.
  if (
    listed === 'AGREE' &&
    !hit.trigger.onlyDenied &&
    told === 'denied' &&
    hasPhrase(words.slice(Math.max(0, hit.index - REFUSAL_WINDOW), hit.index), lex.future)
  )
    return { type: 'REJECT', status: 'occurred', told, how: 'agree-refused' };
  // "agreed to exchange prisoners", "enige om nye samtaler": the exchange or meeting is agreed, not done.
  const agreed = agreedContent(lex, words, hits, hit);
  const later = status === 'denied' ? status : 'planned';
  if (agreed) return { type: 'AGREE', status: later, told, agreed, how: `agreed-${listed.toLowerCase()}` };
  // A promise of weapons or money is aid not yet given ("lovet å sende missiler").
  if (listed === 'AGREE' && materialAfter(lex, words, hits, hit.index))
    return { type: 'AID', status: later, told, how: 'aid-promised' };
  // A meeting or exchange announced for the future is an agreement to meet (event-types.md).
  if ((listed === 'CONSULT' || listed === 'RETREAT') && status === 'planned')
    return { type: 'AGREE', status, told, how: 'consult-planned' };
  return { type: listed, status, told, how: listed.toLowerCase() };
}

function sentenceEvents(doc: PipelineDoc, pack: LanguagePack, ctx: ParticipantContext, s: Sentence): Event[] {
  const text = doc.article.text;
  const words = wordsOf(doc, s);
  const para = (doc.paragraphs ?? [])[s.paragraph];
  const out: Event[] = [];
  const seen = new Set<string>();
  // Inside a sentence, a capitalised word is a name, not an event word ("Gripen"), except where
  // every noun is capitalised.
  const hits = findTriggers(words, pack.events).filter(
    (h) => pack.capitalisedNouns || h.index === 0 || !/^\p{Lu}/u.test((words[h.index] as Token).text),
  );
  const published = doc.article.published?.slice(0, 10);
  for (const hit of hits) {
    if (hit.trigger.notEvent || isAskedFor(hits, hit) || agreementOn(pack.events, words, hits, hit)) continue;
    if (isSpeculation(pack.events, words, hit) || isBelief(pack.events, words, hit)) continue;
    // "Det har Moskva tidligere blankt avvist": told as earlier history, not as news.
    if (hasPhrase(words.slice(Math.max(0, hit.index - BACKGROUND_WINDOW), hit.index), pack.events.background)) continue;
    const day = eventDate(doc, s, para, hit.range.start);
    // A refusal or demand is made when told; a later day in its sentence is what it is about
    // ("postponed a visit planned for Wednesday").
    const later =
      published !== undefined && day.from === 'sentence' && day.date !== undefined && firstDay(day.date) > published;
    const when = later && UNCONDITIONAL.has(hit.trigger.type) ? eventDate(doc, s, para, hit.range.start, [s]) : day;
    const { type, status, told, agreed, how } = reading(pack, words, hits, hit, when.date, published);
    // One event of a type per sentence; an offer and a concession in one sentence are one offer.
    const family = type === 'CONCEDE' ? 'AGREE' : type;
    // Two of a type in a sentence are two events only when each has a day of its own in it
    // ("hit the refinery on Wednesday, after Tuesday night's strike in Bryansk").
    const ownDay = when.from === 'sentence' && when.date !== undefined && !when.date.includes('/');
    const key = ownDay ? `${family}|${when.date}` : family;
    if (seen.has(family) && (!ownDay || seen.has(key))) continue;
    if (inConditionClause(text, words, hit.index, pack.events)) continue;
    if (hit.trigger.onlyDenied && told !== 'denied') continue;
    // "there will be no agreement": a forecast or a condition, not a deal that failed.
    if (
      hit.trigger.onlyDenied &&
      hasPhrase(words.slice(Math.max(0, hit.index - REFUSAL_WINDOW), hit.index), pack.events.future)
    )
      continue;
    if (hit.trigger.requires && !hasPhrase(words, hit.trigger.requires)) continue;
    const who = hit.trigger.interception
      ? interceptionParties(ctx, s, words)
      : participants(ctx, s, words, hit.range, type);
    // Who agreed is the subject of the agreeing verb, when it has one ("Russland og Ukraina lovet USA å …").
    if (agreed) {
      const by = participants(ctx, s, words, agreed.range, 'AGREE');
      if (by.actors.length) {
        who.actors = by.actors;
        who.targets = by.targets.filter((t) => !by.actors.includes(t));
      }
    }
    // Talks named without their parties ("de USA-støttede fredssamtalene i Genève") are kept to
    // merge their mediator and place into the talks; alone they are dropped after merging.
    const mergeOnly =
      who.actors.length === 0 && type === 'CONSULT' && (who.mediators.length > 0 || who.location !== undefined);
    // "Det ble ikke inngått noen avtale", "the two sides agreed to …": an agreement (not) reached
    // at the talks; its parties are the talks' (agreedAtTalks).
    const failed =
      who.actors.length === 0 &&
      type === 'AGREE' &&
      (status === 'denied' || agreed !== undefined || how === 'consult-planned');
    if (who.actors.length === 0 && !mergeOnly && !failed) continue;
    if (isBackground(doc, s, when)) continue;
    seen.add(family);
    seen.add(key);
    const sources = (doc.quotes ?? [])
      .filter((q) => overlaps(q.span, hit.range) || (q.cue && overlaps(q.cue, hit.range)))
      .map((q) => q.id);
    const modes = agreed ? [] : modesFor(pack.events, type, words, hit.trigger.modes ?? [], hit.index);
    const contexts = contextsFor(pack.events, words);
    const quantities = quantitiesIn(doc, s, type);
    out.push({
      id: '',
      type,
      modes:
        who.mediators.length && type === 'CONSULT'
          ? [...new Set([...modes, 'third-party'])]
          : who.multilateral
            ? [...new Set([...modes, 'multilateral'])]
            : modes,
      ...(contexts.length ? { contexts } : {}),
      actors: who.actors,
      targets: who.targets,
      ...(who.mediators.length ? { mediators: who.mediators } : {}),
      ...(who.location ? { location: who.location } : {}),
      ...(when.date ? { date: when.date } : {}),
      status,
      ...(quantities ? { quantities } : {}),
      rule: `${pack.code}.event.${how}${when.from === 'published' || when.from === 'lead' ? `.date-${when.from}` : ''}`,
      trigger: span(text, hit.range.start, hit.range.end),
      evidence: span(text, s.start, s.end),
      ...(sources.length ? { sources } : {}),
    });
  }
  return out;
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['lang', 'sentences', 'tokens', 'mentions', 'entities', 'quotes', 'times'],
  provides: ['events'],
  run(doc, ctx) {
    const pack = doc.pack;
    if (!pack) throw new ParleyError('E_INTERNAL', 'no language pack on the document.');
    const date = (doc.article.published ?? new Date().toISOString()).slice(0, 10);
    const speakers = (doc.quotes ?? []).flatMap((q) => (q.speaker ? [{ id: q.speaker, at: q.span.start }] : []));
    const pctx: ParticipantContext = { doc, pack, kb: ctx.kb, date, speakers };
    const dateOf = (at: number, skip?: readonly Range[]) => {
      const s = (doc.sentences ?? []).find((x) => x.start <= at && at < x.end);
      return s ? eventDate(doc, s, (doc.paragraphs ?? [])[s.paragraph], at, skip).date : undefined;
    };
    const fromTriggers = asAllegations(
      doc,
      pack,
      pctx,
      (doc.sentences ?? []).flatMap((s) => sentenceEvents(doc, pack, pctx, s)),
      dateOf,
    );
    // A quote whose reporting verb is itself a trigger ("krevde", "warned") is coded by it; events
    // told inside a quote's content leave the speaker's own act to be read from the quote.
    const cited = new Map<string, Set<string>>();
    for (const q of doc.quotes ?? []) {
      const told = fromTriggers.filter((e) => e.sources?.includes(q.id));
      if (told.length === 0) continue;
      const byCue = q.cue !== undefined && told.some((e) => overlaps(e.trigger, q.cue as Range));
      // '*' : the reporting verb is the act; else the act types already read from its content.
      // 'denied': the quote tells of an act not done ("no plans for mobilisation"), which is its refusal.
      const denied = told.some((e) => e.status === 'denied') ? ['denied'] : [];
      cited.set(q.id, new Set(byCue ? ['*'] : [...told.map((e) => e.type), ...denied]));
    }
    // Sides that attack each other in the article are enemies.
    const hostile = new Set(
      fromTriggers
        .filter((e) => e.type === 'ASSAULT')
        .flatMap((e) => e.actors.flatMap((a) => e.targets.flatMap((t) => [`${a}|${t}`, `${t}|${a}`]))),
    );
    const enemies = (a: string, b: string) => hostile.has(`${a}|${b}`);
    const said = speechActEvents(doc, pack, pctx, cited, dateOf, enemies);
    // Sanctions or aid called for in a quote that is a demand are what is asked ("… should
    // respond with tougher sanctions"), not events of their own. (A refusal's object is kept:
    // "no plans for mobilisation" is the mobilisation denied.)
    const asking = new Set(said.filter((e) => e.type === 'REQUEST').flatMap((e) => e.sources ?? []));
    const told = fromTriggers.filter((e) => !(ASKED_NEAR.has(e.type) && e.sources?.some((q) => asking.has(q))));
    const raw = [...told, ...said].sort((a, b) => a.trigger.start - b.trigger.start);
    agreedAtTalks(pctx, raw);
    // A place or body inside a state (never a person of it).
    const within = (inner: string, outer: string) => {
      const e = ctx.kb.get(inner);
      return e?.type !== 'PER' && e?.country === outer;
    };
    const events = mergeEvents(foldFollowUps(doc, pack, ctx.kb, raw), spanDates, within)
      .filter((e) => e.actors.length > 0)
      .map((e, i) => ({ ...e, id: `e${i + 1}` }));
    attachFollowUpNumbers(doc, events, EVENT_QUANTITIES.ASSAULT ?? []);
    talksAtDateline(doc, ctx.kb, events);
    partiesOfPlannedTalks(events);
    targetTheAttacker(doc, pack, events);
    anchorShortlyBefore(doc, pack, events);
    anchorDayAfter(doc, pack, events);
    for (const e of events)
      ctx.trace.add(
        'events',
        e.rule ?? 'event',
        () =>
          `${e.id} ${e.type} "${e.trigger.text}" actors ${e.actors.join('+')} → ${e.targets.join('+')} ${e.date ?? ''} ${e.status}`,
      );
    return { ...doc, events };
  },
};
