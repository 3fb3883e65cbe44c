/**
 * One event, many mentions: the same talks named in several sentences, several strikes by the
 * same actor on the same day (../shared/gold-format.md: "Several attacks by the same actor on the
 * same target and day are one event").
 * @module
 */
import type { Event, Quantities } from '../../schema/analysis.js';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** How many days apart two mentions of one round of talks may be dated. */
const TALKS_DAYS = 2;

function closeDates(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const day = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000;
  const [a1, a2] = [day(a), day(a.split('/').at(-1) as string)];
  const [b1, b2] = [day(b), day(b.split('/').at(-1) as string)];
  return b1 - a2 <= TALKS_DAYS && a1 - b2 <= TALKS_DAYS;
}

function mergeable(a: Event, b: Event, within: Within): boolean {
  // Talks going on and talks held are one round ("fremgangen så langt i forhandlingene").
  const held = (x: Event) => x.status === 'occurred' || x.status === 'ongoing';
  const sameStatus = a.status === b.status || (a.type === 'CONSULT' && held(a) && held(b));
  if (a.type !== b.type || !sameStatus) return false;
  // Mentions of one round of talks: no conflicting place, and days close together (or undated).
  if (a.type === 'CONSULT') {
    const samePlace =
      !a.location ||
      !b.location ||
      a.location === b.location ||
      within(a.location, b.location) ||
      within(b.location, a.location);
    const partiesFit =
      shares(a.actors, b.actors) || a.actors.length === 0 || b.actors.length === 0 || !a.location || !b.location;
    // A phone call is never the meeting in person told beside it.
    const phone = (x: Event) => x.modes.includes('phone');
    return samePlace && partiesFit && phone(a) === phone(b) && closeDates(a.date, b.date);
  }
  // One night's strikes, one day's exchange: the same parties on the same day, whatever each mention names as target.
  if (a.type === 'ASSAULT' || a.type === 'RETREAT') {
    // An exchange has both sides as actors: one side in common on the day is the same swap.
    const parties = a.type === 'RETREAT' ? shares(a.actors, b.actors) : sameSet(a.actors, b.actors);
    return parties && (a.date === b.date || !a.date || !b.date);
  }
  // One speaker's accusations (threats, demands …) of one day are one event, whoever each names
  // (tried: only when the targets overlap; one headline demand then stood beside the body's).
  const targetsFit = sameSet(a.targets, b.targets) || SPEECH.has(a.type);
  return (
    (sameSet(a.actors, b.actors) || (SPEECH.has(a.type) && oneSide(a, b, within))) && targetsFit && a.date === b.date
  );
}

/**
 * "The Kremlin rejected …" and "Peskov added that … was unacceptable": a state's body and its
 * spokesman speak for one side.
 */
function oneSide(a: Event, b: Event, within: Within): boolean {
  const [one, other] = a.actors.length <= b.actors.length ? [a.actors, b.actors] : [b.actors, a.actors];
  // Refusing a meeting and refusing a deal are two acts, even of one side on one day.
  return (
    sameSet(a.modes, b.modes) && one.length === 1 && other.some((x) => x === one[0] || within(one[0] as string, x))
  );
}

const SPEECH = new Set(['ACCUSE', 'THREATEN', 'REQUEST', 'REJECT', 'SUPPORT']);

function maxQuantities(a?: Quantities, b?: Quantities): Quantities | undefined {
  if (!a) return b;
  if (!b) return a;
  const out: Quantities = { ...a };
  for (const [k, v] of Object.entries(b))
    if (v !== undefined && (out[k] === undefined || (out[k] as number) < v)) out[k] = v;
  return out;
}

const union = (a: readonly string[] = [], b: readonly string[] = []) => [...new Set([...a, ...b])];

/**
 * Where one merged event happened: the more precise of two nested places, else the first told
 * (the lead names the place the report is about; tried and dropped: the common state of two
 * places, which loses the city the lead names).
 */
function mergedPlace(a: Event, b: Event, within: Within): string | undefined {
  if (!a.location || !b.location || a.location === b.location) return a.location ?? b.location;
  return within(b.location, a.location) ? b.location : a.location;
}

function combine(a: Event, b: Event, spanDates: (x: string, y: string) => string, within: Within): Event {
  const date = a.date && b.date ? (a.type === 'CONSULT' ? spanDates(a.date, b.date) : a.date) : (a.date ?? b.date);
  const mediators = union(a.mediators, b.mediators);
  const sources = union(a.sources, b.sources);
  const quantities = maxQuantities(a.quantities, b.quantities);
  const contexts = union(a.contexts, b.contexts);
  return {
    ...a,
    modes: union(a.modes, b.modes),
    ...(contexts.length ? { contexts } : {}),
    actors: a.actors.length ? (SPEECH.has(a.type) ? union(a.actors, b.actors) : a.actors) : b.actors,
    // Talks between parties have no targets; otherwise the first mention's targets stand.
    targets:
      a.type === 'CONSULT' && (mediators.length || a.actors.length >= 2)
        ? []
        : a.targets.length
          ? a.targets
          : b.targets,
    ...(mediators.length ? { mediators } : {}),
    ...((a.location ?? b.location) ? { location: mergedPlace(a, b, within) } : {}),
    ...(date ? { date } : {}),
    ...(quantities ? { quantities } : {}),
    ...(sources.length ? { sources } : {}),
  };
}

/** Is place `inner` inside place `outer` (a city in its country)? */
export type Within = (inner: string, outer: string) => boolean;

/** Merges events that are mentions of the same happening, keeping the first one's trigger and evidence. */
export function mergeEvents(
  events: readonly Event[],
  spanDates: (x: string, y: string) => string,
  within: Within = () => false,
): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const i = out.findIndex((o) => mergeable(o, e, within));
    if (i >= 0) out[i] = combine(out[i] as Event, e, spanDates, within);
    else out.push(e);
  }
  return out;
}
