/**
 * Headline and intertitle quotes: "Trump: – Du har ingen kort", "Putin: «Et knivstikk i ryggen»",
 * "Zelenskyy: 'Ukraine is ready'". The name before the colon is the speaker.
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import type { Paragraph, PipelineDoc } from '../doc.js';
import type { QuoteDraft } from './draft.js';
import { findStretches } from './marks.js';
import { trimContent } from './words.js';

/** Longest paragraph read as a headline. */
const MAX_HEADLINE = 160;

export function headlineQuote(doc: PipelineDoc, pack: LanguagePack, p: Paragraph): QuoteDraft | undefined {
  const text = doc.article.text;
  if (p.end - p.start > MAX_HEADLINE) return undefined;
  const body = text.slice(p.start, p.end);
  const colon = body.indexOf(':');
  if (colon < 2 || colon > 40) return undefined;
  const head = { start: p.start, end: p.start + colon };
  const named = (doc.mentions ?? []).some((m) => m.start >= head.start && m.end <= head.end && m.kind === 'name');
  if (!named) return undefined;
  const restStart = p.start + colon + 1;
  const rest = trimContent(text, { start: restStart, end: p.end });
  const dash = /^[–—-]\s*/u.exec(text.slice(rest.start, rest.end));
  const st = findStretches(text, rest.start, rest.end);
  const marked = st.length === 1 && st[0]?.open === rest.start;
  const content = marked
    ? trimContent(text, (st[0] as (typeof st)[number]).inner)
    : dash
      ? trimContent(text, { start: rest.start + dash[0].length, end: rest.end })
      : rest;
  if (content.end - content.start < 3) return undefined;
  return {
    kind: marked || dash ? 'direct' : 'indirect',
    content,
    slot: head,
    context: { start: content.end, end: content.end },
    rule: `${pack.code}.quote.headline`,
    priority: 4,
  };
}
