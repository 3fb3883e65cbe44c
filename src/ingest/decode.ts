/**
 * Bytes to text: BOM, then a declared charset (HTTP header or `<meta charset>`), then strict
 * UTF-8, else windows-1252 (the usual legacy charset of European news sites). Binary files are
 * refused.
 * @module
 */
import { ParleyError } from '../core/errors.js';

/** A file is binary when it holds NUL bytes or many other control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** The charset declared in the first bytes of an HTML or XML document, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/**
 * windows-1252's characters for bytes 0x80-0x9F (en dash, curly quotes, euro sign, …). Node 20's
 * TextDecoder('windows-1252') leaves these bytes as C1 control characters, so they are mapped here.
 */
const CP1252_C1 =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

/** Replaces C1 controls left by a windows-1252 decode with the characters cp1252 means. */
export function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => CP1252_C1[ch.charCodeAt(0) - 0x80] ?? ch);
}

const isCp1252 = (charset: string) => /^(windows-1252|cp1252|iso-8859-1|latin-?1|us-ascii|ascii)$/.test(charset);

function tryDecode(bytes: Uint8Array, charset: string, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(charset, { fatal }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes `bytes` to text; `file` names the source in errors. */
export function decodeBytes(bytes: Uint8Array, file: string, charset?: string): string {
  if (looksBinary(bytes))
    throw new ParleyError('E_INPUT_BINARY', 'this is a binary file, not an article.', {
      file,
      hint: 'Give a .txt, .html, .json, .jsonl or feed file.',
    });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const declared = charset ?? declaredCharset(bytes);
  if (declared && !/^utf-?8$/.test(declared)) {
    const text = tryDecode(bytes, declared, false);
    if (text !== undefined) return isCp1252(declared) ? fixCp1252(text) : text;
  }
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== undefined) return utf8;
  if (declared && /^utf-?8$/.test(declared))
    throw new ParleyError('E_INPUT_UNREADABLE', 'declares UTF-8 but holds bytes that are not UTF-8.', {
      file,
      hint: 'Fix the charset declaration or re-save the file as UTF-8.',
    });
  return fixCp1252(new TextDecoder('windows-1252').decode(bytes));
}
