/**
 * Settles overlapping candidates: the longest wins (then the earliest), as in chrono's
 * overlap-removal refiner. The result is sorted by position.
 * @module
 */
import type { Candidate } from './types.js';

/** Keeps the longest of overlapping candidates (then the earliest), sorted by position. */
export function settle(candidates: readonly Candidate[]): Candidate[] {
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of byLength) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
