/**
 * Window placement across restarts, for real: a window comes back where it was, and a
 * window saved on a monitor that is no longer there comes back on a display, never
 * off-screen. Runs wherever an Electron binary exists; skips here with the reason.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, findElectronBinary } from './electronApp';
import { DesktopApp } from './pages/DesktopApp';

const binary = findElectronBinary();
test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

const inside = (r: { x: number; y: number; width: number; height: number }, a: typeof r) => r.x >= a.x && r.y >= a.y && r.x + r.width <= a.x + a.width && r.y + r.height <= a.y + a.height;

test('a window opens again where it was closed', async () => {
  if (!('path' in binary)) return;
  ensureBuilt();
  const work = mkdtempSync(join(tmpdir(), 'waymark-electron-'));
  try {
    const first = await DesktopApp.launch(binary.path, work);
    const { workAreas } = await first.desktop.placement();
    const area = workAreas[0]!;
    const wanted = { x: area.x + 40, y: area.y + 30, width: Math.min(1000, area.width - 40), height: Math.min(700, area.height - 30) };
    await first.desktop.moveFirstWindow(wanted);
    await expect.poll(async () => (await first.desktop.placement()).bounds).toEqual(wanted);
    expect(await first.desktop.quit()).toBe(true);

    const again = await DesktopApp.launch(binary.path, work);
    expect((await again.desktop.placement()).bounds).toEqual(wanted);
    await again.desktop.close({ keep: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('a window saved on a monitor that is gone opens on a display', async () => {
  if (!('path' in binary)) return;
  ensureBuilt();
  const work = mkdtempSync(join(tmpdir(), 'waymark-electron-'));
  try {
    mkdirSync(DesktopApp.userData(work), { recursive: true });
    writeFileSync(join(DesktopApp.userData(work), 'settings.json'), JSON.stringify({ version: 1, window: { bounds: { x: 40_000, y: -9000, width: 1200, height: 800 }, maximized: false }, theme: 'system', zoomFactor: 1 }));
    const { desktop } = await DesktopApp.launch(binary.path, work);
    const { bounds, workAreas } = await desktop.placement();
    expect(workAreas.some((a) => inside(bounds, a)), JSON.stringify({ bounds, workAreas })).toBe(true);
    await desktop.close({ keep: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
