/**
 * Matching primitives of the scoring rules: name keys, one-to-one matchings, token overlap.
 * @module
 */
import { foldForScoring } from '../core/text.js';
import type { Entity } from '../schema/analysis.js';
import type { GoldEntity } from './gold.js';

/** Folded forms a system entity is known by: its name and every mention text. */
export function systemKeys(e: Entity): Set<string> {
  return new Set([e.name, ...e.mentions.map((m) => m.text)].map(foldForScoring));
}

/** Folded forms a gold entity is known by: its name and aliases. */
export function goldKeys(e: GoldEntity): Set<string> {
  return new Set([e.name, ...(e.aliases ?? [])].map(foldForScoring));
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (x !== '' && b.has(x)) return true;
  return false;
}

/**
 * Maximum one-to-one matching in a bipartite graph (augmenting paths); `edges[i]` lists the
 * right-hand nodes left node `i` may take. Returns right → left assignments.
 */
export function maxMatching(edges: readonly (readonly number[])[], rightCount: number): Int32Array {
  const owner = new Int32Array(rightCount).fill(-1);
  const tryAssign = (left: number, seen: Uint8Array): boolean => {
    for (const r of edges[left] ?? []) {
      if (seen[r]) continue;
      seen[r] = 1;
      const cur = owner[r] as number;
      if (cur === -1 || tryAssign(cur, seen)) {
        owner[r] = left;
        return true;
      }
    }
    return false;
  };
  for (let l = 0; l < edges.length; l++) tryAssign(l, new Uint8Array(rightCount));
  return owner;
}

/** Tokens for overlap: the scoring fold, split on spaces. */
export function scoringTokens(s: string): string[] {
  const f = foldForScoring(s);
  return f === '' ? [] : f.split(' ');
}

/** Token-overlap F1 of two texts (bag of tokens). */
export function tokenF1(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / b.length;
  const r = common / a.length;
  return (2 * p * r) / (p + r);
}

export interface Pair {
  gold: number;
  sys: number;
  score: number;
}

/** Greedy one-to-one assignment, best score first; ties go to the earlier gold, then system item. */
export function greedyPairs(candidates: Pair[]): Pair[] {
  const sorted = [...candidates].sort((x, y) => y.score - x.score || x.gold - y.gold || x.sys - y.sys);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const out: Pair[] = [];
  for (const c of sorted) {
    if (usedG.has(c.gold) || usedS.has(c.sys)) continue;
    usedG.add(c.gold);
    usedS.add(c.sys);
    out.push(c);
  }
  return out.sort((x, y) => x.gold - y.gold);
}

/** A day or interval as [first, last] day strings. */
export function dayRange(d: string): [string, string] {
  const [a, b] = d.split('/');
  const first = (a ?? '').slice(0, 10);
  return [first, (b ?? a ?? '').slice(0, 10)];
}

export function datesOverlap(a: string, b: string): boolean {
  const [a1, a2] = dayRange(a);
  const [b1, b2] = dayRange(b);
  return a1 <= b2 && b1 <= a2;
}
