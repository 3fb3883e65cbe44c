/**
 * Serving the built web UI (web/dist) at `/`: files with their content types, long caching for
 * hashed assets, and the single-page-app fallback to index.html for every other non-API path.
 * @module
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The content type for a file name (binary for unknown extensions). */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The file under `root` for a URL path, or undefined when it is outside root or missing. */
function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const full = resolve(root, `.${decoded}`);
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  if (isFile(full)) return full;
  const index = join(full, 'index.html');
  return isFile(index) ? index : undefined;
}

/** Middleware serving `dir` for GET and HEAD requests outside /api; does nothing when `dir` is missing. */
export function staticFiles(dir: string): MiddlewareHandler {
  const root = resolve(dir);
  return async (c, next) => {
    const path = c.req.path;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || path === '/api' || path.startsWith('/api/'))
      return next();
    if (!existsSync(join(root, 'index.html'))) return next();
    // A path with an extension names a file; anything else is a client-side route of the app.
    const file = fileFor(root, path) ?? (extname(path) === '' ? join(root, 'index.html') : undefined);
    if (!file) return next();
    const headers = {
      'Content-Type': contentTypeOf(file),
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(new Uint8Array(await readFile(file)), 200, headers);
  };
}
