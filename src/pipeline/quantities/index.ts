/**
 * Quantities: numbers the text states, in digits or words, with their hedges and what they
 * count, driven by the language pack's `numbers` lexicon.
 *
 * ```ts
 * findQuantities(text, sentence, nb);
 * // "sendte Russland rundt 470 droner" → [{ span: "rundt 470", value: 470, approximate: true, kind: "drones" }]
 * ```
 * @module
 */
export { findQuantities } from './find-quantities.js';
export type { Quantity, SentenceQuantity } from './types.js';
