/**
 * Maps an app://waymark/... request to a file inside the built page folder (dist/), or
 * refuses it. Pure, so the traversal rules are unit-tested; adapters/appProtocol.ts reads
 * the file and adds the CSP header.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.journey': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export type AssetDecision = { ok: true; filePath: string; mime: string } | { ok: false; status: 400 | 403 | 404 };

export function resolveAppAsset(distDir: string, requestUrl: string): AssetDecision {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 400 };
  const wanted = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = resolve(distDir);
  const filePath = resolve(root, wanted);
  const rel = relative(root, filePath);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return { ok: false, status: 403 };
  const mime = MIME[extname(filePath).toLowerCase()];
  if (!mime) return { ok: false, status: 404 };
  return { ok: true, filePath, mime };
}
