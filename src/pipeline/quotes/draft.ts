/**
 * A quote found by a rule, before its speaker and channel are resolved.
 * @module
 */
import type { QuoteKind } from '../../schema/analysis.js';
import type { Range } from '../doc.js';

export interface QuoteDraft {
  kind: QuoteKind;
  /** The reported content (no marks, no closing punctuation). */
  content: Range;
  /** The reporting verb or phrase. */
  cue?: Range;
  /** Where the speaker is named; absent when the quote continues the previous speaker's. */
  slot?: Range;
  /** Between an inverted verb and its complementizer ("sa president Zelensky at"): tried first. */
  vsSlot?: Range;
  /** Continues the previous quote's speaker (a further dash paragraph, a run-on quote); with a slot, only when the slot names nobody. */
  inherit?: boolean;
  /** The speaker is the first person of the slot: the subject shared by a coordinated verb ("X fordømte … og sa at"). */
  subjectFirst?: boolean;
  /** Text searched for channel phrases ("på X", "in an interview with"). */
  context: Range;
  /** The cue continues the previous remark ("la til", "added"): keep its channel. */
  sameOccasion?: boolean;
  /** Which rule made it. */
  rule: string;
  /** Higher wins when two drafts overlap. */
  priority: number;
}
