/**
 * Bearer-token check for writes. Without a configured token the API is read-only.
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ParleyError } from '../core/errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** True when `given` equals `expected`, compared in constant time. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Middleware: 403 `E_API_READ_ONLY` when no token is configured, 401 `E_API_AUTH` on a wrong one. */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token)
      throw new ParleyError('E_API_READ_ONLY', 'this server is read-only: no ingest token is configured.', {
        hint: 'Set PARLEY_TOKEN (or "token" in parley.config.yaml) and restart `parley serve`; then send "Authorization: Bearer <token>".',
      });
    const header = c.req.header('authorization') ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (!given || !tokenMatches(given, token))
      throw new ParleyError(
        'E_API_AUTH',
        `${given ? 'the bearer token is wrong' : 'a bearer token is required'} to ingest.`,
        {
          hint: 'Send "Authorization: Bearer <token>" with the token the server was started with (PARLEY_TOKEN).',
        },
      );
    await next();
  };
}
