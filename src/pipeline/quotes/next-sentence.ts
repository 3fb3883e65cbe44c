/**
 * A cue in the next sentence: "Det opplyser forsvarsdepartementet." / "That was according to
 * the governor." makes the sentence before it the quote.
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import type { PipelineDoc, Sentence, Token } from '../doc.js';
import type { QuoteDraft } from './draft.js';
import { longestAt, trimContent, wordsIn } from './words.js';

export function nextSentenceQuote(
  doc: PipelineDoc,
  pack: LanguagePack,
  s: Sentence,
  prev: Sentence | undefined,
): QuoteDraft | undefined {
  if (!prev) return undefined;
  const words = wordsIn(doc, s);
  if (!pack.quotes.anaphoric.includes(words[0]?.text.toLowerCase() ?? '')) return undefined;
  // "Det opplyser X" / "Dette sier X" / "That was according to X" / "This is what X said".
  let at = 1;
  if (/^(was|is|ble)$/iu.test(words[1]?.text ?? '')) at = 2;
  const n = Math.max(longestAt(words, at, pack.speechVerbs), longestAt(words, at, pack.quotes.accordingTo));
  if (n === 0) return undefined;
  const cueWords = words.slice(at, at + n) as Token[];
  const cue = { start: (cueWords[0] as Token).start, end: (cueWords.at(-1) as Token).end };
  const content = trimContent(doc.article.text, prev);
  return {
    kind: 'indirect',
    content,
    cue,
    slot: { start: cue.end, end: s.end },
    context: s,
    rule: `${pack.code}.quote.next-sentence`,
    priority: 1,
  };
}
