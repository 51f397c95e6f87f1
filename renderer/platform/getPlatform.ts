/**
 * Picks the platform once at start-up: the Electron preload's `window.waymark` when the
 * page runs in the desktop app, the browser implementation otherwise.
 */
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './Platform';
import { renderExportInBrowser } from '../export/renderExportInBrowser';

export function getPlatform(win: Window & typeof globalThis = window): Platform {
  return win.waymark ? createElectronPlatform(win.waymark, win) : createBrowserPlatform(win, { renderExport: renderExportInBrowser });
}
