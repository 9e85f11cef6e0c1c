// Serves the built renderer from one folder, never outside it: the URL path is decoded,
// normalized and resolved (following symlinks) before anything is read.
import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * The file a URL path names under root, or null (→ 404) for anything missing, outside root,
 * or malformed. Paths without an extension fall back to index.html (a single-page app).
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const realRoot = await realpath(root).catch(() => null);
  if (!realRoot) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  let candidate = resolve(realRoot, relative);
  if (!isInside(realRoot, candidate)) return null;
  if (!extname(candidate)) {
    const info = await stat(candidate).catch(() => null);
    if (!info?.isFile()) candidate = join(realRoot, 'index.html');
  }
  const real = await realpath(candidate).catch(() => null);
  if (!real || !isInside(realRoot, real)) return null;
  const info = await stat(real).catch(() => null);
  if (!info?.isFile()) return null;
  const body = await readFile(real);
  return { body, contentType: CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream' };
}
