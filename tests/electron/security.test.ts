import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/main/security/appOrigin';
import { buildWindowOptions } from '../../electron/main/security/buildWindowOptions';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/contentSecurityPolicy';
import { resolveAppAsset } from '../../electron/main/security/resolveAppAsset';
import { validateSender } from '../../electron/main/security/validateSender';
import { decidePermission, decideWindowOpen, isAllowedExternalUrl, isAllowedRequestUrl, MAX_EXTERNAL_URL_LENGTH, mayReloadAfterCrash, shouldBlockNavigation, shouldBlockWebviewAttach } from '../../electron/main/security/webContentsPolicy';
import { DOCUMENTATION_URL } from '../../electron/main/menu/shellCommands';

describe('window options', () => {
  it('sets every webPreferences flag to its secure value', () => {
    const options = buildWindowOptions({ preloadPath: '/app/dist-electron/preload.js', devTools: false });
    expect(options.webPreferences).toStrictEqual({
      preload: '/app/dist-electron/preload.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools: false,
    });
    expect(options.show).toBe(false);
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
  });

  it('windows without an app page get no preload (no bridge), and the same secure flags', () => {
    const text = buildWindowOptions({ preloadPath: null, devTools: false, title: 'Licenses' }).webPreferences;
    expect(text).not.toHaveProperty('preload');
    expect({ ...text, preload: 'p' }).toStrictEqual(buildWindowOptions({ preloadPath: 'p', devTools: false }).webPreferences);
  });

  it('places a restored window at its bounds, with the minimum size kept', () => {
    const options = buildWindowOptions({ preloadPath: 'p', devTools: false, bounds: { x: 40, y: 60, width: 1000, height: 700 } });
    expect(options).toMatchObject({ x: 40, y: 60, width: 1000, height: 700, minWidth: 800, minHeight: 560 });
    expect(buildWindowOptions({ preloadPath: 'p', devTools: false })).not.toHaveProperty('x');
  });

  it('only devTools follows the build (on in development, off when packaged)', () => {
    const dev = buildWindowOptions({ preloadPath: 'p', devTools: true }).webPreferences;
    const packaged = buildWindowOptions({ preloadPath: 'p', devTools: false }).webPreferences;
    expect({ ...dev, devTools: false }).toStrictEqual(packaged);
  });
});

describe('Content-Security-Policy', () => {
  it('is exactly the strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'",
    );
  });

  it('never allows eval, inline script or remote hosts', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('the page’s own CSP <meta>', () => {
  it('is the header policy (what the security gate scans and the web build gets), less what a <meta> cannot carry', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    // frame-ancestors is ignored in a <meta> (it only works as a header).
    expect(meta).toBe(CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; '));
  });
});

describe('web-contents policy', () => {
  it.each(['https://evil.example/', 'file:///etc/passwd', 'app://waymark/index.html', 'javascript:alert(1)', 'data:text/html,hi'])('denies navigation to %s', (url) => {
    expect(shouldBlockNavigation(url)).toBe(true);
  });

  it.each([
    'https://evil.example/', 'http://waymark.invalid/help', 'app://waymark/index.html', 'file:///tmp/x.html', 'https://user:pw@waymark.invalid/',
    'https://docs.waymark.invalid:8443/', 'https://waymark.invalid.evil.example/', 'https://evil.example/?https://docs.waymark.invalid/',
    'javascript:window.open("https://docs.waymark.invalid/")', 'smb://docs.waymark.invalid/share', 'not a url', '',
  ])('a clicked link to %s creates no window and opens nothing', (url) => {
    expect(decideWindowOpen(url, 'foreground-tab')).toEqual({ action: 'deny', openExternally: false });
  });

  it('hands allowlisted https help links the user clicked to the OS browser, still without a window', () => {
    for (const disposition of ['foreground-tab', 'background-tab', 'new-window']) {
      expect(decideWindowOpen('https://docs.waymark.invalid/guide#kpi', disposition)).toEqual({ action: 'deny', openExternally: true });
    }
    expect(isAllowedExternalUrl(DOCUMENTATION_URL)).toBe(true); // Help › Waymark documentation
  });

  it('does not open even an allowlisted link that no click asked for', () => {
    expect(decideWindowOpen('https://docs.waymark.invalid/guide', 'default')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('https://docs.waymark.invalid/guide', 'other')).toEqual({ action: 'deny', openExternally: false });
  });

  it('refuses over-long links', () => {
    const long = `https://docs.waymark.invalid/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`;
    expect(isAllowedExternalUrl(long)).toBe(false);
    expect(isAllowedExternalUrl(long.slice(0, MAX_EXTERNAL_URL_LENGTH))).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'hid', 'serial', 'usb'])('refuses the %s permission', (permission) => {
    expect(decidePermission(permission, 'app://waymark/index.html')).toBe(false);
  });

  it.each(['app://waymark/index.html', 'app://waymark/assets/Inter-Regular.ttf', 'data:image/png;base64,AAAA', 'blob:app://waymark/5f1c', 'devtools://devtools/bundled/inspector.html'])('lets the page load %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(true);
  });

  it.each(['https://fonts.example/inter.woff2', 'http://127.0.0.1:5173/', 'ws://evil.example/', 'file:///etc/passwd', 'ftp://x/', 'app://other/index.html', 'app://x@waymark/', 'not a url'])('loads nothing remote or local: %s is cancelled', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
  });

  it('refuses webviews', () => {
    expect(shouldBlockWebviewAttach()).toBe(true);
  });

  it('reloads after a crash only when the window showed our page', () => {
    expect(mayReloadAfterCrash(APP_ENTRY_URL)).toBe(true);
    expect(mayReloadAfterCrash('https://evil.example/')).toBe(false);
  });
});

describe('validateSender', () => {
  const ours = (id: number) => id === 1;
  const event = (url: string, parent: unknown = null, id = 1) => ({ sender: { id }, senderFrame: { url, parent } });

  it('accepts the main frame of our window showing app://waymark', () => {
    expect(validateSender(event('app://waymark/index.html'), ours)).toEqual({ ok: true });
    expect(validateSender(event('app://waymark/'), ours)).toEqual({ ok: true });
  });

  it.each([
    ['another origin', event('https://evil.example/index.html')],
    ['a file:// page', event('file:///home/me/index.html')],
    ['a look-alike host', event('app://waymark.evil/index.html')],
    ['credentials in the URL', event('app://x@waymark/index.html')],
    ['a subframe of our page', event('app://waymark/index.html', { url: 'app://waymark/index.html' })],
    ['a window that is not ours', event('app://waymark/index.html', null, 7)],
    ['a destroyed frame', { sender: { id: 1 }, senderFrame: null }],
  ])('refuses %s', (_label, e) => {
    const verdict = validateSender(e, ours);
    expect(verdict.ok).toBe(false);
  });

  it('isAppUrl is strict about scheme and host', () => {
    expect(isAppUrl('app://waymark/x.js')).toBe(true);
    expect(isAppUrl('app://other/x.js')).toBe(false);
    expect(isAppUrl('apps://waymark/x.js')).toBe(false);
    expect(isAppUrl('::')).toBe(false);
  });
});

describe('resolveAppAsset', () => {
  const dist = resolve('/srv/waymark/dist');

  it('serves files inside dist/ with their type, index.html for the root', () => {
    expect(resolveAppAsset(dist, 'app://waymark/')).toEqual({ ok: true, filePath: join(dist, 'index.html'), mime: 'text/html; charset=utf-8' });
    expect(resolveAppAsset(dist, 'app://waymark/assets/index-abc.js?v=1')).toMatchObject({ ok: true, filePath: join(dist, 'assets', 'index-abc.js'), mime: expect.stringContaining('javascript') });
  });

  it.each([
    ['app://waymark/assets/..%2f..%2fsecret.txt', 403],
    ['app://waymark/a%5c..%5c..%5csecret.txt', 400],
    ['app://waymark/x%00.js', 400],
    ['app://waymark/%E0%A4%A', 400],
    ['app://other/index.html', 403],
    ['https://waymark/index.html', 403],
    ['app://waymark/server.exe', 404],
  ])('refuses %s with %s', (url, status) => {
    expect(resolveAppAsset(dist, url)).toEqual({ ok: false, status });
  });

  it.each(['app://waymark/../secret.txt', 'app://waymark/%2e%2e/%2e%2e/etc/passwd.txt', 'app://waymark/assets/../../../x.js'])('dot segments (%s) never leave dist/', (url) => {
    // The URL parser folds `..` (also percent-encoded) at the root, so these land inside dist/.
    const decision = resolveAppAsset(dist, url);
    expect(decision.ok).toBe(true);
    if (decision.ok) expect(decision.filePath.startsWith(`${dist}/`)).toBe(true);
  });
});
