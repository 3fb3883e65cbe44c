/**
 * Small token predicates shared by the entity rules.
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import type { PipelineDoc, Sentence, Token } from '../doc.js';

export const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);

/** Word tokens of a sentence, in order. */
export function sentenceWords(doc: PipelineDoc, s: Sentence): Token[] {
  return (doc.tokens ?? []).slice(s.firstToken, s.endToken).filter((t) => t.word);
}

/** A word that is ordinary in this language however it is written: stop words, months, weekdays. */
export function isCommonWord(word: string, pack: LanguagePack): boolean {
  const w = word.toLowerCase();
  return pack.stopWords.includes(w) || w in pack.months || w in pack.weekdays || w in pack.pronouns;
}

/** Does `phrase` (lower case, maybe several words) end right before token `i`? */
export function phraseBefore(words: readonly Token[], i: number, phrase: string): boolean {
  const parts = phrase.split(' ');
  if (i < parts.length) return false;
  return parts.every((p, k) => words[i - parts.length + k]?.text.toLowerCase() === p);
}

/** Does `phrase` start at token `i`? */
export function phraseAt(words: readonly Token[], i: number, phrase: string): boolean {
  const parts = phrase.split(' ');
  return parts.every((p, k) => words[i + k]?.text.toLowerCase() === p);
}

/** The longest entry of `list` that ends right before token `i`, if any. */
export function listBefore(words: readonly Token[], i: number, list: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const p of list) if (phraseBefore(words, i, p) && (!best || p.length > best.length)) best = p;
  return best;
}
