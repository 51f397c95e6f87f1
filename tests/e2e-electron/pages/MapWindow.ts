/** Page object for one map window of the desktop app: its page, title and cards. */
import { type ElectronApplication, expect, type Locator, type Page } from '@playwright/test';

export class MapWindow {
  readonly cards: Locator;

  constructor(readonly app: ElectronApplication, readonly page: Page) {
    this.cards = page.getByTestId('card');
  }

  /** The page has started and shows a map (cards, or the empty map's getting-started panel). */
  async ready(): Promise<void> {
    await this.page.waitForLoadState('domcontentloaded');
    await expect(this.page.getByTestId('canvas')).toBeVisible({ timeout: 30_000 });
  }

  card(title: string): Locator {
    return this.page.locator(`[data-testid="card"][aria-label$=": ${title}"]`);
  }

  async select(card: Locator): Promise<void> {
    await card.click();
    await expect(card.locator('xpath=ancestor-or-self::*[contains(@class,"wm-card")][1]')).toHaveClass(/is-selected/);
  }

  /** The native window's title, which main sets from the page's document state. */
  async title(): Promise<string> {
    const win = await this.app.browserWindow(this.page);
    return win.evaluate((w) => w.getTitle());
  }

  /** "<name> — Waymark", or "<name> • Waymark" with unsaved changes. */
  async expectTitle(name: string, dirty: boolean): Promise<void> {
    await expect.poll(() => this.title()).toBe(`${name} ${dirty ? '•' : '—'} Waymark`);
  }

  prefersDark(): Promise<boolean> {
    return this.page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
  }
}
