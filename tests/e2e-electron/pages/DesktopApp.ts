/**
 * Page object for the desktop shell, driven through Playwright's `_electron`: what a user
 * does with the native parts (menus clicked by their command id, dialogs answered, windows,
 * quitting). Native dialogs cannot be clicked by a test, so they are answered by replacing
 * the dialog functions inside main, and every question main asked is recorded.
 */
import { _electron as electron, type ElectronApplication, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MapWindow } from './MapWindow';

export interface MenuItemState { label: string; enabled: boolean; checked: boolean; type: string }

export class DesktopApp {
  private constructor(readonly app: ElectronApplication, readonly work: string) {}

  /**
   * Starts the built app with a fresh user-data folder (or the one of `work`, to start again
   * where a previous run left off); resolves once the first window shows its map.
   */
  static async launch(executablePath: string, work = mkdtempSync(join(tmpdir(), 'waymark-electron-'))): Promise<{ desktop: DesktopApp; window: MapWindow }> {
    const app = await electron.launch({ executablePath, args: ['.', `--user-data-dir=${DesktopApp.userData(work)}`], env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' } });
    const desktop = new DesktopApp(app, work);
    const window = new MapWindow(app, await app.firstWindow());
    await window.ready();
    return { desktop, window };
  }

  static userData(work: string): string {
    return join(work, 'user-data');
  }

  /** Ends the app; `keep` leaves the work folder (user data) for a relaunch. */
  async close(options: { keep?: boolean } = {}): Promise<void> {
    await this.app.close().catch(() => undefined);
    if (!options.keep) rmSync(this.work, { recursive: true, force: true });
  }

  /** The first window's bounds and the work areas of the displays, as Electron reports them. */
  placement(): Promise<{ bounds: { x: number; y: number; width: number; height: number }; workAreas: { x: number; y: number; width: number; height: number }[] }> {
    return this.app.evaluate(({ BrowserWindow, screen }) => ({
      bounds: BrowserWindow.getAllWindows()[0]!.getBounds(),
      workAreas: screen.getAllDisplays().map((d) => d.workArea),
    }));
  }

  moveFirstWindow(bounds: { x: number; y: number; width: number; height: number }): Promise<void> {
    return this.app.evaluate(({ BrowserWindow }, b) => { BrowserWindow.getAllWindows()[0]!.setBounds(b); }, bounds);
  }

  /** The application menu item with this id (a command id), as Electron has it now. */
  menuItem(id: string): Promise<MenuItemState | null> {
    return this.app.evaluate(({ Menu }, itemId) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
      return item ? { label: item.label, enabled: item.enabled, checked: item.checked, type: item.type } : null;
    }, id);
  }

  /** Clicks a menu item by id, as the user would (main runs the same click handler). */
  async clickMenu(id: string): Promise<void> {
    const found = await this.app.evaluate(({ Menu, BrowserWindow }, itemId) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
      if (!item) return false;
      item.click(undefined, BrowserWindow.getFocusedWindow() ?? undefined);
      return true;
    }, id);
    expect(found, `menu item ${id}`).toBe(true);
  }

  /** The next Open dialog picks this file. */
  answerOpenDialog(path: string): Promise<void> {
    return this.app.evaluate(({ dialog }, file) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [file] })) as typeof dialog.showOpenDialog;
    }, path);
  }

  /** The next Save dialog (Save As, Export) answers with this path. */
  answerSaveDialog(path: string): Promise<void> {
    return this.app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, path);
  }

  /**
   * Message boxes (the unsaved-changes question is synchronous) answer with these button
   * indexes in turn; the questions are recorded for questionsAsked().
   */
  answerMessageBoxes(responses: number[]): Promise<void> {
    return this.app.evaluate(({ dialog }, answers) => {
      const g = globalThis as unknown as { waymarkAsked?: string[] };
      g.waymarkAsked = [];
      const next = () => answers.shift() ?? 0;
      const record = (args: unknown[]) => { const o = args.find((a) => a && typeof a === 'object' && 'message' in (a as object)) as { message: string } | undefined; g.waymarkAsked!.push(o?.message ?? ''); };
      dialog.showMessageBoxSync = ((...args: unknown[]) => { record(args); return next(); }) as typeof dialog.showMessageBoxSync;
      dialog.showMessageBox = (async (...args: unknown[]) => { record(args); return { response: next(), checkboxChecked: false }; }) as typeof dialog.showMessageBox;
    }, [...responses]);
  }

  questionsAsked(): Promise<string[]> {
    return this.app.evaluate(() => (globalThis as unknown as { waymarkAsked?: string[] }).waymarkAsked ?? []);
  }

  windowCount(): Promise<number> {
    return this.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
  }

  /** The map window opened after `count` windows existed. */
  async nextWindow(count: number): Promise<MapWindow> {
    await expect.poll(() => this.windowCount()).toBe(count + 1);
    const pages = this.app.windows();
    const page: Page = pages.at(-1) ?? await this.app.waitForEvent('window');
    const window = new MapWindow(this.app, page);
    await window.ready();
    return window;
  }

  /** Asks the app to quit, as Cmd/Ctrl+Q or File › Quit would; resolves whether it ended. */
  async quit(): Promise<boolean> {
    const ended = this.app.waitForEvent('close', { timeout: 15_000 }).then(() => true, () => false);
    await this.app.evaluate(({ app }) => { app.quit(); }).catch(() => undefined);
    return ended;
  }
}
