/**
 * The language-pack contract. A pack is data: word lists and small tables that the
 * language-agnostic stages read. Every pack has the same file set (see `_template/`).
 * @module
 */

export const LANG_CODES = ['nb', 'nn', 'sv', 'da', 'de', 'en'] as const;
export type LangCode = (typeof LANG_CODES)[number];

export interface Abbreviations {
  /**
   * Never end a sentence ("Dr.", "bl.a.", "z.B."): a break after one is always merged.
   * Written in lower case with their inner dots and without the final dot.
   */
  readonly always: readonly string[];
  /**
   * Usually stand before a name but may close a sentence ("U.S.", "U.N."): merged unless the
   * next word is a usual sentence starter (a stop word).
   */
  readonly beforeNames: readonly string[];
  /**
   * Often close a sentence ("osv.", "a.m.", "etc."): merged only when the next word starts in
   * lower case or with a digit.
   */
  readonly ambiguous: readonly string[];
}

export interface LanguagePack {
  readonly code: LangCode;
  /** The language's name in itself, for the UI and `--help`. */
  readonly name: string;
  /** The BCP 47 locale handed to `Intl.Segmenter` and `Intl.Collator`. */
  readonly locale: string;
  readonly abbreviations: Abbreviations;
  /** Month names and abbreviations (lower case, without dots) → 1-12. */
  readonly months: Readonly<Record<string, number>>;
  /** Weekday names in every inflected form (lower case) → ISO weekday 1 (Monday) - 7. */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Function words (lower case): never names, and usual sentence starters. */
  readonly stopWords: readonly string[];
  /**
   * Words typical of this language and rare in its closest neighbour, used to tell close
   * languages apart after statistical detection (Bokmål from Nynorsk).
   */
  readonly markers: readonly string[];
  /** A few original news-style sentences, used as smoke input. */
  readonly examples: readonly string[];
}
