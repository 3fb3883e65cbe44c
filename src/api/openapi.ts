/**
 * The OpenAPI 3.1 document served at /api/openapi.json, built from the same zod schemas that
 * validate the requests.
 * @module
 */
import { z } from 'zod';
import { ROUTES, type RouteDoc } from './routes-doc.js';

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'hint'],
      properties: {
        code: { type: 'string', description: 'Stable error code, e.g. E_API_PARAM' },
        message: { type: 'string' },
        hint: { type: ['string', 'null'], description: 'What to do about it' },
      },
    },
  },
};

function parameters(route: RouteDoc): object[] {
  const schema = z.toJSONSchema(route.query, { io: 'input' }) as { properties?: Record<string, object> };
  const query = Object.entries(schema.properties ?? {}).map(([name, s]) => ({ name, in: 'query', schema: s }));
  const path = /\{id\}/.test(route.path)
    ? [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]
    : [];
  return [...path, ...query];
}

function operation(route: RouteDoc): object {
  const err = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  const responses: Record<string, object> = {
    [route.ok[0]]: { description: route.ok[1] },
    400: { description: 'Invalid parameter or body (E_API_PARAM, E_API_BODY)', ...err },
    500: { description: 'Internal error', ...err },
  };
  for (const s of route.errors ?? []) responses[s] = { description: `Error (HTTP ${s})`, ...err };
  return {
    summary: route.summary,
    parameters: parameters(route),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: z.toJSONSchema(route.body, { io: 'input' }) } },
          },
        }
      : {}),
    ...(route.auth ? { security: [{ bearer: [] }] } : {}),
    responses,
  };
}

/** The OpenAPI document. */
export function openApiDocument(version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of ROUTES) paths[r.path] = { ...paths[r.path], [r.method]: operation(r) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley API',
      version,
      description:
        'Articles about the war in Ukraine and the peace talks, analysed into entities, quotes and PLOVER events, each pointing to its source characters. Errors are {error: {code, message, hint}}. Lists page with `limit` and `cursor` (pass `nextCursor` back).',
    },
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
