/**
 * Serves the built page (dist/) on app://waymark/ with the CSP header. The scheme is
 * registered as standard + secure before `ready` (so the page is a secure context with a
 * real origin); the path rules live in security/resolveAppAsset.ts.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME } from '../security/appOrigin';
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy';
import { resolveAppAsset } from '../security/resolveAppAsset';

/**
 * Must run before app `ready`. `corsEnabled` because Vite's `<script type="module">` is
 * fetched in CORS mode, which Chromium only allows on CORS-enabled schemes; it opens
 * nothing to other origins, since no response carries Access-Control-Allow-Origin.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } }]);
}

export function serveApp(distDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const decision = resolveAppAsset(distDir, request.url);
    if (!decision.ok) return new Response(null, { status: decision.status });
    try {
      const body = await readFile(decision.filePath);
      return new Response(body, {
        headers: {
          'content-type': decision.mime,
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'cross-origin-opener-policy': 'same-origin',
        },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
