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

/** Words that mark reported speech; all lower case, multi-word entries allowed. */
export interface QuoteLexicon {
  /** Words that open a content clause after a reporting verb: "at", "that", "att", "dass". */
  readonly complementizers: readonly string[];
  /** Prepositional attributions: "ifølge", "according to", "enligt", "laut". */
  readonly accordingTo: readonly string[];
  /** Conjunctions that join a further content clause under the same cue: "og (at)", "and (that)". */
  readonly conjunctions: readonly string[];
  /** Verbs of calling that take quoted words: "kalte", "called". */
  readonly calling: readonly string[];
  /** Pronouns that point back to the previous sentence in "Det opplyser X." / "That was according to X." */
  readonly anaphoric: readonly string[];
  /** Words that, after a comma, end the reported clause: "da", "mens", "ettersom", "while", "as". */
  readonly clauseBreaks: readonly string[];
  /** Reporting verbs that continue the same occasion ("la til", "added"): the quote keeps its channel. */
  readonly additions: readonly string[];
  /**
   * Finite verbs of reported speech (German Konjunktiv I: "sei", "habe", "müsse"): a sentence
   * with one and no cue of its own goes on quoting the last speaker. Empty where the language
   * has no such mood.
   */
  readonly reportedMood: readonly string[];
  /**
   * Nouns for unnamed sources ("officials", "a source", "myndighetene"): when one heads the
   * subject right before the cue, the speaker is unknown (null), whatever else the slot names.
   */
  readonly genericSources: readonly string[];
}

/** A phrase near a quote's cue and the channel it names. */
export interface ChannelCue {
  readonly cue: string;
  readonly channel: string;
}

/** A part of the day, as TIMEX3 writes it: morning, afternoon, evening, night. */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';

/** A unit of calendar time that a count can measure. */
export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** A phrase naming a part of a day near the publication day ("i natt", "last night"). */
export interface RelativePart {
  readonly part: PartOfDay;
  /** Offset in days from the publication day of the day the phrase is dated to. */
  readonly day: number;
}

/** Words around a count of time units: `before` N unit `after` ("for to uker siden", "in two weeks"). */
export interface CountFrame {
  readonly before: string;
  readonly after: string;
}

/**
 * Time vocabulary (lower case, multi-word entries allowed). All of it is plain data; the times
 * stage compiles it into patterns once per pack. Prepositions that only introduce a time ("i",
 * "on", "am") are left out of the spans and listed only where they are needed as context.
 */
export interface TimeLexicon {
  /** Words for a day counted from the publication day: "i dag" 0, "i går" -1, "i morgen" 1. */
  readonly relativeDays: Readonly<Record<string, number>>;
  /** Parts of day that follow a weekday or a relative day: "kveld", "morgen", "night". */
  readonly partsOfDay: Readonly<Record<string, PartOfDay>>;
  /** What may join a weekday and a part of day: " " ("tirsdag kveld"), "" (German "Dienstagabend"). */
  readonly partJoiners: readonly string[];
  /** Standalone phrases for a part of a day near publication: "i natt", "overnight", "last night". */
  readonly relativeParts: Readonly<Record<string, RelativePart>>;
  /** Phrases before a weekday naming the night that ends on it: "natt til", "in der nacht zu". */
  readonly nightBefore: readonly string[];
  /** Modifiers before a weekday: "forrige" → the last one, "neste" → the coming one. */
  readonly weekdayModifiers: Readonly<Record<string, 'last' | 'next'>>;
  /** Weekday forms that always mean the last one (Swedish "i tisdags") → ISO weekday. */
  readonly pastWeekdays: Readonly<Record<string, number>>;
  /** Weeks counted from the publication week: "forrige uke" -1, "denne uken" 0, "neste uke" 1. */
  readonly relativeWeeks: Readonly<Record<string, number>>;
  /** Weekend phrases: the last one, the coming one, or the one the clause's tense points to. */
  readonly weekends: Readonly<Record<string, 'last' | 'next' | 'tense'>>;
  /** Months counted from the publication month: "forrige måned" -1. */
  readonly relativeMonths: Readonly<Record<string, number>>;
  /** Years counted from the publication year: "i fjor" -1, "i år" 0. */
  readonly relativeYears: Readonly<Record<string, number>>;
  /** Words before a month name without a day that make it a time ("i februar", "early March"). */
  readonly monthPrefixes: readonly string[];
  /** Words before a bare year that make it a time ("i 2022", "since 2014"). */
  readonly yearPrefixes: readonly string[];
  /** Frames of "N units ago". */
  readonly agoFrames: readonly CountFrame[];
  /** Frames of "in N units" (from now). */
  readonly laterFrames: readonly CountFrame[];
  /** Time unit nouns in every form → unit. */
  readonly units: Readonly<Record<string, TimeUnit>>;
  /** Words that count one before a unit: indefinite articles ("en uke", "a week"). */
  readonly one: readonly string[];
  /** Words that join the two ends of an interval: "og", "til", "and", "to". */
  readonly rangeConnectors: readonly string[];
  /** Words that open an interval and belong to its span: "fra", "mellom", "from", "between". */
  readonly rangeOpeners: readonly string[];
  /**
   * Words after a count of days that make a duration ending on the day named in the same
   * sentence: "tre dages forhandlinger" (da), "to dagers", "two days of", German "dreitägigen".
   */
  readonly dayDurations: readonly string[];
  /** Relations that shift a date by a counted span: "før" -1, "etter" 1. */
  readonly relations: Readonly<Record<string, -1 | 1>>;
  /** Phrases a day away from the date that follows them: "dagen før" -1, "the day after" 1. */
  readonly dayRelations: Readonly<Record<string, number>>;
  /** Anniversary nouns ("årsdagen", "anniversary"); may be compounded with an ordinal. */
  readonly anniversaryNouns: readonly string[];
  /** Ordinals before an anniversary noun ("fire" in "fireårsdagen", "fourth") → number. */
  readonly anniversaryOrdinals: Readonly<Record<string, number>>;
  /** Words between an anniversary noun and its event: "for", "av", "of". */
  readonly anniversaryLinkers: readonly string[];
  /** Events that anniversaries and relations are counted from → ISO date. */
  readonly anchors: Readonly<Record<string, string>>;
  /** Words that put a clause in the future or make it a plan or a possibility. */
  readonly futureMarkers: readonly string[];
  /**
   * Markers of a future seen from a past moment ("would", "skulle", "ville"): reported plans
   * whose day may lie on either side of publication, so a weekday is the nearest one.
   */
  readonly futureInPast: readonly string[];
  /** Phrases that start with a future marker but report the past ("skal ha", "may have"). */
  readonly notFuture: readonly string[];
  /** Words before a clock time: "kl", "klokken", "um". */
  readonly clockWords: readonly string[];
  /** Words after a clock time: "a.m.", "uhr". */
  readonly clockSuffixes: readonly string[];
  /** Words before a day number that mark a date: "den", "the". */
  readonly dateArticles: readonly string[];
  /** The language writes dates month first ("February 17"). */
  readonly monthFirst: boolean;
  /** The language writes numeric dates day.month(.year) ("17.2.2026", "den 16.5."). */
  readonly numericDates: boolean;
}

/**
 * Number vocabulary (lower case). Plain data; the quantity extractor compiles it once per pack.
 */
export interface NumberLexicon {
  /** Characters that group thousands ("1 000", "1.000", "1,000"): a group is exactly three digits. */
  readonly groupSeparators: readonly string[];
  /** Characters that may start decimals ("12,5", "12.5"). */
  readonly decimalSeparators: readonly string[];
  /** Number words → value: units, teens, tens and the scale words "hundre", "tusen". */
  readonly words: Readonly<Record<string, number>>;
  /** Pieces that join number words inside a compound ("og" in Danish "femogtyve", "und"). */
  readonly compoundJoiners: readonly string[];
  /** Number words are also written as one compound word ("tjuefem", "zweihundert"). */
  readonly compounds: boolean;
  /** Words after a number that multiply it: "millioner", "mrd", "million", "bn". */
  readonly multipliers: Readonly<Record<string, number>>;
  /** Vague plural numbers → a lower bound: "hundrevis" 200, "dozens" 24. Always approximate. */
  readonly vague: Readonly<Record<string, number>>;
  /** Words before a scale word meaning "several" ("flere hundre" → 200, approximate). */
  readonly several: readonly string[];
  /** Partitive words between a vague number and its noun: "of" ("hundreds of drones"), "av". */
  readonly partitives: readonly string[];
  /** Hedges before a number, kept as the `approximate` flag: "rundt", "minst", "about". */
  readonly hedges: readonly string[];
  /** Nouns (every form) counted by a number → the kind of thing counted. */
  readonly kinds: Readonly<Record<string, string>>;
  /** Nouns and symbols of measure (every form) → unit: "prosent" → "%", "dollar" → "USD". */
  readonly units: Readonly<Record<string, string>>;
  /** Casualty words right before a number: "drepte", "killing", "death toll". */
  readonly casualtyBefore: Readonly<Record<string, 'killed' | 'injured'>>;
  /** Casualty words after a number or its noun: "ble drept", "drepte", "were killed", "dead". */
  readonly casualtyAfter: Readonly<Record<string, 'killed' | 'injured'>>;
  /** Ordinal suffixes after digits ("3rd") or the ordinal dot before a lower-case word ("3. runde"). */
  readonly ordinalSuffixes: readonly string[];
  /** The language marks ordinals with a dot after the digits ("den 3. runden"). */
  readonly ordinalDot: boolean;
  /** Words before a phone number: "tlf", "telefon", "phone". */
  readonly phoneWords: readonly string[];
}

/** One kind of event trigger: its word forms and the PLOVER type (and modes) it gives. */
export interface EventTrigger {
  /** Lower-case forms, multi-word allowed; "*" at either end matches any letters there. */
  readonly forms: readonly string[];
  /** A PLOVER type (../shared/spec/event-types.md). */
  readonly type: string;
  readonly modes?: readonly string[];
  /** Only an event when negated ("no agreement was reached"): nouns that are otherwise a topic. */
  readonly onlyDenied?: boolean;
  /** Only an event when one of these words is in the sentence ("declared a truce"). */
  readonly requires?: readonly string[];
  /**
   * Never an event: longer words that a wildcard form would otherwise catch
   * ("forhandlingskort" is a bargaining chip, not talks). List these before the forms they block.
   */
  readonly notEvent?: boolean;
  /**
   * Shooting down ("84 ukrainske droner ble skutt ned"): an attack by the side whose drones or
   * missiles were downed, named by a country word right before the weapon; none named, no event.
   */
  readonly interception?: boolean;
}

/** Event vocabulary of a language (all lower case). */
export interface EventLexicon {
  readonly triggers: readonly EventTrigger[];
  /** Word parts in an attack's sentence that give its modes: "drone" → drone, "rakett" → heavy-weapons. */
  readonly modeWords: Readonly<Record<string, string>>;
  /**
   * Word parts in a demand's or refusal's sentence that give its mode: what is asked or refused
   * ("kompromiss" → yield, "luftvern" → assist, "møte" → meet). The first listed that occurs wins.
   */
  readonly askWords: Readonly<Record<string, string>>;
  /** Word parts that give PLOVER contexts: "energi" → human_security. */
  readonly contextWords: Readonly<Record<string, string>>;
  /** Negations just before a trigger: status denied. */
  readonly negations: readonly string[];
  /** Future and modal words: status planned. */
  readonly future: readonly string[];
  /** Conditions: status conditional. */
  readonly conditions: readonly string[];
  /** Continuation words: status ongoing. */
  readonly ongoing: readonly string[];
  /** Mediation cues: "i regi av", "-brokered" (a leading "-" means right after a name). */
  readonly mediation: readonly string[];
  /** Words that mark background history. */
  readonly background: readonly string[];
  /** Prepositions before the target of an attack: "mot", "against". */
  readonly against: readonly string[];
  /** "mellom", "between": the parties of talks follow. */
  readonly between: readonly string[];
  /** Modal verbs of possibility ("kan", "could"): an agreement they govern is speculation, not an event. */
  readonly modals: readonly string[];
  /** Plural place nouns ("andre byer", "several regions"): a strike on many places is located in the state. */
  readonly manyPlaces: readonly string[];
  /** "med", "with": the other parties of a meeting follow ("met in London with Starmer, Macron and Merz"). */
  readonly together: readonly string[];
  /** Nouns for armed forces after a country adjective: "styrker", "forces". */
  readonly forces: readonly string[];
  /** Verbs of belief: an event word right after them is what someone believes, not an event. */
  readonly beliefs: readonly string[];
  /** Plan nouns: negated ("ingen planer om", "no plans for"), the act planned is denied. */
  readonly plans: readonly string[];
  /** "reiser til", "travel to": the place after them is where a visit or planned meeting is. */
  readonly travelTo: readonly string[];
  /** "dagen etter", "a day after": what follows happened the day before the event named before it. */
  readonly dayAfter: readonly string[];
  /** "andre dag", "second day": after a `shortlyBefore` phrase, the day after the first. */
  readonly secondDay: readonly string[];
  /** "timer før", "hours before": the event happened on the first day of the event named after it. */
  readonly shortlyBefore: readonly string[];
  /**
   * Reporting verbs of a claim ("hevdet", "claimed"): a hostile act told in their clause is the
   * speaker's allegation against its doer (ACCUSE allege), not an event the article reports.
   */
  readonly allegations: readonly string[];
  /**
   * Words or two-word phrases that point back to an event already told ("angrepene", "the
   * attacks"): when the article has told one of that type before, they are that event again.
   */
  readonly referring: readonly string[];
  /**
   * Casualty words ("drept", "killed"): a sentence that only counts the dead or wounded adds its
   * numbers to the last attack told before it instead of making an event of its own.
   */
  readonly casualties: readonly string[];
  /**
   * Words that join an agreement to what is agreed ("agreed to exchange", "enige om en
   * utveksling"): an exchange, meeting or truce after them is agreed, not done.
   */
  readonly agreedOn: readonly string[];
  /**
   * Words inside a quote that make the speech act itself an event (analysis-format.md: a quote
   * is an accusation, request, rejection, threat, offer or expression of support), by type.
   * Each cue matches at the start of a word (cues of three letters or fewer only as whole
   * words: "må" is not "målet"). Types are tried in the order THREATEN, REJECT,
   * REQUEST, ACCUSE, AGREE, SUPPORT ("vi vil aldri godta" is a refusal, not a demand; "must
   * stop the terror" is a demand).
   */
  readonly speechActs: Readonly<
    Partial<Record<'REJECT' | 'REQUEST' | 'ACCUSE' | 'THREATEN' | 'AGREE' | 'SUPPORT', readonly string[]>>
  >;
}

export interface LanguagePack {
  readonly code: LangCode;
  /** The language's name in itself, for the UI and `--help`. */
  readonly name: string;
  /** The BCP 47 locale handed to `Intl.Segmenter` and `Intl.Collator`. */
  readonly locale: string;
  /** Verb-second word order: the subject may follow the verb ("I går sa Zelenskyj at …"). */
  readonly verbSecond: boolean;
  /**
   * Common nouns are written with a capital (German). Otherwise a capitalised word inside a
   * sentence is a name, never an event word ("Gripen" the aircraft, not "gripen", arrested).
   */
  readonly capitalisedNouns: boolean;
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
  /** Verbs of saying and writing (reporting verbs), every form, lower case. */
  readonly speechVerbs: readonly string[];
  readonly quotes: QuoteLexicon;
  readonly channels: readonly ChannelCue[];
  readonly events: EventLexicon;
  /** Personal pronouns for one person, with their gender. */
  readonly pronouns: Readonly<Record<string, Gender>>;
  /** Genitive endings that may follow a name, longest first. */
  readonly genitiveSuffixes: readonly string[];
  /** Prepositions that introduce a place name. */
  readonly placePrepositions: readonly string[];
  /**
   * Endings of nouns that head an organisation's name, lower case: "departement" finds
   * "Ukrainas innenriksdepartement", "gruppen" finds "menneskerettighetsgruppen OVD-Info".
   */
  readonly orgNouns: readonly string[];
  /** Time words: relative days and weeks, parts of day, tense markers, anniversaries (`time.ts`). */
  readonly time: TimeLexicon;
  /** Number words, separators, multipliers, hedges and counted nouns (`numbers.ts`). */
  readonly numbers: NumberLexicon;
  /** A few original news-style sentences, used as smoke input. */
  readonly examples: readonly string[];
}
