/**
 * The Scandinavian dialogue paragraph: "– Vi trenger ikke krig, sa Zelenskyj." The content runs
 * from the dash to the cue; a dash paragraph with no cue of its own is a further quote by the
 * previous speaker.
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import type { Paragraph, PipelineDoc } from '../doc.js';
import type { QuoteDraft } from './draft.js';
import { findVerbs, trimContent, wordsIn } from './words.js';

const DASH = /^(?:[–—]|-(?=\s))\s*/u;

/** The dialogue quote of a dash-led paragraph, if it is one. */
export function dashQuote(
  doc: PipelineDoc,
  pack: LanguagePack,
  p: Paragraph,
  prevHadQuote: boolean,
): QuoteDraft | undefined {
  const text = doc.article.text;
  const body = text.slice(p.start, p.end);
  const dash = DASH.exec(body);
  if (!dash) return undefined;
  const from = p.start + dash[0].length;
  const lang = pack.code;
  // The cue: ", sa han" / ", sier hun til NRK" — a comma, then a reporting verb within two words.
  const words = wordsIn(doc, { start: from, end: p.end });
  for (const v of findVerbs(words, pack)) {
    const before = text.slice(from, v.range.start);
    const comma = before.search(/[,?!]\s*(?:\S+\s+){0,2}$/u);
    if (comma < 0) continue;
    const sentenceEnd = text.slice(v.range.end, p.end).search(/[.!?](?:\s|$)/u);
    const end = sentenceEnd < 0 ? p.end : v.range.end + sentenceEnd;
    const content = trimContent(text, { start: from, end: from + comma + 1 });
    if (content.end <= content.start) continue;
    return {
      kind: 'direct',
      content,
      cue: v.range,
      slot: { start: from + comma + 1, end },
      context: { start: v.range.start, end },
      rule: `${lang}.quote.dash.cue`,
      priority: 6,
    };
  }
  if (!prevHadQuote) return undefined;
  const content = trimContent(text, { start: from, end: p.end });
  return {
    kind: 'direct',
    content,
    inherit: true,
    context: content,
    sameOccasion: true,
    rule: `${lang}.quote.dash.continued`,
    priority: 6,
  };
}
