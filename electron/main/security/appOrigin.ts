/**
 * Where the page comes from. The renderer is served by our own `app://waymark/` protocol
 * handler (adapters/appProtocol.ts), never from file:// (which would give the page read
 * access to the whole disk and cannot carry a CSP header) nor from a remote server.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'waymark';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs of our own page (any path under app://waymark/). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Custom schemes are not "special" to the WHATWG URL parser, so compare protocol and
  // host rather than `origin` (which is the string "null" for them).
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
