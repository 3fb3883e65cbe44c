/**
 * Who took part in an event and where: actors before the trigger (coordinated names together),
 * targets after it, mediators next to a mediation cue ("USA-støttede", "brokered by the UAE"),
 * the location after a place preposition. Capitals stand for their country as actors; persons
 * acting in office bring their state for speech acts and decisions.
 * @module
 */
import type { KnowledgeBase } from '../../kb/kb.js';
import type { LanguagePack } from '../../lang/types.js';
import type { PloverEventType } from '../../schema/plover.js';
import type { Mention, PipelineDoc, Range, Token } from '../doc.js';
import { governmentOf, RELATIVE_PRONOUN, resolveSlot } from '../entities/references.js';

/** Types whose actor is a person speaking or deciding in office, who then brings their state. */
const OFFICE_ACTS: ReadonlySet<PloverEventType> = new Set([
  'REQUEST',
  'REJECT',
  'ACCUSE',
  'THREATEN',
  'AGREE',
  'SUPPORT',
  'CONCEDE',
  'SANCTION',
  'AID',
  // Orders: a president mobilising, a decree of martial law.
  'MOBILIZE',
  'COERCE',
]);

/** KB kinds of places that are never actors or targets (a capital stands for its state before this). */
const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'region', 'place']);

/** Types that can have a third party hosting or brokering them. */
const MEDIATED: ReadonlySet<PloverEventType> = new Set(['CONSULT', 'RETREAT', 'AGREE']);

/** Words an auxiliary may put between a relative clause and its subject's verb ("…, har bedt om"). */
const AUXILIARIES = 2;

/**
 * The comma-delimited clause of the sentence that holds the trigger. A relative clause between
 * the subject and the verb ("Belgia, der Euroclear holder til, har bedt om …") is stepped over
 * when the verb follows it at once (an auxiliary allowed), and returned as `aside` so that its
 * mentions are left out.
 */
function clauseAround(text: string, sentence: Range, trigger: Range): Range & { aside?: Range } {
  const head = text.slice(sentence.start, trigger.start);
  let before = head.lastIndexOf(',');
  const open = before > 0 ? head.lastIndexOf(',', before - 1) : -1;
  const verbNext = (head.slice(before + 1).match(/\p{L}+/gu) ?? []).length <= AUXILIARIES;
  let aside: Range | undefined;
  if (open >= 0 && verbNext && RELATIVE_PRONOUN.test(head.slice(open, before))) {
    aside = { start: sentence.start + open, end: sentence.start + before };
    before = head.lastIndexOf(',', open - 1);
  }
  const after = text.slice(trigger.end, sentence.end).indexOf(',');
  return {
    start: before < 0 ? sentence.start : sentence.start + before,
    end: after < 0 ? sentence.end : trigger.end + after,
    ...(aside ? { aside } : {}),
  };
}

export interface Participants {
  actors: string[];
  targets: string[];
  mediators: string[];
  location?: string;
  /** Three or more parties met together. */
  multilateral?: boolean;
}

export interface ParticipantContext {
  doc: PipelineDoc;
  pack: LanguagePack;
  kb: KnowledgeBase;
  date: string;
  /** Speakers of the article's quotes, for pronoun resolution. */
  speakers?: readonly { id: string; at: number }[];
}

/** The state an entity belongs to: itself for a country, else its country in the KB. */
function stateOfEntity(ctx: ParticipantContext, id: string): string | undefined {
  const e = ctx.kb.get(id);
  if (!e) return undefined;
  if (e.kind === 'country') return e.id;
  return e.country;
}

/** Is this mention a possible attacker: a state (by name or adjective) or an armed or intelligence body? */
function canAttack(ctx: ParticipantContext, m: Mention): boolean {
  const e = ctx.kb.get(m.id);
  if (m.type === 'LOC') return e?.kind === 'country';
  return m.type === 'ORG' && (e?.kind === 'military' || e?.kind === 'intelligence' || e?.kind === 'government');
}

/**
 * Attacks: the attacker is a state or armed body named in the sentence (else the paragraph);
 * the attacked is the state of the place hit, or another state named after the trigger.
 */
function assaultParties(
  ctx: ParticipantContext,
  sentence: Range,
  mentions: readonly Mention[],
  trigger: Range,
  words: readonly Token[],
  place?: Mention,
): { actors: string[]; targets: string[] } {
  const para = (ctx.doc.paragraphs ?? []).find((p) => p.start <= sentence.start && sentence.end <= p.end);
  const inPara = (ctx.doc.mentions ?? []).filter((m) => para && m.start >= para.start && m.end <= para.end);
  const victimState = place ? stateOfEntity(ctx, place.id) : undefined;
  const text = ctx.doc.article.text;
  const candidates = (ms: readonly Mention[]) =>
    ms.filter(
      (m) =>
        canAttack(ctx, m) && stateOfEntity(ctx, m.id) !== victimState && !isSource(ctx, text, sentence, trigger, m),
    );
  // What follows "mot"/"at"/"against" or a place preposition is hit, not hitting ("fired drones at Ukraine").
  const governed = (m: Mention) => {
    const prev = wordBefore(words, m)?.text.toLowerCase() ?? '';
    return ctx.pack.events.against.includes(prev) || ctx.pack.placePrepositions.includes(prev);
  };
  const before = candidates(mentions.filter((m) => m.end <= trigger.start && !governed(m)));
  // From the paragraph: a side told before the sentence, never one named after it.
  const attacker =
    before.at(-1) ?? candidates(mentions)[0] ?? candidates(inPara.filter((m) => m.end <= sentence.start)).at(-1);
  if (!attacker) return { actors: [], targets: [] };
  const actor =
    ctx.kb.get(attacker.id)?.kind === 'country' ? attacker.id : (stateOfEntity(ctx, attacker.id) ?? attacker.id);
  const named = mentions
    .filter((m) => m.start >= trigger.end && m.type === 'LOC')
    .map((m) => stateOfEntity(ctx, m.id))
    .find((x) => x && x !== actor);
  // "… at energy facilities in eight regions, according to Ukraine's air force": the side that
  // reports the attack is the one attacked, when no other is named.
  const reporter = mentions
    .filter((m) => isSource(ctx, text, sentence, trigger, m))
    .map((m) => stateOfEntity(ctx, m.id))
    .find((x) => x && x !== actor);
  const target = victimState && victimState !== actor ? victimState : (named ?? reporter);
  return { actors: [actor], targets: target ? [target] : [] };
}

/** Persons with the states they act for in office ("Trump" → Trump and the United States). */
export function withStates(ctx: ParticipantContext, ids: readonly string[]): string[] {
  return [
    ...new Set(
      ids.flatMap((id) => {
        const state = stateOf(ctx, id);
        return state ? [id, state] : [id];
      }),
    ),
  ];
}

/** The state a person acts for on `date`, through an office of it or of one of its bodies. */
function stateOf(ctx: ParticipantContext, personId: string): string | undefined {
  const roles = ctx.kb.get(personId)?.roles ?? [];
  for (const r of roles) {
    if (r.from > ctx.date || (r.to !== undefined && r.to < ctx.date)) continue;
    const of = ctx.kb.get(r.of);
    if (of?.kind === 'country') return of.id;
    if (of?.country) return of.country;
    // An office in an international body (NATO's secretary general) acts for that body.
    if (of?.kind === 'international') return of.id;
  }
  return undefined;
}

/** The entity ids a mention stands for as an actor. */
export function actorIds(ctx: ParticipantContext, m: Mention, type: PloverEventType): string[] {
  if (m.type === 'PER') {
    const state = OFFICE_ACTS.has(type) ? stateOf(ctx, m.id) : undefined;
    return state ? [m.id, state] : [m.id];
  }
  return m.type === 'LOC' ? [governmentOf(m.id, ctx.kb)] : [m.id];
}

const wordBefore = (words: readonly Token[], m: Range) => words.filter((w) => w.end <= m.start).at(-1);

function isPlaceArgument(ctx: ParticipantContext, words: readonly Token[], m: Mention, type: PloverEventType): boolean {
  // "i Sør-Italia": the preposition stands before the compound.
  const first = wordBefore(words, m);
  const compound = first !== undefined && ctx.doc.article.text.slice(first.end, m.start) === '-';
  const prev = (compound ? wordBefore(words, first) : first)?.text.toLowerCase();
  if (prev === undefined) return false;
  // For attacks, the place hit follows "mot"/"on"/"against" as well.
  return (
    ctx.pack.placePrepositions.includes(prev) ||
    (type === 'ASSAULT' && ctx.pack.events.against.includes(prev) && ctx.kb.get(m.id)?.kind !== 'country')
  );
}

/** Words between an "ifølge"/"according to" and the source it names ("ifølge menneskerettighetsgruppen OVD-Info"). */
const SOURCE_WORDS = 3;

/** "Starmer: summit opened …": a speaker's label before a colon, not a party. */
const isLabel = (text: string, m: Range) => /^\s*:/u.test(text.slice(m.end, m.end + 2));

/** Is this mention the source an event is told by, not a party to it? */
function isSource(ctx: ParticipantContext, text: string, sentence: Range, trigger: Range, m: Range): boolean {
  const before = text.slice(sentence.start, m.start).toLowerCase();
  return ctx.pack.quotes.accordingTo.some((cue) => {
    const at = before.lastIndexOf(cue);
    if (at < 0 || /\p{L}/u.test(before[at - 1] ?? '')) return false;
    // "Ifølge russiske medier krever Moskva …": the event word between makes Moskva its subject.
    if (sentence.start + at < trigger.start && trigger.start < m.start) return false;
    const between = before.slice(at + cue.length);
    return !/[,;:]/u.test(between) && between.split(/\s+/u).filter(Boolean).length <= SOURCE_WORDS;
  });
}

/** The mention before `at` and those coordinated with it ("Ukraina og Russland"). */
function subjectGroup(ctx: ParticipantContext, text: string, before: Mention[]): Mention[] {
  const last = before.at(-1);
  if (!last) return [];
  const group = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const m = before[i] as Mention;
    const gap = text
      .slice(m.end, (group[0] as Mention).start)
      .trim()
      .toLowerCase();
    if (gap === ',' || ctx.pack.quotes.conjunctions.includes(gap) || gap === '') group.unshift(m);
    else break;
  }
  return group;
}

/** The mention right after "mellom"/"between" and those coordinated with it ("Ukraina og Russland"). */
function coordinatedAfter(ctx: ParticipantContext, text: string, after: readonly Mention[]): Mention[] {
  const first = after[0];
  if (!first) return [];
  const group = [first];
  for (const m of after.slice(1)) {
    const gap = text
      .slice((group.at(-1) as Mention).end, m.start)
      .trim()
      .toLowerCase();
    // "Russian and Ukrainian delegations": coordinated parties, with the noun they share after them.
    if (gap === ',' || gap === '' || ctx.pack.quotes.conjunctions.includes(gap)) group.push(m);
    else break;
  }
  return group;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

function mediatorsIn(
  ctx: ParticipantContext,
  text: string,
  mentions: readonly Mention[],
  words: readonly Token[],
): string[] {
  const out: string[] = [];
  for (const cue of ctx.pack.events.mediation) {
    if (cue.startsWith('-')) {
      for (const m of mentions)
        if (text.slice(m.end, m.end + cue.length).toLowerCase() === cue) out.push(governmentOf(m.id, ctx.kb));
      continue;
    }
    const at = words.findIndex((_, i) => cue.split(' ').every((p, k) => words[i + k]?.text.toLowerCase() === p));
    if (at < 0) continue;
    const after = (words[at] as Token).end;
    const m = mentions.find((x) => x.start >= after && x.start - after < 40);
    if (m) out.push(governmentOf(m.id, ctx.kb));
  }
  return uniq(out);
}

/** Is the gap between two parties a list separator, allowing a title in lower case ("and the German chancellor,")? */
function listGap(ctx: ParticipantContext, gap: string): boolean {
  const g = gap.trim().toLowerCase();
  if (g === '' || g === ',' || ctx.pack.quotes.conjunctions.includes(g)) return true;
  return /^(?:,\s*)?(?:\p{L}+\s+)?(?:[\p{Ll}’'-]+\s*)+,$/u.test(gap.trim()) && !/[.;:]/u.test(g);
}

/**
 * A meeting "with" others ("spent Monday in London with Britain's Keir Starmer, France's Emmanuel
 * Macron and the German chancellor, Friedrich Merz"): the subject and the listed parties. Persons
 * stand for themselves; a state named right before its person ("Britain's Keir Starmer") is
 * folded into that person.
 */
function meetingWith(
  ctx: ParticipantContext,
  text: string,
  words: readonly Token[],
  free: readonly Mention[],
): { subject?: Mention; partners: Mention[] } | undefined {
  const w = words.find((x) => ctx.pack.events.together.includes(x.text.toLowerCase()));
  if (!w) return undefined;
  const parties = free.filter((m) => m.type === 'PER' || ctx.kb.get(governmentOf(m.id, ctx.kb))?.kind === 'country');
  const after = parties.filter((m) => m.start >= w.end);
  const partners: Mention[] = [];
  for (const m of after) {
    const prev = partners.at(-1);
    const gap = text.slice(prev ? prev.end : w.end, m.start);
    if (prev && !listGap(ctx, gap)) break;
    if (!prev && gap.trim() !== '' && !/^(?:the\s+)?[\p{Ll}\s’'-]*$/u.test(gap.trim())) break;
    partners.push(m);
  }
  const people = partners.filter(
    (m, i) => !(m.type !== 'PER' && partners[i + 1]?.type === 'PER' && partners[i + 1]?.start === m.end + 1),
  );
  const subject = parties.filter((m) => m.end <= w.start && m.type === 'PER')[0];
  return { ...(subject ? { subject } : {}), partners: people };
}

/** The single city or region of the attacked state named in the sentence, if exactly one is. */
function placeHit(
  ctx: ParticipantContext,
  mentions: readonly Mention[],
  victim: string | undefined,
): string | undefined {
  if (!victim) return undefined;
  const places = new Set(
    mentions
      .filter(
        (m) => m.type === 'LOC' && PLACE_KINDS.has(ctx.kb.get(m.id)?.kind ?? '') && stateOfEntity(ctx, m.id) === victim,
      )
      .map((m) => m.id),
  );
  return places.size === 1 ? [...places][0] : undefined;
}

/** Participants of an event triggered at `trigger` in `sentence`. */
export function participants(
  ctx: ParticipantContext,
  sentence: Range,
  words: readonly Token[],
  trigger: Range,
  type: PloverEventType,
): Participants {
  const text = ctx.doc.article.text;
  const mentions = (ctx.doc.mentions ?? []).filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const mediators = MEDIATED.has(type) ? mediatorsIn(ctx, text, mentions, words) : [];
  const clause = clauseAround(text, sentence, trigger);
  // The place hit may also be the object of the attack verb ("angrep Odesa", "struck Kyiv").
  const hitObject = (m: Mention) =>
    type === 'ASSAULT' &&
    m.start >= trigger.end &&
    /^\s*$/u.test(text.slice(trigger.end, m.start)) &&
    ctx.kb.get(m.id)?.kind !== 'country';
  // Told inside a quote, an event happened where the quote says, not where it was said ("sa på
  // ein pressekonferanse i Helsingfors at russiske styrkar sende 40 dronar mot Ukraina").
  const quote = (ctx.doc.quotes ?? []).find((q) => q.span.start <= trigger.start && trigger.end <= q.span.end);
  const told = (m: Mention) => !quote || (m.start >= quote.span.start && m.end <= quote.span.end);
  const places = mentions.filter(
    (m) => m.type === 'LOC' && told(m) && (isPlaceArgument(ctx, words, m, type) || hitObject(m)),
  );
  const aside = clause.aside;
  const inClause = (m: Range) =>
    m.start >= clause.start && m.end <= clause.end && !(aside && m.start >= aside.start && m.end <= aside.end);
  // Where talks were held is often said in another clause of the sentence ("…, i Genève onsdag").
  const located = type === 'CONSULT' && !places.some(inClause) ? places : places.filter(inClause);
  // A meeting is where the visitor travels to ("will travel to Washington on Monday to meet Trump").
  const destination =
    type === 'CONSULT' || type === 'AGREE'
      ? mentions.find((m) => {
          const before = text.slice(Math.max(sentence.start, m.start - 30), m.start).toLowerCase();
          return m.type === 'LOC' && ctx.pack.events.travelTo.some((t) => before.endsWith(`${t} `));
        })
      : undefined;
  const location = destination ?? located.find((m) => ctx.kb.get(m.id)?.kind !== 'country') ?? located[0];
  const free = mentions.filter(
    (m) =>
      !places.includes(m) &&
      m !== destination &&
      !mediators.includes(governmentOf(m.id, ctx.kb)) &&
      !isSource(ctx, text, sentence, trigger, m) &&
      !isLabel(text, m) &&
      ctx.kb.get(m.id)?.kind !== 'media',
  );
  const between = words.findIndex((w) => ctx.pack.events.between.includes(w.text.toLowerCase()));
  let actors: string[];
  let targets: string[] = [];
  const together = type === 'CONSULT' ? meetingWith(ctx, text, words, free) : undefined;
  let multilateral = false;
  if (between >= 0 && (type === 'CONSULT' || type === 'RETREAT' || type === 'AGREE')) {
    const from = (words[between] as Token).end;
    actors = coordinatedAfter(
      ctx,
      text,
      free.filter((m) => m.start >= from),
    ).flatMap((m) => actorIds(ctx, m, type));
  } else if (together?.subject && together.partners.length >= 2) {
    // Three or more leaders together: a multilateral meeting, all of them actors.
    actors = [together.subject, ...together.partners].map((m) =>
      m.type === 'PER' ? m.id : governmentOf(m.id, ctx.kb),
    );
    multilateral = true;
  } else if (type === 'ASSAULT') {
    ({ actors, targets } = assaultParties(ctx, sentence, mentions, trigger, words, location));
  } else {
    // The clause's words before the trigger, and its last 'at'/'that' if any.
    const lower = (w: Token) => w.text.toLowerCase();
    const before = words.filter((w) => w.end <= trigger.start && w.start >= clause.start);
    const last = before.findLastIndex((w) => ctx.pack.quotes.complementizers.includes(lower(w)));
    const that = last >= 0 ? last : undefined;
    const group = subjectGroup(
      ctx,
      text,
      free.filter((m) => m.end <= trigger.start && inClause(m)),
    );
    actors = group.flatMap((m) => actorIds(ctx, m, type));
    // Talks named in a clause of their own ("…, after four hours of talks in Riyadh") are held
    // by the parties the sentence opens with ("U.S. and Russian officials agreed …").
    if (actors.length === 0 && type === 'CONSULT') {
      const opening = subjectGroup(
        ctx,
        text,
        free.filter((m) => m.end <= trigger.start && m.start < clause.start),
      );
      if (opening.length >= 2) actors = opening.flatMap((m) => actorIds(ctx, m, type));
    }
    // "Zelenskyy, who held talks with Erdogan …": the relative clause's subject is the one it follows.
    if (actors.length === 0 && RELATIVE_PRONOUN.test(text.slice(clause.start, trigger.start))) {
      // A place before it opens a clause of where ("i Ankara, der han møtte …"), not of who.
      const antecedent = mentions.filter(
        (m) => m.type !== 'LOC' && m.end <= clause.start && /^\s*$/u.test(text.slice(m.end, clause.start)),
      );
      actors = antecedent.flatMap((m) => actorIds(ctx, m, type));
    }
    // "Delegasjonene fra Ukraina og Russland er samlet …": two or more parties right after the talks.
    if (actors.length === 0 && type === 'CONSULT') {
      const after = free.filter((m) => m.start >= trigger.end && inClause(m));
      const gap = after[0] ? text.slice(trigger.end, after[0].start).trim() : '';
      const group = coordinatedAfter(ctx, text, after);
      if (/^\p{L}{1,5}$/u.test(gap) && group.length >= 2) actors = group.flatMap((m) => actorIds(ctx, m, type));
    }
    // Coordinated subjects ("Trump og Putin inngikk …") are all parties: the nearest alone is not.
    if (actors.length === 0 || (OFFICE_ACTS.has(type) && group.length < 2)) {
      // Speech acts and decisions: the subject as quote speakers are found (names, pronouns, titles).
      // The subject is sought after the last 'at'/'that' before the trigger: the one who says
      // it is not the one who does it ("Lubinets skriver at Russland nekter …").
      // A verb joined by 'og'/'and' is the teller's own ("wrote that … and urged allies").
      const joined =
        that !== undefined && before.slice(that + 1).some((w) => ctx.pack.quotes.conjunctions.includes(lower(w)));
      const from = actors.length && that !== undefined && !joined ? (before[that] as Token).end : clause.start;
      const who = resolveSlot(
        { doc: ctx.doc, pack: ctx.pack, kb: ctx.kb, date: ctx.date, speakers: ctx.speakers },
        { start: from, end: trigger.start },
        { near: trigger.start },
      );
      const m =
        who?.mention ??
        (who ? { ...who, start: trigger.start, end: trigger.start, kind: 'name' as const, rule: '' } : undefined);
      // A place found that way never replaces states named as the subject ("U.S. and Russian officials agreed").
      const person = who !== undefined && (who.type === 'PER' || who.via === 'title' || who.via === 'pronoun');
      // Nor is the place a visitor travels to ("fly to Moscow … and meet Putin").
      const goal =
        destination !== undefined &&
        (m?.start === destination.start || who?.id === governmentOf(destination.id, ctx.kb));
      if (
        m &&
        (person || actors.length === 0) &&
        !goal &&
        !isSource(ctx, text, sentence, trigger, m) &&
        !isLabel(text, m)
      )
        actors = actorIds(ctx, m as Mention, type);
    }
    // "…," he wrote, thanking the Emirates …": a clause after the reporting clause shares its speaker.
    if (actors.length === 0 && /,\s*$/u.test(text.slice(sentence.start, trigger.start))) {
      const q = (ctx.doc.quotes ?? []).find(
        (x) => x.speaker && x.cue && x.cue.start >= sentence.start && x.cue.end <= trigger.start,
      );
      const said = q?.speaker ? (ctx.doc.mentions ?? []).find((m) => m.id === q.speaker) : undefined;
      if (said) actors = actorIds(ctx, said, type);
    }
    // Verb-second order after an opening phrase ("Ifølge kildene krevde Putin at …"): the subject
    // follows the verb.
    const inverted = free.find((m) => m.start >= trigger.end && /^\s*$/u.test(text.slice(trigger.end, m.start)));
    // A place is a subject only as a state or a capital standing for its government ("krever Moskva").
    const party =
      inverted &&
      (inverted.type !== 'LOC' ||
        governmentOf(inverted.id, ctx.kb) !== inverted.id ||
        ctx.kb.get(inverted.id)?.kind === 'country');
    // Only a main clause puts the verb before its subject ("…, at alliansen vil invitere Ukraina" does not).
    const subordinate = that !== undefined;
    const afterVerb = actors.length === 0 && ctx.pack.verbSecond && party && !subordinate;
    if (afterVerb && inverted) actors = actorIds(ctx, inverted, type);
    // … or a pronoun does ("Samtidig utsatte han et planlagt besøk").
    const next = words.find((w) => w.start >= trigger.end);
    if (actors.length === 0 && ctx.pack.verbSecond && next && !inverted && !subordinate) {
      const who = resolveSlot(
        { doc: ctx.doc, pack: ctx.pack, kb: ctx.kb, date: ctx.date, speakers: ctx.speakers },
        { start: trigger.end, end: next.end },
        { near: trigger.start },
      );
      if (who?.via === 'pronoun' && who.mention) actors = actorIds(ctx, who.mention as Mention, type);
    }
    targets = free
      .filter((m) => m.start >= trigger.end && inClause(m) && !(afterVerb && m === inverted))
      .slice(0, 1)
      .flatMap((m) => actorIds(ctx, m, type));
  }
  // A broker is not a party ("de USA-støttede fredssamtalene").
  actors = actors.filter((a) => !mediators.includes(a));
  if (type === 'RETREAT' && actors.length < 2) actors = uniq([...actors, ...targets]);
  // Strikes: the one city or region hit that the sentence names in the attacked state ("killing
  // five people in the southern city of Zaporizhzhia"); several, or none: the state itself.
  const many = words.some((w) => ctx.pack.events.manyPlaces.includes(w.text.toLowerCase()));
  const hit = type === 'ASSAULT' && !many ? placeHit(ctx, mentions, targets[0]) : undefined;
  const loc =
    hit ??
    (type === 'ASSAULT' && many && targets[0] && ctx.kb.get(targets[0])?.kind === 'country' ? targets[0] : undefined) ??
    (location && !(type === 'ASSAULT' && ctx.kb.get(location.id)?.kind === 'country')
      ? location.id
      : type === 'ASSAULT' && targets[0] && ctx.kb.get(targets[0])?.type === 'LOC'
        ? targets[0]
        : location?.id);
  // Orders at home (mobilisation, martial law, arrests) happen in the state that gives them; in
  // several places named, in the state as a whole.
  const domestic = type === 'MOBILIZE' || type === 'COERCE';
  const home = domestic ? actors.map((a) => stateOfEntity(ctx, a)).find((x) => x !== undefined) : undefined;
  const where = domestic && home && (!loc || (many && stateOfEntity(ctx, loc) === home)) ? home : loc;
  // A city, region or building is where something happens, never a party to it.
  const party = (id: string) => !PLACE_KINDS.has(ctx.kb.get(id)?.kind ?? '');
  actors = actors.filter(party);
  targets = targets.filter(party);
  return {
    actors: uniq(actors),
    targets: uniq(targets).filter((t) => !actors.includes(t)),
    mediators: mediators.filter((m) => !actors.includes(m)),
    ...(where ? { location: where } : {}),
    ...(multilateral ? { multilateral } : {}),
  };
}

/**
 * "84 ukrainske droner ble skutt ned over russiske regioner": the side named right before the
 * downed weapons attacked; the target is the state of the place after "over", else the other
 * state named in the sentence. No side named before a weapon word: no parties.
 */
export function interceptionParties(ctx: ParticipantContext, sentence: Range, words: readonly Token[]): Participants {
  const text = ctx.doc.article.text;
  const mentions = (ctx.doc.mentions ?? []).filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const weapon = (w: Token | undefined) =>
    w !== undefined &&
    Object.entries(ctx.pack.events.modeWords).some(
      ([k, mode]) => (mode === 'drone' || mode === 'heavy-weapons') && w.text.toLowerCase().includes(k),
    );
  const attacker = mentions.find((m) => {
    if (ctx.kb.get(m.id)?.kind !== 'country') return false;
    const next = words.find((w) => w.start >= m.end);
    return next !== undefined && /^\s*$/u.test(text.slice(m.end, next.start)) && weapon(next);
  });
  if (!attacker) return { actors: [], targets: [], mediators: [] };
  const others = mentions
    .filter((m) => m !== attacker)
    .map((m) => stateOfEntity(ctx, m.id))
    .filter((x): x is string => x !== undefined && x !== attacker.id);
  const target = others[0];
  return {
    actors: [attacker.id],
    targets: target ? [target] : [],
    mediators: [],
    ...(target && ctx.kb.get(target)?.kind === 'country' ? { location: target } : {}),
  };
}
