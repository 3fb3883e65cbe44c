/**
 * The one error type of Parley. "Found nothing" is never an error (extractors return empty);
 * broken input, configuration or infrastructure throws a `ParleyError` with a stable code and a
 * message that says what to do next.
 * @module
 */

/** Stable error codes; the CLI prints them and the API maps them to HTTP statuses. */
export const ERROR_CODES = {
  E_INPUT_NOT_FOUND: 'input file or directory does not exist',
  E_INPUT_UNREADABLE: 'input cannot be read or decoded',
  E_INPUT_BINARY: 'input looks like a binary file',
  E_INPUT_EMPTY: 'input has no article text',
  E_INPUT_JSON: 'input is not valid JSON',
  E_INPUT_TOO_LARGE: 'input is over the size limit',
  E_INPUT_EXTENSION: 'input has an unsupported file extension',
  E_INPUT_FIELD: 'input has a field of the wrong type or format',
  E_INPUT_FEED: 'feed cannot be parsed',
  E_INPUT_FETCH: 'input URL cannot be fetched',
  E_LANG_UNKNOWN: 'language not supported',
  E_STAGE_REQUIRES: 'pipeline stage requirement not met',
  E_STAGE_FAILED: 'a pipeline stage failed',
  E_KB_INVALID: 'knowledge-base file is invalid',
  E_GOLD_INVALID: 'gold file is invalid',
  E_USAGE: 'command used wrongly',
  E_CONFIG: 'configuration file or setting is invalid',
  E_STORE: 'store failure',
  E_STORE_MIGRATION: 'store migration failure',
  E_API_PARAM: 'request parameter is invalid',
  E_API_NOT_FOUND: 'resource not found',
  E_API_AUTH: 'authorisation required',
  E_API_READ_ONLY: 'the API is read-only (no ingest token configured)',
  E_API_BODY: 'request body is invalid',
  E_API_TOO_LARGE: 'request body is over the size limit',
  E_INTERNAL: 'internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ParleyErrorOptions {
  cause?: unknown;
  /** The input file (or URL) the error is about. */
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  /** Pipeline stage that failed. */
  stage?: string;
  /** Article id the error is about. */
  articleId?: string;
  /** What the user can do about it. */
  hint?: string;
}

export class ParleyError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly stage?: string;
  readonly articleId?: string;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, options: ParleyErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ParleyError';
    this.code = code;
    this.file = options.file;
    this.line = options.line;
    this.stage = options.stage;
    this.articleId = options.articleId;
    this.hint = options.hint;
  }

  /** One line: `E_INPUT_JSON: a.jsonl:3: invalid JSON ... (hint)`. */
  describe(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    const stage = this.stage ? `[stage ${this.stage}${this.articleId ? `, article ${this.articleId}` : ''}] ` : '';
    const hint = this.hint ? ` ${this.hint}` : '';
    return `${this.code}: ${where}${stage}${this.message}${hint}`;
  }
}

export function isParleyError(e: unknown): e is ParleyError {
  return e instanceof ParleyError;
}
