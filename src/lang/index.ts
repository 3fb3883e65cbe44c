/**
 * The registry of language packs.
 * @module
 */
import { ParleyError } from '../core/errors.js';
import { da } from './da/index.js';
import { de } from './de/index.js';
import { en } from './en/index.js';
import { nb } from './nb/index.js';
import { nn } from './nn/index.js';
import { sv } from './sv/index.js';
import { LANG_CODES, type LangCode, type LanguagePack } from './types.js';

export * from './types.js';

export const PACKS: Readonly<Record<LangCode, LanguagePack>> = { nb, nn, sv, da, de, en };

export function isLangCode(code: string): code is LangCode {
  return (LANG_CODES as readonly string[]).includes(code);
}

/** The pack for `code`; throws E_LANG_UNKNOWN naming the supported codes. */
export function getLanguagePack(code: string): LanguagePack {
  const c = code.toLowerCase() === 'no' ? 'nb' : code.toLowerCase();
  if (isLangCode(c)) return PACKS[c];
  throw new ParleyError('E_LANG_UNKNOWN', `no language pack for "${code}".`, {
    hint: `Supported: ${LANG_CODES.join(', ')}. Pass one of these with --lang, or add a pack (see README, "Adding a language pack").`,
  });
}
