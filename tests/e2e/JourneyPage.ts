import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the editor: what a user sees and does, by role and label. */
export class JourneyPage {
  readonly canvas: Locator;
  readonly cards: Locator;
  readonly stageTitles: Locator;
  readonly laneTitles: Locator;
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId('canvas');
    this.cards = page.getByTestId('card');
    this.stageTitles = page.getByTestId('stage-title');
    this.laneTitles = page.getByTestId('lane-title');
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.cards.first()).toBeVisible();
    await this.settled();
  }

  /** Waits until the viewport stops moving (a fit or zoom may still be animating). */
  async settled(): Promise<void> {
    const transform = () => this.page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
    let last = await transform();
    for (let i = 0; i < 20; i++) {
      await this.page.waitForTimeout(120);
      const now = await transform();
      if (now === last) return;
      last = now;
    }
  }

  card(title: string): Locator {
    return this.page.locator(`[data-testid="card"][aria-label$=": ${title}"]`);
  }

  /** The stage column whose header box horizontally contains the element's center. */
  async stageOf(card: Locator): Promise<string> {
    const box = (await card.boundingBox())!;
    const cx = box.x + box.width / 2;
    const count = await this.stageTitles.count();
    for (let i = 0; i < count; i++) {
      const s = this.stageTitles.nth(i);
      const b = (await s.boundingBox())!;
      if (cx >= b.x && cx < b.x + b.width) return (await s.locator('.wm-stage-name').innerText()).trim();
    }
    return '';
  }

  async dragBy(card: Locator, dx: number, dy: number): Promise<void> {
    const box = (await card.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + 12;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 8 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 8 });
    await this.page.mouse.up();
  }
}
