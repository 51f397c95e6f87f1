/**
 * Creates windows with the secure options and applies the web-contents policy to their
 * events: one line per event, each decision made by a pure function in security/.
 */
import { BrowserWindow, shell, type WebContents } from 'electron';
import { APP_ENTRY_URL } from '../security/appOrigin';
import { buildWindowOptions } from '../security/buildWindowOptions';
import { decideWindowOpen, mayReloadAfterCrash, shouldBlockNavigation, shouldBlockWebviewAttach } from '../security/webContentsPolicy';
import { attachContextMenu } from './applicationMenu';

type Bounds = { x: number; y: number; width: number; height: number };

/**
 * Navigation, redirects, subframe navigation, webviews and window.open are refused; an
 * allowlisted https link the user opened goes to the OS browser. Applied to our windows and,
 * through `web-contents-created` (electronApp.ts), to every other web contents as well.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => { if (shouldBlockNavigation(url)) event.preventDefault(); });
  contents.on('will-frame-navigate', (event) => { if (shouldBlockNavigation(event.url)) event.preventDefault(); });
  contents.on('will-redirect', (event, url) => { if (shouldBlockNavigation(url)) event.preventDefault(); });
  contents.on('will-attach-webview', (event) => { if (shouldBlockWebviewAttach()) event.preventDefault(); });
  contents.setWindowOpenHandler(({ url, disposition }) => {
    const decision = decideWindowOpen(url, disposition);
    if (decision.openExternally) void shell.openExternal(url);
    return { action: decision.action };
  });
}

function secureWindow(options: ReturnType<typeof buildWindowOptions>): BrowserWindow {
  return new BrowserWindow({
    ...options,
    // The secure flags again as literals, so the security gate's static scan
    // (electronegativity) sees them at the constructor; tests/electron/adapters.test.ts
    // checks the window gets exactly buildWindowOptions' values.
    webPreferences: {
      ...options.webPreferences,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

export function createMainWindow(input: { preloadPath: string; devTools: boolean; log(message: string): void; bounds?: Bounds; maximized?: boolean; backgroundColor?: string; zoomFactor?: () => number }): BrowserWindow {
  const options = buildWindowOptions({
    preloadPath: input.preloadPath, devTools: input.devTools,
    ...(input.bounds ? { bounds: input.bounds } : {}), ...(input.backgroundColor ? { backgroundColor: input.backgroundColor } : {}),
  });
  const win = secureWindow(options);
  const contents = win.webContents;
  hardenWebContents(contents);
  attachContextMenu(contents);
  // The interface size (View › Interface size) applies to every page load.
  contents.on('did-finish-load', () => { const factor = input.zoomFactor?.() ?? 1; if (factor !== 1) contents.setZoomFactor(factor); });
  let reloaded = false;
  contents.on('render-process-gone', (_event, details) => {
    input.log(`renderer gone: ${details.reason}`);
    // Reload our page once; the recovery snapshots bring the unsaved work back.
    if (!reloaded && details.reason !== 'clean-exit' && mayReloadAfterCrash(contents.getURL())) { reloaded = true; void win.loadURL(APP_ENTRY_URL); }
  });
  win.once('ready-to-show', () => { if (input.maximized) win.maximize(); win.show(); });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/**
 * A read-only text window (Help › Third-party licenses): no preload, so no bridge to main,
 * and plain text, so nothing in it runs. The text comes from the app's own build output.
 */
export function createTextWindow(input: { title: string; text: string; parent?: BrowserWindow | null }): BrowserWindow {
  const options = buildWindowOptions({ preloadPath: null, devTools: false, title: input.title });
  const win = secureWindow({ ...options, width: 820, height: 720 });
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`data:text/plain;charset=utf-8,${encodeURIComponent(input.text)}`);
  return win;
}
