/**
 * Reported speech by mood alone: a German sentence in Konjunktiv I with no cue of its own
 * ("Verletzt worden sei niemand.") goes on quoting the last speaker (gold-format.md).
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import type { PipelineDoc, Sentence } from '../doc.js';
import type { QuoteDraft } from './draft.js';
import { findVerbs, trimContent, wordsIn } from './words.js';

/** How many sentences back the last quote may be. */
const REACH = 2;

export function reportedMoodQuote(
  doc: PipelineDoc,
  pack: LanguagePack,
  s: Sentence,
  quotedSentences: ReadonlySet<number>,
): QuoteDraft | undefined {
  if (pack.quotes.reportedMood.length === 0) return undefined;
  const words = wordsIn(doc, s);
  if (findVerbs(words, pack).length > 0) return undefined;
  if (!words.some((w) => pack.quotes.reportedMood.includes(w.text.toLowerCase()))) return undefined;
  const near = [...Array(REACH).keys()].some((k) => quotedSentences.has(s.index - 1 - k));
  if (!near) return undefined;
  const content = trimContent(doc.article.text, s);
  return {
    kind: 'indirect',
    content,
    inherit: true,
    context: content,
    sameOccasion: true,
    rule: `${pack.code}.quote.reported-mood`,
    priority: 1,
  };
}
