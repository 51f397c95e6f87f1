/**
 * Creates a window with the secure options and applies the web-contents policy to its
 * events: one line per event, each decision made by a pure function in security/.
 */
import { BrowserWindow, shell } from 'electron';
import { APP_ENTRY_URL } from '../security/appOrigin';
import { buildWindowOptions } from '../security/buildWindowOptions';
import { decideWindowOpen, mayReloadAfterCrash, shouldBlockNavigation, shouldBlockWebviewAttach } from '../security/webContentsPolicy';

export function createMainWindow(input: { preloadPath: string; devTools: boolean; log(message: string): void }): BrowserWindow {
  const options = buildWindowOptions(input);
  const win = new BrowserWindow({
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
  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => { if (shouldBlockNavigation(url)) event.preventDefault(); });
  contents.on('will-frame-navigate', (event) => { if (shouldBlockNavigation(event.url)) event.preventDefault(); });
  contents.on('will-redirect', (event, url) => { if (shouldBlockNavigation(url)) event.preventDefault(); });
  contents.on('will-attach-webview', (event) => { if (shouldBlockWebviewAttach()) event.preventDefault(); });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(url);
    return { action: decision.action };
  });
  let reloaded = false;
  contents.on('render-process-gone', (_event, details) => {
    input.log(`renderer gone: ${details.reason}`);
    // Reload our page once; the recovery snapshots bring the unsaved work back.
    if (!reloaded && details.reason !== 'clean-exit' && mayReloadAfterCrash(contents.getURL())) { reloaded = true; void win.loadURL(APP_ENTRY_URL); }
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
