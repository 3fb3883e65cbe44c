/**
 * Knowledge-base mentions: at each word token, the longest KB form that the text spells there,
 * accents folded, case kept; the last word may carry a genitive ending ("Ukrainas",
 * "Zelenskyy's"). Hyphenated compounds ("Kreml-talsperson", "NATO-toppmøtet") match on the name
 * part, since the tokenizer splits at the hyphen.
 * @module
 */

import type { KnowledgeBase } from '../../kb/kb.js';
import { type NameForm, nameKey, translitKey } from '../../kb/kb.js';
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
  // Abbreviations end in a full stop the word segmenter leaves out ("U.S.", "U.K.").
  if (form.key.endsWith('.') && text[last.end] === '.' && `${slice}.` === form.key) return true;
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
    // A dateline opens the article in capitals ("RIYADH, Saudi Arabia (AP) —"): the place in title case.
    const dateline =
      tok.start === 0 && /^\p{Lu}{3,}$/u.test(tok.text) && /^\s*[,(]/u.test(text.slice(tok.end, tok.end + 3));
    const key = nameKey(dateline ? `${tok.text[0]}${tok.text.slice(1).toLowerCase()}` : tok.text);
    const candidates = [
      ...(index.get(key) ?? []),
      ...stripGenitive(key, pack).flatMap((k) => (index.get(k) ?? []).filter((f) => f.tokens === 1)),
    ];
    const best = candidates
      .filter((f) => (dateline ? f.tokens === 1 && kb.get(f.id)?.type === 'LOC' : matches(text, words, i, f, pack)))
      .sort((a, b) => b.tokens - a.tokens || (a.kind === 'name' ? -1 : 1))[0];
    if (!best) {
      const person = translitPerson(text, words, i, kb, pack);
      if (person) {
        mentions.push(person.mention);
        for (let k = 0; k < person.tokens; k++) covered.add(i + k);
        i += person.tokens;
      } else i++;
      continue;
    }
    const entry = kb.get(best.id);
    const wordEnd = (words[i + best.tokens - 1] as Token).end;
    const end = best.key.endsWith('.') && text[wordEnd] === '.' ? wordEnd + 1 : wordEnd;
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

/**
 * A capitalised name the KB spells differently ("Rustem Umjerov", "Ljasjko"): a full name of two
 * words or a surname alone, matched by transliteration key when it points to exactly one person.
 */
function translitPerson(
  text: string,
  words: readonly Token[],
  i: number,
  kb: KnowledgeBase,
  pack: LanguagePack,
): { mention: Mention; tokens: number } | undefined {
  const first = words[i] as Token;
  if (!/^\p{Lu}/u.test(first.text)) return undefined;
  const second = words[i + 1];
  const tries: [number, string][] = [];
  if (second && /^\p{Lu}/u.test(second.text) && text.slice(first.end, second.start) === ' ')
    tries.push([2, `${first.text} ${second.text}`]);
  tries.push([1, first.text], ...stripGenitive(first.text, pack).map((t): [number, string] => [1, t]));
  for (const [n, form] of tries) {
    if (n === 1 && pack.stopWords.includes(form.toLowerCase())) continue;
    const ids = kb.peopleByTranslit(translitKey(form));
    const entry = ids.length === 1 ? kb.get(ids[0] as string) : undefined;
    if (!entry) continue;
    const end = (words[i + n - 1] as Token).end;
    return {
      mention: {
        start: first.start,
        end,
        id: entry.id,
        type: 'PER',
        name: entry.name,
        kind: 'name',
        rule: 'kb.name.transliteration',
      },
      tokens: n,
    };
  }
  return undefined;
}
