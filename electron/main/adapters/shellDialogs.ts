/** The shell's own native message boxes: About (whose second button shows the licenses) and errors. */
import { type BrowserWindow, dialog } from 'electron';
import { type AboutInfo, aboutMessage } from '../menu/about';

export async function showAboutDialog(parent: BrowserWindow | null, info: AboutInfo): Promise<'licenses' | 'ok'> {
  const { message, detail } = aboutMessage(info);
  const options = { type: 'info' as const, title: `About ${info.productName}`, message, detail, buttons: ['OK', 'Third-party licenses…'], defaultId: 0, cancelId: 0, noLink: true };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return response === 1 ? 'licenses' : 'ok';
}

export async function showErrorMessage(parent: BrowserWindow | null, message: string, detail: string): Promise<void> {
  const options = { type: 'error' as const, message, detail, buttons: ['OK'] };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}
