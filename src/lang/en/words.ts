/** Function words: never names on their own, and the usual first words of a sentence. */
export const STOP_WORDS: readonly string[] = [
  'a', 'after', 'all', 'also', 'an', 'and', 'as', 'at', 'before', 'both', 'but', 'by', 'for',
  'from', 'he', 'her', 'his', 'however', 'i', 'if', 'in', 'it', 'its', 'meanwhile', 'more', 'most',
  'no', 'not', 'of', 'on', 'one', 'or', 'our', 'she', 'since', 'so', 'some', 'that', 'the',
  'their', 'there', 'these', 'they', 'this', 'those', 'to', 'two', 'under', 'until', 'we', 'what',
  'when', 'where', 'which', 'while', 'who', 'why', 'with', 'yet', 'you',
];

/** English function words that no Scandinavian or German text uses. */
export const MARKERS: readonly string[] = [
  'and', 'of', 'said', 'that', 'the', 'was', 'with',
];
