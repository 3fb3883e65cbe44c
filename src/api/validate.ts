/**
 * Request validation with zod: every failure is `E_API_PARAM` (query) or `E_API_BODY` (body)
 * with a message that names the parameter or field.
 * @module
 */
import type { z } from 'zod';
import { ParleyError } from '../core/errors.js';

function describeIssue(issue: z.core.$ZodIssue, what: 'parameter' | 'field'): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown ${what}${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  const path = issue.path.join('.');
  return path ? `${what} "${path}": ${issue.message}` : issue.message;
}

function allowed(schema: z.ZodType): string {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape).join(', ') : '';
}

/** Parses query parameters (each at most once) with `schema`. */
export function parseQuery<S extends z.ZodType>(schema: S, url: string): z.output<S> {
  const params = new URL(url).searchParams;
  const raw: Record<string, string> = {};
  for (const [k, v] of params) {
    if (k in raw)
      throw new ParleyError('E_API_PARAM', `parameter "${k}" is given more than once.`, { hint: 'Give it once.' });
    raw[k] = v;
  }
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0] as z.core.$ZodIssue;
  throw new ParleyError('E_API_PARAM', `${describeIssue(issue, 'parameter')}.`, {
    hint: `Parameters of this endpoint: ${allowed(schema) || 'none'} (see /api/openapi.json).`,
  });
}

/** Validates a parsed JSON body with `schema`. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const issue = r.error.issues[0] as z.core.$ZodIssue;
  throw new ParleyError('E_API_BODY', `${describeIssue(issue, 'field')}.`, {
    hint: 'See the request body schema in /api/openapi.json.',
  });
}

/** Reads the request body as JSON, or throws `E_API_BODY`. */
export async function readJson(req: { json(): Promise<unknown> }): Promise<unknown> {
  try {
    return await req.json();
  } catch (e) {
    if (e instanceof ParleyError) throw e;
    throw new ParleyError('E_API_BODY', 'the request body is not valid JSON.', {
      hint: 'Send a JSON object with Content-Type: application/json.',
    });
  }
}
