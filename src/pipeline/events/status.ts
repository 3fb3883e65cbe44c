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
/** How far after the trigger a condition may follow ("… avstå fra angrep hvis …"). */
const CONDITION_WINDOW = 8;

export function eventStatus(words: readonly Token[], triggerIndex: number, lex: EventLexicon): EventStatus {
  const near = (before: number, after: number) =>
    words.slice(Math.max(0, triggerIndex - before), triggerIndex + after + 1);
  if (hasPhrase(near(NEGATION_WINDOW, 0), lex.negations)) return 'denied';
  if (hasPhrase(near(3, CONDITION_WINDOW), lex.conditions)) return 'conditional';
  if (hasPhrase(near(8, 0), lex.future)) return 'planned';
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
