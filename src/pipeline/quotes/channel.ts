/**
 * The channel of a quote, read from the pack's channel phrases near its cue ("skrev på X",
 * "i en videotale delt på Telegram-kanalen", "i et intervju med Axios", "told CNN", "told
 * reporters"). An interview names its outlet: interview:<Outlet>.
 * @module
 */
import type { KnowledgeBase } from '../../kb/kb.js';
import type { ChannelCue, LanguagePack } from '../../lang/types.js';
import type { Mention, PipelineDoc, Range, Token } from '../doc.js';
import { wordsIn } from './words.js';

/** Does the cue phrase start at word i? The last cue word may begin a longer word ("videotale" → "videotalen"). */
function cueLength(words: readonly Token[], i: number, cue: string): number {
  const parts = cue.split(' ');
  const ok = parts.every((p, k) => {
    const w = words[i + k]?.text.toLowerCase();
    if (w === undefined) return false;
    return w === p || (k === parts.length - 1 && p.length >= 5 && w.startsWith(p));
  });
  return ok ? parts.length : 0;
}

function isOutlet(m: Mention, kb: KnowledgeBase): boolean {
  if (m.type !== 'ORG') return false;
  return m.id.startsWith('new:') || kb.get(m.id)?.kind === 'media';
}

/** The organisation named right after word `i` (within two words), if any. */
function orgAfter(
  doc: PipelineDoc,
  words: readonly Token[],
  i: number,
  kb: KnowledgeBase,
  media: boolean,
): Mention | undefined {
  const from = words[i]?.start;
  const to = words[Math.min(words.length - 1, i + 2)]?.end;
  if (from === undefined || to === undefined) return undefined;
  return (doc.mentions ?? []).find(
    (m) => m.start >= from && m.start <= to && m.type === 'ORG' && (!media || isOutlet(m, kb)),
  );
}

function channelAt(
  doc: PipelineDoc,
  words: readonly Token[],
  i: number,
  c: ChannelCue,
  kb: KnowledgeBase,
): string | undefined {
  const n = cueLength(words, i, c.cue);
  if (n === 0) return undefined;
  if (c.channel !== 'interview') return c.channel;
  // A bare "til"/"told"/"gegenüber" only counts before an outlet; "intervju med" before any organisation.
  const outlet = orgAfter(doc, words, i + n, kb, !c.cue.includes(' '));
  // The outlet as the article writes it ("til NTB" → interview:NTB, "told The Guardian" → interview:The Guardian).
  return outlet ? `interview:${doc.article.text.slice(outlet.start, outlet.end)}` : undefined;
}

/** The channel named in `region` outside `exclude` (the quote itself), nearest to `cue`. */
export function findChannel(
  doc: PipelineDoc,
  pack: LanguagePack,
  kb: KnowledgeBase,
  region: Range,
  exclude: Range,
  cue: number,
): string | undefined {
  const words = wordsIn(doc, region).filter((w) => w.end <= exclude.start || w.start >= exclude.end);
  const cues = [...pack.channels].sort((a, b) => b.cue.length - a.cue.length);
  let best: { channel: string; distance: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    for (const c of cues) {
      const channel = channelAt(doc, words, i, c, kb);
      if (!channel) continue;
      const distance = Math.abs((words[i] as Token).start - cue);
      if (!best || distance < best.distance) best = { channel, distance };
      break;
    }
  }
  return best?.channel;
}
