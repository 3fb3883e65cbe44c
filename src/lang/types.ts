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

export type Gender = 'm' | 'f';

/** Title (lower case, every inflected form) → office role key, or null for a title without an office. */
export type PackTitles = Readonly<Record<string, string | null>>;

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
  /** Titles of people, mapped to the office they name (see `PackTitles`). */
  readonly titles: PackTitles;
  /** Verbs of saying and writing, every form, lower case. */
  readonly speechVerbs: readonly string[];
  /** Personal pronouns for one person, with their gender. */
  readonly pronouns: Readonly<Record<string, Gender>>;
  /** Genitive endings that may follow a name, longest first. */
  readonly genitiveSuffixes: readonly string[];
  /** Prepositions that introduce a place name. */
  readonly placePrepositions: readonly string[];
  /** A few original news-style sentences, used as smoke input. */
  readonly examples: readonly string[];
}
