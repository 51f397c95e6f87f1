/** DialogPort over Electron's native dialogs, attached to the focused window. */
import { BrowserWindow, dialog } from 'electron';
import type { DialogPort } from '../services/documents/DialogPort';

export const electronDialogs: DialogPort = {
  async chooseFileToOpen({ title, filters, defaultFolder }) {
    const win = BrowserWindow.getFocusedWindow();
    const options = { title, filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })), properties: ['openFile' as const], ...(defaultFolder ? { defaultPath: defaultFolder } : {}) };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : result.filePaths[0] ?? null;
  },
  async chooseSaveLocation({ title, defaultPath, filters }) {
    const win = BrowserWindow.getFocusedWindow();
    const options = { title, defaultPath, filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })), properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};

/** Asked when a window with unsaved changes is closed. True: close anyway. */
export function askBeforeCloseSync(win: BrowserWindow, title: string): 'save' | 'discard' | 'cancel' {
  // Synchronous on purpose: the async box can crash on Linux when the window is destroyed
  // right after (noted in drawio-desktop's close handler).
  const answer = dialog.showMessageBoxSync(win, {
    type: 'warning', buttons: ['Save', 'Don’t Save', 'Cancel'], defaultId: 0, cancelId: 2,
    message: `Save the changes to “${title}” before closing?`,
    detail: 'If you don’t save, your changes are kept only as a recovery copy, offered the next time Waymark starts.',
  });
  return answer === 0 ? 'save' : answer === 1 ? 'discard' : 'cancel';
}
