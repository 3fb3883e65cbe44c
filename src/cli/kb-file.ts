/**
 * `--kb FILE`: the user's own knowledge-base entries (JSON or YAML, the format of
 * docs/kb-format.md), added to the bundled ones; an entry with a bundled id replaces it.
 * @module
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ParleyError } from '../core/errors.js';
import { bundledKnowledgeBase, knowledgeBaseWith } from '../kb/bundled.js';
import type { KnowledgeBase } from '../kb/kb.js';

/** Reads a user KB file into raw entries; throws E_KB_INVALID naming the file. */
export function readKbFile(file: string): unknown[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new ParleyError('E_KB_INVALID', 'cannot read the knowledge-base file.', {
      file,
      hint: 'Check the path given to --kb.',
    });
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(extname(file)) ? parseYaml(raw) : JSON.parse(raw);
  } catch (e) {
    throw new ParleyError(
      'E_KB_INVALID',
      `not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(e as Error).message}`,
      { file, hint: 'See docs/kb-format.md.' },
    );
  }
  const entries = Array.isArray(data) ? data : (data as { entries?: unknown })?.entries;
  if (!Array.isArray(entries))
    throw new ParleyError('E_KB_INVALID', 'the file must hold a list of entries (or { entries: [...] }).', {
      file,
      hint: 'See docs/kb-format.md.',
    });
  return entries;
}

/** The knowledge base for a command: the bundled one, plus `--kb` files when given. */
export function knowledgeBaseFor(files: readonly string[] | undefined): KnowledgeBase {
  if (!files?.length) return bundledKnowledgeBase();
  return knowledgeBaseWith(files.map((f) => ({ source: f, entries: readKbFile(f) })));
}
