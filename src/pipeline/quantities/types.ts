/**
 * The quantity record: a number the text states, with what it counts.
 * @module
 */
import type { Span } from '../../schema/analysis.js';

/** A stated number: "rundt 470 droner" → `{ value: 470, approximate: true, kind: "drones" }`. */
export interface Quantity {
  /** The number with its hedge and multiplier ("rundt 470", "1,5 millioner", "$5 billion"). */
  span: Span;
  value: number;
  /** A hedge ("rundt", "at least") or a vague number ("hundrevis", "dozens"). */
  approximate: boolean;
  /** What is counted, from the pack's table: "drones", "missiles", "killed", "injured", "people" … */
  kind?: string;
  /** A unit of measure or currency: "%", "km", "USD", "NOK", "years" … */
  unit?: string;
  /** Provenance: "nb.quantity.digits". */
  rule?: string;
}

/** A quantity with the index of the sentence it was read from (stored on the pipeline doc). */
export interface SentenceQuantity extends Quantity {
  sentence: number;
}
