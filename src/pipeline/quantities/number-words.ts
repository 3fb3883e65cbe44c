/**
 * Numbers written in words: "tre", "to hundre", "two hundred and fifty", "twenty-five", and
 * compounds the pack allows ("tjuefem", "femogtyve", "zweihundertfünfundzwanzig").
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';

/** A piece of a number word: a value, or a joiner ("og", "und") that may only stand inside. */
type Piece = number | 'join';

const segmentCache = new WeakMap<LanguagePack, Map<string, Piece[] | null>>();
const wordLists = new WeakMap<LanguagePack, [string, number][]>();

/** The pack's number words, longest first ("seksti" before "seks"). */
function wordList(pack: LanguagePack): [string, number][] {
  let list = wordLists.get(pack);
  if (!list) {
    list = Object.entries(pack.numbers.words).sort((a, b) => b[0].length - a[0].length);
    wordLists.set(pack, list);
  }
  return list;
}

/** Splits one word into number pieces that fold to a number, or null when it is not one. */
export function pieces(pack: LanguagePack, word: string): Piece[] | null {
  const w = word.toLowerCase();
  const direct = Object.hasOwn(pack.numbers.words, w) ? pack.numbers.words[w] : undefined;
  if (direct !== undefined) return [direct];
  if (!pack.numbers.compounds) return null;
  let cache = segmentCache.get(pack);
  if (!cache) {
    cache = new Map();
    segmentCache.set(pack, cache);
  }
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  const found = segment(pack, w, 0, []);
  cache.set(w, found);
  return found;
}

/** Depth-first over the ways to cut `w` from `at`, longest words first; the first that folds wins. */
function segment(pack: LanguagePack, w: string, at: number, done: Piece[]): Piece[] | null {
  if (at === w.length) return done.length > 1 && done.at(-1) !== 'join' && fold(done) !== undefined ? done : null;
  for (const [word, value] of wordList(pack))
    if (w.startsWith(word, at)) {
      const found = segment(pack, w, at + word.length, [...done, value]);
      if (found) return found;
    }
  for (const j of pack.numbers.compoundJoiners)
    if (at > 0 && done.at(-1) !== 'join' && w.startsWith(j, at)) {
      const found = segment(pack, w, at + j.length, [...done, 'join']);
      if (found) return found;
    }
  return null;
}

/**
 * The value of a sequence of pieces, or undefined when they do not make one number: within a
 * group under a thousand at most one unit, one ten and one hundred ("tjuefem", "femogtyve",
 * "to hundre og femti"); a scale word (thousand and up) closes the group.
 */
export function fold(list: readonly Piece[]): number | undefined {
  let total = 0;
  let group = 0;
  let unit = false;
  let ten = false;
  let teen = false;
  let hundred = false;
  for (const p of list) {
    if (p === 'join') continue;
    if (p >= 1000) {
      total += (group || 1) * p;
      [group, unit, ten, teen, hundred] = [0, false, false, false, false];
    } else if (p === 100) {
      if (hundred || ten || teen) return undefined;
      group = (group || 1) * 100;
      [unit, hundred] = [false, true];
    } else if (p >= 20) {
      if (ten || teen) return undefined;
      [group, ten] = [group + p, true];
    } else if (p >= 10) {
      if (ten || teen || unit) return undefined;
      [group, teen] = [group + p, true];
    } else {
      if (unit || teen) return undefined;
      [group, unit] = [group + p, true];
    }
  }
  return total + group;
}
