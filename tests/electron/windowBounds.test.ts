import fc from 'fast-check';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { nodeFileSystem } from '../../electron/main/services/files/nodeFileSystem';
import { parseSettings, ShellSettings } from '../../electron/main/services/settings/ShellSettings';
import { cascadeBounds, isInside, MIN_VISIBLE, type Rect, restoreBounds } from '../../electron/main/services/windows/windowBounds';
import { useTempFolders } from './support/tempFolder';

const RULES = { width: 1440, height: 900, minWidth: 800, minHeight: 560 };
const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const external: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

/** Monitor layouts: 1–4 work areas of realistic sizes anywhere on a large virtual desktop. */
const display = fc.record({
  x: fc.integer({ min: -8000, max: 8000 }), y: fc.integer({ min: -4000, max: 4000 }),
  width: fc.integer({ min: 640, max: 7680 }), height: fc.integer({ min: 480, max: 4320 }),
});
const displays = fc.array(display, { minLength: 1, maxLength: 4 });
/** Saved bounds: anything a settings file could hold, including junk. */
const saved = fc.oneof(
  fc.record({ x: fc.integer({ min: -20000, max: 20000 }), y: fc.integer({ min: -20000, max: 20000 }), width: fc.integer({ min: 1, max: 10000 }), height: fc.integer({ min: 1, max: 10000 }) }),
  fc.record({ x: fc.double(), y: fc.double(), width: fc.double(), height: fc.double() }),
  fc.constant(null),
);

describe('restoreBounds', () => {
  it('never places a window off-screen: the result lies inside one display’s work area', () => {
    fc.assert(fc.property(saved, displays, (s, ds) => {
      const r = restoreBounds(s, ds, RULES);
      expect(ds.some((d) => isInside(r, d))).toBe(true);
      expect([r.x, r.y, r.width, r.height].every(Number.isInteger)).toBe(true);
    }), { numRuns: 3000 });
  });

  it('keeps the minimum size wherever the display allows it', () => {
    fc.assert(fc.property(saved, displays, (s, ds) => {
      const r = restoreBounds(s, ds, RULES);
      const on = ds.find((d) => isInside(r, d))!;
      expect(r.width >= RULES.minWidth || r.width === on.width).toBe(true);
      expect(r.height >= RULES.minHeight || r.height === on.height).toBe(true);
    }), { numRuns: 2000 });
  });

  it('leaves bounds that still fit a display exactly where they were', () => {
    // Displays at least the minimum window size (a smaller one cannot hold an unchanged window).
    const roomy = fc.array(fc.record({ x: fc.integer({ min: -8000, max: 8000 }), y: fc.integer({ min: -4000, max: 4000 }), width: fc.integer({ min: 800, max: 7680 }), height: fc.integer({ min: 600, max: 4320 }) }), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(roomy, fc.nat(3), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (ds, i, fx, fy) => {
      const d = ds[i % ds.length]!;
      const width = Math.min(d.width, 900);
      const height = Math.min(d.height, 600);
      const s = { x: d.x + Math.floor((d.width - width) * fx), y: d.y + Math.floor((d.height - height) * fy), width, height };
      expect(restoreBounds(s, ds, RULES)).toEqual(s);
    }));
  });

  it('stays on the display it was mostly on, pulled fully inside', () => {
    // Half off the right edge of the external monitor: stays on the external monitor.
    const r = restoreBounds({ x: 3400, y: 100, width: 1200, height: 800 }, [laptop, external], RULES);
    expect(r).toEqual({ x: 2800, y: 100, width: 1200, height: 800 });
    // Straddling both monitors, mostly on the laptop: moves onto the laptop.
    expect(restoreBounds({ x: 600, y: 100, width: 1000, height: 700 }, [laptop, external], RULES)).toEqual({ x: 440, y: 100, width: 1000, height: 700 });
  });

  it('moves a window from a monitor that is gone to the primary display, centered', () => {
    const onExternal = { x: 2000, y: 200, width: 1600, height: 1000 };
    expect(restoreBounds(onExternal, [external, laptop], RULES)).toEqual(onExternal);
    // Unplugged: the laptop alone. The window is larger than the laptop's work area, so it shrinks to it.
    expect(restoreBounds(onExternal, [laptop], RULES)).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
    expect(restoreBounds({ x: 5000, y: 5000, width: 900, height: 600 }, [laptop], RULES)).toEqual({ x: 270, y: 162, width: 900, height: 600 });
  });

  it('a sliver still visible is not enough: less than a grabbable title bar moves the window', () => {
    const sliver = { x: laptop.width - MIN_VISIBLE.width + 1, y: 100, width: 900, height: 600 };
    expect(restoreBounds(sliver, [laptop], RULES)).toEqual({ x: 270, y: 162, width: 900, height: 600 });
  });

  it('opens the first window at the default size, centered on the primary display', () => {
    expect(restoreBounds(null, [laptop, external], RULES)).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
    expect(restoreBounds(null, [external], RULES)).toEqual({ x: 1440 + 560, y: 250, width: 1440, height: 900 });
    expect(restoreBounds({ x: Number.NaN, y: 0, width: 100, height: 100 }, [external], RULES)).toEqual({ x: 2000, y: 250, width: 1440, height: 900 });
  });

  it('cascades new windows down and right, wrapping inside the display', () => {
    const first = { x: 100, y: 100, width: 1000, height: 700 };
    // A window that is not on any display is first brought back (centered), not cascaded off-screen.
    expect(cascadeBounds(first, [external], RULES)).toEqual({ x: 2220, y: 350, width: 1000, height: 700 });
    expect(cascadeBounds({ x: 1500, y: 100, width: 1000, height: 700 }, [external], RULES)).toEqual({ x: 1528, y: 128, width: 1000, height: 700 });
    const corner = { x: external.x + external.width - 1000, y: external.height - 700, width: 1000, height: 700 };
    expect(cascadeBounds(corner, [external], RULES)).toEqual({ x: external.x + 28, y: 28, width: 1000, height: 700 });
    fc.assert(fc.property(saved, displays, (s, ds) => {
      const r = cascadeBounds(restoreBounds(s, ds, RULES), ds, RULES);
      expect(ds.some((d) => isInside(r, d))).toBe(true);
    }), { numRuns: 1000 });
  });
});

const tempFolder = useTempFolders();

describe('ShellSettings', () => {
  it('persists window placement, theme and interface size, and reads them back', async () => {
    const file = join(await tempFolder(), 'settings.json');
    const settings = new ShellSettings({ fs: nodeFileSystem, file, log: vi.fn() });
    expect(await settings.load()).toEqual({ window: null, theme: 'system', zoomFactor: 1 });
    await settings.update({ window: { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true } });
    await settings.update({ theme: 'dark', zoomFactor: 1.25 });
    const again = new ShellSettings({ fs: nodeFileSystem, file, log: vi.fn() });
    expect(await again.load()).toEqual({ window: { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true }, theme: 'dark', zoomFactor: 1.25 });
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(1);
  });

  it('flush waits for every write asked for', async () => {
    const file = join(await tempFolder(), 'settings.json');
    const settings = new ShellSettings({ fs: nodeFileSystem, file, log: vi.fn() });
    void settings.update({ theme: 'light' });
    void settings.update({ zoomFactor: 1.5 });
    await settings.flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ theme: 'light', zoomFactor: 1.5 });
  });

  it('drops damaged fields one by one and falls back to the defaults for a damaged file', async () => {
    expect(parseSettings({ window: { bounds: { x: 'a' } }, theme: 'dark', zoomFactor: 99 })).toEqual({ window: null, theme: 'dark', zoomFactor: 2 });
    expect(parseSettings({ theme: 'purple', zoomFactor: Number.NaN })).toEqual({ window: null, theme: 'system', zoomFactor: 1 });
    expect(parseSettings('junk')).toEqual({ window: null, theme: 'system', zoomFactor: 1 });
    const file = join(await tempFolder(), 'settings.json');
    await writeFile(file, '{ not json');
    const log = vi.fn();
    expect(await new ShellSettings({ fs: nodeFileSystem, file, log }).load()).toEqual({ window: null, theme: 'system', zoomFactor: 1 });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('using the defaults'));
  });
});
