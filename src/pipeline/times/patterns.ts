/**
 * Building regular expressions from lexicon data: phrases become alternations with Unicode word
 * boundaries, compiled once per pack and cached (chrono's `matchAnyPattern`).
 * @module
 */

/** Letters and digits: what a word boundary must not have on its outer side. */
const WORD_CHAR = '[\\p{L}\\p{N}]';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One phrase as a pattern: inner spaces match any white space, apostrophes match ' and ’. */
function phrasePattern(phrase: string): string {
  return escapeRegExp(phrase).replace(/ +/g, '\\s+').replace(/'/g, "['’]");
}

/**
 * An alternation of phrases, longest first, each with a word boundary on any side that is a
 * letter or digit ("ca." needs none after its dot, "'ll" none before). Matches nothing when empty.
 * `bounds` turns a side's boundary off, for parts of compounds ("Dienstag" in "Dienstagabend").
 * The boundaries are factored out of the phrases (one lookaround per group, not per phrase:
 * much faster); phrases with an unbounded side come first, so "ca." is tried before "ca".
 */
export function alternation(phrases: Iterable<string>, bounds: { before?: boolean; after?: boolean } = {}): string {
  const list = [...new Set(phrases)].filter((p) => p.length > 0);
  if (list.length === 0) return '(?!)';
  list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const groups = new Map<string, string[]>();
  for (const p of list) {
    const before = bounds.before !== false && /^[\p{L}\p{N}]/u.test(p);
    const after = bounds.after !== false && /[\p{L}\p{N}]$/u.test(p);
    const key = `${before ? 'b' : ''}${after ? 'a' : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), phrasePattern(p)]);
  }
  return ['', 'b', 'a', 'ba']
    .filter((key) => groups.has(key))
    .map((key) => {
      const before = key.includes('b') ? `(?<!${WORD_CHAR})` : '';
      const after = key.includes('a') ? `(?!${WORD_CHAR})` : '';
      return `${before}(?:${groups.get(key)?.join('|')})${after}`;
    })
    .join('|');
}

/** Lower case and inner white space collapsed: the form lexicon keys are written in. */
export function lexKey(s: string): string {
  return s.toLowerCase().replace(/\s+/gu, ' ').replace(/’/g, "'");
}

/** Looks a matched phrase up in a lexicon table (case and spacing folded). */
export function lookup<T>(table: Readonly<Record<string, T>>, matched: string | undefined): T | undefined {
  if (matched === undefined) return undefined;
  const key = lexKey(matched);
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const caches = new WeakMap<object, Map<string, RegExp>>();

/** A pattern built once per pack (or other owner) and name, with the flags "giud". */
export function compiled(owner: object, name: string, build: () => string): RegExp {
  let cache = caches.get(owner);
  if (!cache) {
    cache = new Map();
    caches.set(owner, cache);
  }
  let re = cache.get(name);
  if (!re) {
    re = new RegExp(build(), 'giud');
    cache.set(name, re);
  }
  return re;
}

/** A word boundary before: no letter or digit right before this point. */
export const WORD_START = `(?<!${WORD_CHAR})`;
/** A word boundary after: no letter or digit right after this point. */
export const WORD_END = `(?!${WORD_CHAR})`;
