/**
 * Knowledge-base mentions: at each word token, the longest KB form that the text spells there,
 * accents folded, case kept; the last word may carry a genitive ending ("Ukrainas",
 * "Zelenskyy's"). Hyphenated compounds ("Kreml-talsperson", "NATO-toppmøtet") match on the name
 * part, since the tokenizer splits at the hyphen.
 * @module
 */

import type { KnowledgeBase } from '../../kb/kb.js';
import { type NameForm, nameKey } from '../../kb/kb.js';
import type { LanguagePack } from '../../lang/types.js';
import type { Mention, Token } from '../doc.js';

function stripGenitive(key: string, pack: LanguagePack): string[] {
  return pack.genitiveSuffixes
    .filter((s) => key.length > s.length + 1 && key.endsWith(s))
    .map((s) => key.slice(0, -s.length));
}

/** Does `form` match the text of tokens i..i+form.tokens-1 (allowing a genitive ending)? */
function matches(text: string, words: readonly Token[], i: number, form: NameForm, pack: LanguagePack): boolean {
  const last = words[i + form.tokens - 1];
  const first = words[i];
  if (!first || !last) return false;
  const slice = nameKey(text.slice(first.start, last.end));
  if (slice === form.key || stripGenitive(slice, pack).includes(form.key)) return true;
  // After its first word a multi-word name may be written in lower case ("Ukraine's air force").
  if (form.tokens < 2) return false;
  const head = nameKey(first.text);
  const tail = (k: string) => k.slice(head.length).toLowerCase();
  return slice.startsWith(head) && form.key.startsWith(head) && tail(slice) === tail(form.key);
}

/** Finds KB mentions among the word tokens of one sentence; returns them with the tokens they cover. */
export function findKbMentions(
  text: string,
  words: readonly Token[],
  kb: KnowledgeBase,
  pack: LanguagePack,
): { mentions: Mention[]; covered: Set<number> } {
  const index = kb.nameIndex(pack.code, pack.stopWords);
  const mentions: Mention[] = [];
  const covered = new Set<number>();
  for (let i = 0; i < words.length; ) {
    const tok = words[i] as Token;
    const key = nameKey(tok.text);
    const candidates = [
      ...(index.get(key) ?? []),
      ...stripGenitive(key, pack).flatMap((k) => (index.get(k) ?? []).filter((f) => f.tokens === 1)),
    ];
    const best = candidates
      .filter((f) => matches(text, words, i, f, pack))
      .sort((a, b) => b.tokens - a.tokens || (a.kind === 'name' ? -1 : 1))[0];
    if (!best) {
      i++;
      continue;
    }
    const entry = kb.get(best.id);
    const end = (words[i + best.tokens - 1] as Token).end;
    if (entry)
      mentions.push({
        start: tok.start,
        end,
        id: entry.id,
        type: entry.type,
        name: entry.name,
        kind: best.kind,
        rule: `kb.${best.kind}`,
      });
    for (let k = 0; k < best.tokens; k++) covered.add(i + k);
    i += best.tokens;
  }
  return { mentions, covered };
}
