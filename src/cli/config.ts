/**
 * The optional configuration file (YAML or JSON): `--config PATH`, else `PARLEY_CONFIG`, else
 * ./parley.config.yaml, .yml or .json when one exists. Environment variables win over it
 * (`PARLEY_TOKEN`, `PARLEY_DB`).
 *
 * ```yaml
 * token: 3f9c…      # bearer token for POST /api/articles (at least 16 characters)
 * db: data/parley.db
 * host: 127.0.0.1
 * port: 4180
 * maxBodyBytes: 5242880
 * ```
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { ParleyError } from '../core/errors.js';

export const MIN_TOKEN_LENGTH = 16;

const token = z
  .string()
  .min(MIN_TOKEN_LENGTH, `must be at least ${MIN_TOKEN_LENGTH} characters (use e.g. \`openssl rand -hex 24\`)`);

const ConfigSchema = z.strictObject({
  token: token.optional(),
  db: z.string().min(1).optional(),
  host: z.string().min(1).optional(),
  port: z.number().int().min(1).max(65535).optional(),
  maxBodyBytes: z.number().int().positive().optional(),
});

export type ParleyConfig = z.infer<typeof ConfigSchema>;

const DEFAULT_FILES = ['parley.config.yaml', 'parley.config.yml', 'parley.config.json'];

function configError(file: string, message: string): ParleyError {
  return new ParleyError('E_CONFIG', message, {
    file,
    hint: 'Fix the file: allowed fields are token, db, host, port and maxBodyBytes.',
  });
}

function parseFile(file: string): ParleyConfig {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8')) ?? {};
  } catch (e) {
    throw configError(file, `cannot read the configuration: ${(e as Error).message}`);
  }
  const r = ConfigSchema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue?.path.length ? `field "${issue.path.join('.')}"` : 'the file';
  const keys = issue?.code === 'unrecognized_keys' ? `: ${issue.keys.join(', ')}` : '';
  throw configError(file, `${where}: ${issue?.message ?? 'invalid'}${keys}.`);
}

/** Reads the configuration; an explicitly named file that does not exist is an error. */
export function loadConfig(path?: string): ParleyConfig {
  const named = path ?? (process.env.PARLEY_CONFIG || undefined);
  if (named !== undefined && !existsSync(named)) throw configError(named, 'the configuration file does not exist.');
  const file = named ?? DEFAULT_FILES.find((f) => existsSync(f));
  const config = file ? parseFile(file) : {};
  const envToken = process.env.PARLEY_TOKEN;
  if (envToken) {
    const r = token.safeParse(envToken);
    if (!r.success)
      throw new ParleyError('E_CONFIG', `PARLEY_TOKEN ${r.error.issues[0]?.message ?? 'is invalid'}.`, {
        hint: 'Set PARLEY_TOKEN to a long random string, or unset it to keep the API read-only.',
      });
    config.token = envToken;
  }
  return config;
}
