/**
 * The rest of Electron main that the composition root needs, behind plain functions:
 * lifecycle, folders, session-wide permission refusal, the OS recent-documents list and
 * file-open requests. No decisions here; those live in security/ and services/.
 */
import { app, ipcMain, session } from 'electron';
import { decidePermission } from '../security/webContentsPolicy';

export { app, ipcMain };

export const userDataFolder = (): string => app.getPath('userData');
export const documentsFolder = (): string => app.getPath('documents');
export const isPackaged = (): boolean => app.isPackaged;

/** Every permission request and check is refused, for every page, in the default session. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => callback(decidePermission(permission, details.requestingUrl)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => decidePermission(permission, requestingOrigin));
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
