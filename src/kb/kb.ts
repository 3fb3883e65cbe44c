/**
 * The knowledge base: entries by id, office holders by role and date, and per-language name
 * indexes for mention detection. Built once from plain entries (bundled data plus the user's
 * own file) and read-only afterwards.
 * @module
 */
import { ParleyError } from '../core/errors.js';
import type { LangCode } from '../lang/types.js';
import type { KbEntry, NameLang, NameTable, RoleKey } from './types.js';
import { assertEntries, referenceProblems } from './validate.js';

/** How a form names its entry. */
export type FormKind = 'name' | 'adjective' | 'demonym';

export interface NameForm {
  /** The form as a match key (see `nameKey`). */
  key: string;
  /** How many word tokens the form has. */
  tokens: number;
  id: string;
  kind: FormKind;
}

/** Match key for names: accents removed and apostrophes unified, case kept (names are matched case-sensitively). */
export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/gu, "'")
    .normalize('NFC');
}

/**
 * A key that ignores how a Slavic name was transliterated: Norwegian "Umjerov", "Sjmyhal",
 * "Halusjtsjenko" and German "Selenskyj" meet English "Umerov", "Shmyhal", "Halushchenko",
 * "Zelensky". Only used for people's names, as a fallback after exact forms.
 */
export function translitKey(s: string): string {
  return (
    nameKey(s)
      .toLowerCase()
      .replace(/(?:sjtsj|schtsch|shch|sjtj)/gu, 'shch')
      .replace(/(?:tsch|tsj)/gu, 'ch')
      .replace(/(?:sch|sj)/gu, 'sh')
      .replace(/zj/gu, 'zh')
      // German writes an initial З as S before a vowel (Selenskyj, Saporischschja).
      .replace(/^s(?=[aeiouy])/u, 'z')
      .replace(/w/gu, 'v')
      .replace(/j/gu, 'y')
      .replace(/[iy]e/gu, 'e')
      .replace(/ia/gu, 'ya')
      .replace(/iu/gu, 'yu')
      .replace(/y/gu, 'i')
      .replace(/ii/gu, 'i')
      .replace(/(\p{L})\1/gu, '$1')
  );
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
/** Word tokens of a form, as the document tokenizer sees them. */
export function formTokens(form: string): string[] {
  return [...wordSegmenter.segment(form)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Which name tables feed the index of an article language (see `nameLangs`). */
function nameLangs(lang: LangCode, type: KbEntry['type']): NameLang[] {
  // People's names rarely collide with words, so every spelling is accepted; places and
  // organisations only in the article's language, English, and their original scripts,
  // so that e.g. nb "Island" (Iceland) never fires in English text.
  if (type === 'PER') return ['en', 'nb', 'nn', 'sv', 'da', 'de', 'uk', 'ru', 'latn'];
  const own: NameLang[] = lang === 'nn' ? ['nn', 'nb'] : [lang];
  return [...own, 'en', 'latn', 'uk', 'ru'];
}

function ownLangs(lang: LangCode): NameLang[] {
  return lang === 'nn' ? ['nn', 'nb'] : [lang];
}

export class KnowledgeBase {
  private readonly byId = new Map<string, KbEntry>();
  private readonly indexes = new Map<string, Map<string, NameForm[]>>();
  private capitals: Map<string, string> | undefined;
  private translit: Map<string, Set<string>> | undefined;

  constructor(entries: readonly KbEntry[]) {
    for (const e of entries) this.byId.set(e.id, e);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): KbEntry | undefined {
    return this.byId.get(id);
  }

  entries(): IterableIterator<KbEntry> {
    return this.byId.values();
  }

  /** People who hold `role` (of `of`, when given) on `date` (YYYY-MM-DD). */
  holders(role: RoleKey, date: string, of?: string): KbEntry[] {
    const out: KbEntry[] = [];
    for (const e of this.byId.values())
      if (
        e.roles?.some(
          (r) =>
            r.role === role &&
            (of === undefined || r.of === of) &&
            r.from <= date &&
            (r.to === undefined || date <= r.to),
        )
      )
        out.push(e);
    return out;
  }

  /**
   * People whose name (a full name or a surname of five letters or more) has this
   * transliteration key; see `translitKey`.
   */
  peopleByTranslit(key: string): string[] {
    if (!this.translit) {
      const index = new Map<string, Set<string>>();
      for (const e of this.byId.values()) {
        if (e.type !== 'PER') continue;
        for (const forms of Object.values(e.names))
          for (const f of forms ?? []) {
            const k = translitKey(f);
            if (f.split(/\s+/).length === 1 && k.length < 5) continue;
            const set = index.get(k) ?? new Set<string>();
            set.add(e.id);
            index.set(k, set);
          }
      }
      this.translit = index;
    }
    return [...(this.translit.get(key) ?? [])];
  }

  /** The country a capital city is the capital of, if any. */
  countryOfCapital(id: string): string | undefined {
    if (!this.capitals) {
      this.capitals = new Map();
      for (const e of this.byId.values()) if (e.capital && e.capital !== e.id) this.capitals.set(e.capital, e.id);
    }
    return this.capitals.get(id);
  }

  /**
   * People who hold `role` for `of` on `date`: offices of `of` itself, or of a body whose
   * country is `of` ("Russia's spokesperson" finds the Kremlin's).
   */
  holdersFor(role: RoleKey, date: string, of: string): KbEntry[] {
    const direct = this.holders(role, date, of);
    if (direct.length) return direct;
    return this.holders(role, date).filter((p) =>
      p.roles?.some((r) => r.role === role && this.byId.get(r.of)?.country === of),
    );
  }

  /** Does person `id` hold `role` on `date`? */
  holds(id: string, role: RoleKey, date: string): boolean {
    return (
      this.byId
        .get(id)
        ?.roles?.some((r) => r.role === role && r.from <= date && (r.to === undefined || date <= r.to)) ?? false
    );
  }

  /**
   * Every form that can name an entry in text of `lang`, keyed by its first word token.
   * Built on first use and cached.
   */
  nameIndex(lang: LangCode, stopWords: readonly string[]): Map<string, NameForm[]> {
    const cacheKey = lang;
    const cached = this.indexes.get(cacheKey);
    if (cached) return cached;
    const stop = new Set(stopWords);
    const index = new Map<string, NameForm[]>();
    const add = (form: string, id: string, kind: FormKind) => {
      const toks = formTokens(form);
      const first = toks[0];
      if (!first) return;
      if (toks.length === 1 && stop.has(form.toLowerCase())) return;
      const key = nameKey(form);
      const firstKey = nameKey(first);
      const list = index.get(firstKey) ?? [];
      if (!list.some((f) => f.key === key && f.id === id)) list.push({ key, tokens: toks.length, id, kind });
      index.set(firstKey, list);
    };
    const addTable = (t: NameTable | undefined, langs: NameLang[], id: string, kind: FormKind) => {
      for (const l of langs)
        for (const form of t?.[l] ?? []) {
          add(form, id, kind);
          // Adjectives and demonyms are lower case in the Nordic languages and German
          // nouns aside; at a sentence start they are capitalised.
          if (kind !== 'name') add(form[0]?.toUpperCase() + form.slice(1), id, kind);
        }
    };
    for (const e of this.byId.values()) {
      addTable(e.names, nameLangs(lang, e.type), e.id, 'name');
      addTable(e.adjectives, ownLangs(lang), e.id, 'adjective');
      addTable(e.demonyms, ownLangs(lang), e.id, 'demonym');
    }
    for (const list of index.values()) list.sort((a, b) => b.tokens - a.tokens || b.key.length - a.key.length);
    this.indexes.set(cacheKey, index);
    return index;
  }
}

export interface KbSource {
  /** File name (or "bundled") for error messages. */
  source: string;
  entries: readonly unknown[];
}

/**
 * Builds a knowledge base from sources in order; a later entry with the same id replaces an
 * earlier one (so a user's file can correct the bundled data). Throws E_KB_INVALID naming the
 * file and entry.
 */
export function createKnowledgeBase(sources: readonly KbSource[]): KnowledgeBase {
  const merged = new Map<string, KbEntry>();
  for (const s of sources) {
    if (!Array.isArray(s.entries))
      throw new ParleyError('E_KB_INVALID', 'a knowledge-base file must hold a list of entries.', {
        file: s.source,
        hint: 'See docs/kb-format.md.',
      });
    assertEntries(s.entries, s.source);
    for (const e of s.entries) merged.set(e.id, e);
  }
  const all = [...merged.values()];
  const problems = referenceProblems(all);
  if (problems.length)
    throw new ParleyError(
      'E_KB_INVALID',
      `${problems.length} broken reference${problems.length === 1 ? '' : 's'}: ${problems.slice(0, 6).join('; ')}`,
      {
        file: sources.map((s) => s.source).join(', '),
        hint: 'Every country, capital and roles[].of must be the id of an entry (bundled or yours).',
      },
    );
  return new KnowledgeBase(all);
}
