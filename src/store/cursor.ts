/**
 * Opaque page cursors: the sort key of the last item of a page, as base64url JSON.
 * @module
 */
import { ParleyError } from '../core/errors.js';

export type CursorKey = readonly (string | number)[];

/** Encodes the sort key of the last item on a page. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor into a key of `types` (e.g. `['string', 'number']`). Throws `E_API_PARAM`
 * naming the cursor when it was not made by `encodeCursor` for this list.
 */
export function decodeCursor<T extends CursorKey>(cursor: string, types: readonly ('string' | 'number')[]): T {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== types.length || key.some((v, i) => typeof v !== types[i]))
    throw new ParleyError('E_API_PARAM', 'parameter "cursor" is not a cursor of this list.', {
      hint: 'Pass the nextCursor of the previous page unchanged, or leave "cursor" out for the first page.',
    });
  return key as unknown as T;
}

/** Cuts a result fetched with `limit + 1` rows into a page, with the cursor of its last item. */
export function toPage<R, T>(
  rows: readonly R[],
  limit: number,
  map: (row: R) => T,
  keyOf: (row: R) => CursorKey,
): { items: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  return { items: kept.map(map), nextCursor: more && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
