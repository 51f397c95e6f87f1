/**
 * The rest of Electron main that the composition root needs, behind plain functions:
 * lifecycle, folders, session-wide permission refusal, web-contents hardening for every
 * page, the OS recent-documents list, file-open requests, displays, the native theme and
 * checked external links. No decisions here; those live in security/ and services/.
 */
import { app, ipcMain, nativeTheme, screen, session, shell } from 'electron';
import type { ThemeSource } from '../menu/shellCommands';
import { decidePermission, isAllowedExternalUrl, isAllowedRequestUrl } from '../security/webContentsPolicy';
import type { Rect } from '../services/windows/windowBounds';
import { hardenWebContents } from './createMainWindow';

export { app, ipcMain };

export const userDataFolder = (): string => app.getPath('userData');
export const documentsFolder = (): string => app.getPath('documents');
export const isPackaged = (): boolean => app.isPackaged;
export const appVersion = (): string => app.getVersion();

/** Every permission request and check is refused, for every page, in the default session. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => callback(decidePermission(permission, details.requestingUrl)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => decidePermission(permission, requestingOrigin));
}

/** No remote content: every request outside our page (http(s), file, ws…) is cancelled, and reported. */
export function blockRemoteRequests(log: (message: string) => void): void {
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) log(`blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
}

/** Any web contents created anywhere (a window we did not make, a devtools host) gets the same lockdown. */
export function hardenEveryWebContents(): void {
  app.on('web-contents-created', (_event, contents) => { hardenWebContents(contents); });
}

export const addRecentDocument = (path: string): void => app.addRecentDocument(path);
export const clearRecentDocuments = (): void => app.clearRecentDocuments();

/**
 * Files the OS asks us to open: on the command line of this launch, from a second launch
 * (Windows/Linux), or by macOS `open-file` (which can fire before `ready`).
 * Returns false when another instance already runs (it gets our argv and we should quit).
 */
export function handleOpenRequests(onPath: (path: string) => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  const fromArgv = (argv: readonly string[]) => argv.slice(app.isPackaged ? 1 : 2).filter((a) => a.endsWith('.journey')).forEach(onPath);
  fromArgv(process.argv);
  app.on('second-instance', (_event, argv) => fromArgv(argv));
  app.on('open-file', (event, path) => { event.preventDefault(); onPath(path); });
  return true;
}

/** The work areas (screen minus task bar / dock / menu bar) of the displays, primary first. */
export function displayWorkAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => ({ ...d.workArea }));
}

/** View › Theme: the page's prefers-color-scheme follows nativeTheme.themeSource. */
export function setThemeSource(source: ThemeSource): void {
  nativeTheme.themeSource = source;
}
export const prefersDark = (): boolean => nativeTheme.shouldUseDarkColors;
export function onNativeThemeUpdated(listener: () => void): void {
  nativeTheme.on('updated', listener);
}

/** Opens a link in the OS browser only if it passes the allowlist (https, our hosts). */
export function openExternalChecked(url: string): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}
