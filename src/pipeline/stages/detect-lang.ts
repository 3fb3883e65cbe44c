/**
 * Language identification: statistical detection (eld, n-grams) over the supported languages,
 * then the packs' marker words to tell close languages apart (Bokmål from Nynorsk).
 * A language given by the caller wins.
 * @module
 */
import { eld } from 'eld/medium';
import { ParleyError } from '../../core/errors.js';
import { getLanguagePack, type LangCode, type LanguagePack, PACKS } from '../../lang/index.js';
import type { Stage } from '../stage.js';

/** eld's codes for the languages Parley has packs for ("no" covers both Norwegian written forms). */
const ELD_TO_PACK: Readonly<Record<string, LangCode>> = { no: 'nb', da: 'da', sv: 'sv', de: 'de', en: 'en' };
/** How much better an unsupported language must score before we refuse the article. */
const UNSUPPORTED_MARGIN = 0.08;
/** Detection reads at most this much text: the lead decides the language. */
const SAMPLE = 4000;

function countMarkers(words: readonly string[], pack: LanguagePack): number {
  const set = new Set(pack.markers);
  return words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
}

/** Bokmål or Nynorsk, by which pack's marker words the text uses more. */
export function splitNorwegian(text: string): LangCode {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return countMarkers(words, PACKS.nn) > countMarkers(words, PACKS.nb) ? 'nn' : 'nb';
}

export interface Detection {
  lang: LangCode;
  /** The unsupported language that scored best, when the text looks like one. */
  unsupported?: string;
}

/** Detects the language of `text` among the supported packs. */
export function detectLanguage(text: string): Detection {
  const sample = text.slice(0, SAMPLE);
  const scores = eld.detect(sample).getScores();
  let best: LangCode = 'en';
  let bestScore = -1;
  let other: [string, number] = ['', -1];
  for (const [code, score] of Object.entries(scores)) {
    const pack = ELD_TO_PACK[code];
    if (pack && score > bestScore) [best, bestScore] = [pack, score];
    if (!pack && score > other[1]) other = [code, score];
  }
  if (best === 'nb') best = splitNorwegian(sample);
  const unsupported = other[1] > bestScore + UNSUPPORTED_MARGIN ? other[0] : undefined;
  return unsupported ? { lang: best, unsupported } : { lang: best };
}

export const detectLangStage: Stage = {
  name: 'lang',
  requires: ['text'],
  provides: ['lang'],
  run(doc, ctx) {
    if (ctx.lang) {
      const pack = getLanguagePack(ctx.lang);
      ctx.trace.add('lang', 'lang.given', () => `language given by the caller: ${pack.code}`);
      return { ...doc, pack, article: { ...doc.article, lang: pack.code } };
    }
    const found = detectLanguage(`${doc.article.title ?? ''}\n${doc.article.text}`);
    if (found.unsupported)
      throw new ParleyError(
        'E_LANG_UNKNOWN',
        `the article looks like "${found.unsupported}", which has no language pack.`,
        {
          articleId: doc.article.id,
          hint: `Pass --lang with one of ${Object.keys(PACKS).join(', ')} to force a pack.`,
        },
      );
    ctx.trace.add('lang', 'lang.detected', () => `detected ${found.lang}`);
    return { ...doc, pack: PACKS[found.lang], article: { ...doc.article, lang: found.lang } };
  },
};
