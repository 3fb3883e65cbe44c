/**
 * The one error boundary of the API: a `ParleyError` becomes its HTTP status and the body
 * `{error: {code, message, hint}}`; anything else is a bug, logged, and answered 500 E_INTERNAL.
 * @module
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, isParleyError, ParleyError } from '../core/errors.js';

const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  E_API_PARAM: 400,
  E_API_BODY: 400,
  E_API_AUTH: 401,
  E_API_READ_ONLY: 403,
  E_API_NOT_FOUND: 404,
  E_API_TOO_LARGE: 413,
  E_LANG_UNKNOWN: 422,
  E_INPUT_EMPTY: 422,
  E_INPUT_FIELD: 422,
  E_INPUT_UNREADABLE: 422,
  E_INPUT_BINARY: 422,
  E_INPUT_TOO_LARGE: 413,
  E_STORE: 503,
  E_STORE_MIGRATION: 503,
};

/** The HTTP status of an error code (500 for codes that mean a failure on our side). */
export function statusOf(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code] ?? 500;
}

/** The JSON error body. */
export function errorBody(e: ParleyError): { error: { code: ErrorCode; message: string; hint: string | null } } {
  return { error: { code: e.code, message: e.message, hint: e.hint ?? null } };
}

/** Hono `onError`: the single place where errors become responses. */
export function handleError(err: Error, c: Context): Response {
  if (isParleyError(err)) {
    const res = c.json(errorBody(err), statusOf(err.code));
    if (err.code === 'E_API_AUTH') res.headers.set('WWW-Authenticate', 'Bearer realm="parley"');
    return res;
  }
  console.error(`parley api: internal error on ${c.req.method} ${c.req.path}:`, err);
  const internal = new ParleyError('E_INTERNAL', 'internal error.', {
    hint: 'This is a bug in Parley; the server log has the details.',
  });
  return c.json(errorBody(internal), 500);
}

/** Hono `notFound` for /api paths. */
export function notFound(path: string): ParleyError {
  return new ParleyError('E_API_NOT_FOUND', `no endpoint ${path}.`, {
    hint: 'See /api/openapi.json for the endpoints.',
  });
}
