/**
 * What a Waymark window may do on its own: nothing beyond showing our page. Each rule is
 * a pure decision the adapter applies to the matching Electron event, so the rules are
 * tested without Electron and the adapter stays a one-liner per event.
 */
import { isAppUrl } from './appOrigin';

/**
 * `will-navigate` / `will-redirect` / `will-frame-navigate`: the page is a single-page
 * app and never navigates; a navigation would be a dropped link, a bug or an attack, and
 * would throw away the open map. Denied, even to app:// (a reload is not a navigation).
 */
export function shouldBlockNavigation(_url: string): boolean {
  return true;
}

/** Help and documentation links opened in the user's browser; nothing else ever is. */
export const EXTERNAL_LINK_HOSTS: readonly string[] = ['waymark.invalid', 'docs.waymark.invalid'];

/** Longer than any help link of ours; a longer URL is refused rather than handed to the OS. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/** https only (no port), host on the allowlist, no credentials in the URL. */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.port === '' && EXTERNAL_LINK_HOSTS.includes(parsed.hostname);
}

/**
 * How Chromium says a new window was asked for. A link the user clicked (target=_blank,
 * Ctrl/Shift/middle-click) arrives as a tab or a new window; `default` and `other` are
 * script-driven or internal, and never go to the OS browser.
 */
export const USER_LINK_DISPOSITIONS: readonly string[] = ['foreground-tab', 'background-tab', 'new-window'];

/**
 * `setWindowOpenHandler`: no window is ever created by the page. An allowlisted https help
 * link the user clicked is handed to the OS browser instead (the adapter calls
 * shell.openExternal); everything else is dropped.
 */
export function decideWindowOpen(url: string, disposition: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: USER_LINK_DISPOSITIONS.includes(disposition) && isAllowedExternalUrl(url) };
}

/**
 * Permission requests and checks (camera, notifications, clipboard-read, geolocation…):
 * the app needs none, so every one is refused. Clipboard writes by user gesture do not go
 * through this handler.
 */
export function decidePermission(_permission: string, _requestingUrl: string): boolean {
  return false;
}

/**
 * Every request of every page in the session (webRequest.onBeforeRequest): our own app://
 * page and its data:/blob: URLs, and DevTools in development builds. Nothing remote is ever
 * loaded — no http(s), ws, ftp or file:// — even by a bug that gets past the CSP (e.g. a
 * request from main's own web contents, or a text window's link).
 */
export function isAllowedRequestUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'app:') return isAppUrl(url);
  return ['data:', 'blob:', 'devtools:'].includes(parsed.protocol);
}

/** `will-attach-webview`: webviews are disabled in webPreferences; refuse any attempt anyway. */
export function shouldBlockWebviewAttach(): boolean {
  return true;
}

/**
 * A page error or crash must not load anything else into the window. Used by the adapter
 * to decide whether to reload after `render-process-gone` (only our own page, once).
 */
export function mayReloadAfterCrash(currentUrl: string): boolean {
  return isAppUrl(currentUrl);
}
