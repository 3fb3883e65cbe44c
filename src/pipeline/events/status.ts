/**
 * An event's status from the words of its sentence: denied (negated), conditional (if …),
 * planned (future or modal), ongoing (still, continues), else occurred.
 * @module
 */
import type { EventLexicon } from '../../lang/types.js';
import type { EventStatus } from '../../schema/analysis.js';
import type { Token } from '../doc.js';
import { hasPhrase } from './triggers.js';

/** How many words before the trigger a negation may stand ("did not sign", "ikke enige"). */
const NEGATION_WINDOW = 4;
/** How many words before a plan noun its negation may stand ("ikke finnes noen planer"). */
const PLAN_NEGATION = 3;
/** How far after the trigger a condition may follow ("… avstå fra angrep hvis …"). */
const CONDITION_WINDOW = 8;

export function eventStatus(
  words: readonly Token[],
  triggerIndex: number,
  lex: EventLexicon,
  notFuture: readonly string[] = [],
  complementizers: readonly string[] = [],
): EventStatus {
  const near = (before: number, after: number) =>
    words.slice(Math.max(0, triggerIndex - before), triggerIndex + after + 1);
  if (hasPhrase(near(NEGATION_WINDOW, 0), lex.negations)) return 'denied';
  if (hasPhrase(near(3, CONDITION_WINDOW), lex.conditions)) return 'conditional';
  // "he would say only that talks were continuing": a future before 'that' is the teller's.
  const ahead = near(8, 0);
  const that = ahead.findLastIndex((w, i) => i < ahead.length - 1 && complementizers.includes(w.text.toLowerCase()));
  const own = ahead.slice(that + 1);
  // "no plans for a new wave of mobilisation", "ingen planer om": a plan denied ("ikkje vil" is a
  // refusal, read elsewhere).
  const noPlan = own.some(
    (w, i) =>
      lex.plans.includes(w.text.toLowerCase()) &&
      hasPhrase(own.slice(Math.max(0, i - PLAN_NEGATION), i), lex.negations),
  );
  if (noPlan) return 'denied';
  if (hasPhrase(own, lex.future) && !reportsPast(near(8, 1), notFuture)) return 'planned';
  if (hasPhrase(near(6, 3), lex.ongoing)) return 'ongoing';
  return 'occurred';
}

/** Is the trigger inside a condition clause ("hvis både Kiev og Moskva gikk med på")? Then it is not an event. */
export function inConditionClause(
  text: string,
  words: readonly Token[],
  triggerIndex: number,
  lex: EventLexicon,
): boolean {
  for (let i = triggerIndex - 1; i >= Math.max(0, triggerIndex - 8); i--) {
    const w = words[i] as Token;
    if (/[,;:]/u.test(text.slice(w.end, (words[i + 1] as Token).start))) return false;
    if (lex.conditions.includes(w.text.toLowerCase())) return true;
  }
  return false;
}

/** Words of a phrase apart from its first, within this many words of each other ("skal Russland ha"). */
const SPREAD = 3;

/**
 * "skal ha tilbudt", "skal Russland ha tilbudt": a future marker that reports the past (hearsay
 * or conjecture), its words in order with a subject between them allowed.
 */
function reportsPast(words: readonly Token[], notFuture: readonly string[]): boolean {
  const lower = words.map((w) => w.text.toLowerCase());
  return notFuture.some((phrase) => {
    const parts = phrase.split(' ');
    return lower.some((w, i) => {
      if (w !== parts[0]) return false;
      let at = i;
      for (const part of parts.slice(1)) {
        const next = lower.slice(at + 1, at + 1 + SPREAD).indexOf(part);
        if (next < 0) return false;
        at += next + 1;
      }
      return true;
    });
  });
}
