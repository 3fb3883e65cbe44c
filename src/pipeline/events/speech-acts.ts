/**
 * Quotes whose speech act is itself an event (analysis-format.md): a demand, a refusal, an
 * accusation, a threat or an offer, told by cue words inside the quote. The speaker is the actor
 * (with their state when they speak in office), the first other party named in the quote the
 * target, and the quote is the event's source.
 * @module
 */
import { span } from '../../core/span.js';
import type { LanguagePack } from '../../lang/types.js';
import type { Event, Quote } from '../../schema/analysis.js';
import type { PloverEventType } from '../../schema/plover.js';
import type { Mention, PipelineDoc } from '../doc.js';
import { actorIds, type ParticipantContext } from './participants.js';

/** The PLOVER mode a speech act takes when its content says what is asked or refused. */
const DEFAULT_MODES: Partial<Record<PloverEventType, string[]>> = { ACCUSE: ['disapprove'] };

function actOf(text: string, pack: LanguagePack): PloverEventType | undefined {
  const lower = ` ${text.toLowerCase()} `;
  for (const [type, cues] of Object.entries(pack.events.speechActs))
    if ((cues ?? []).some((c) => new RegExp(`[^\\p{L}]${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(lower)))
      return type as PloverEventType;
  return undefined;
}

function speakerMention(doc: PipelineDoc, q: Quote): Mention | undefined {
  const ms = (doc.mentions ?? []).filter((m) => m.id === q.speaker);
  return ms.filter((m) => m.start <= q.span.start).at(-1) ?? ms[0];
}

/** Speech-act events for the quotes no trigger-based event already cites. */
export function speechActEvents(
  doc: PipelineDoc,
  pack: LanguagePack,
  ctx: ParticipantContext,
  cited: ReadonlySet<string>,
  dateOf: (at: number) => string | undefined,
): Event[] {
  const text = doc.article.text;
  const out: Event[] = [];
  for (const q of doc.quotes ?? []) {
    if (!q.speaker || cited.has(q.id)) continue;
    const type = actOf(q.text, pack);
    const who = type ? speakerMention(doc, q) : undefined;
    if (!type || !who) continue;
    const actors = actorIds(ctx, who, type);
    const named = (doc.mentions ?? []).filter(
      (m) => m.start >= q.span.start && m.end <= q.span.end && m.type !== 'PER',
    );
    const target = named.map((m) => actorIds(ctx, m, 'ASSAULT')[0] as string).find((id) => !actors.includes(id));
    const date = dateOf(q.span.start);
    const cue = q.cue ?? q.span;
    const sentence = (doc.sentences ?? []).find((s) => s.start <= q.span.start && q.span.start < s.end) ?? q.span;
    out.push({
      id: '',
      type,
      modes: DEFAULT_MODES[type] ?? [],
      actors,
      targets: target ? [target] : [],
      ...(date ? { date } : {}),
      status: 'occurred',
      rule: `${pack.code}.event.speech-act.${type.toLowerCase()}`,
      trigger: span(text, cue.start, cue.end),
      evidence: span(text, sentence.start, sentence.end),
      sources: [q.id],
    });
  }
  return out;
}
