import { describe, expect, it, vi } from 'vitest';
import { COLOR_SCHEME_KEY, colorSchemeSetting, watchColorScheme } from '../../renderer/platform/colorScheme';
import { createElectronPlatform } from '../../renderer/platform/electronPlatform';
import { createBridge } from '../../shared/ipc/createBridge';
import { fakeIpc } from './support/fakeIpc';

/** A prefers-color-scheme media query whose answer the test changes, as the OS or nativeTheme would. */
function fakeMedia(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = { matches: dark, addEventListener: (_: 'change', l: () => void) => listeners.add(l), removeEventListener: (_: 'change', l: () => void) => listeners.delete(l) };
  return {
    win: { matchMedia: vi.fn((q: string) => { expect(q).toBe('(prefers-color-scheme: dark)'); return query; }) },
    set(next: boolean) { query.matches = next; for (const l of [...listeners]) l(); },
    listeners,
  };
}

describe('following the system color scheme', () => {
  it('reports the scheme at once and on every change, until unsubscribed', () => {
    const media = fakeMedia(true);
    const seen: string[] = [];
    const off = watchColorScheme(media.win, (s) => seen.push(s));
    media.set(false);
    media.set(true);
    off();
    media.set(false);
    expect(seen).toEqual(['dark', 'light', 'dark']);
    expect(media.listeners.size).toBe(0);
  });

  it('says light where there is no matchMedia', () => {
    const seen: string[] = [];
    watchColorScheme({}, (s) => seen.push(s));
    expect(seen).toEqual(['light']);
  });

  it('the desktop platform follows the media query Electron drives from View › Theme', () => {
    const media = fakeMedia(false);
    const platform = createElectronPlatform(createBridge(fakeIpc().renderer()), media.win);
    const seen: string[] = [];
    platform.onColorSchemeChange((s) => seen.push(s));
    media.set(true); // main set nativeTheme.themeSource = 'dark'
    expect(seen).toEqual(['light', 'dark']);
  });

  it('the desktop platform hands the toolbar\'s choice to main (View › Theme\'s setting), which drives the media query', () => {
    const ipc = fakeIpc();
    const sent: unknown[] = [];
    const renderer = ipc.renderer();
    const platform = createElectronPlatform(createBridge({ ...renderer, send: (channel: string, ...args: unknown[]) => { sent.push([channel, ...args]); } }), fakeMedia(false).win);
    platform.setColorScheme('dark');
    expect(sent).toEqual([['waymark:setColorScheme', 'dark']]);
  });
});

/** localStorage as the browser has it; `broken` throws as a blocked storage does. */
function fakeStorage(broken = false) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => { if (broken) throw new Error('SecurityError'); return items.get(k) ?? null; },
    setItem: (k: string, v: string) => { if (broken) throw new Error('QuotaExceededError'); items.set(k, v); },
  };
}

describe('the browser\'s theme preference', () => {
  it('follows the system until the user chooses, then keeps the choice for the next visit', () => {
    const media = fakeMedia(false);
    const storage = fakeStorage();
    const seen: string[] = [];
    const setting = colorSchemeSetting(media.win, storage);
    setting.watch((s) => seen.push(s));
    media.set(true);
    setting.set('light');
    media.set(false);
    media.set(true); // the system changes; the choice holds
    expect(seen).toEqual(['light', 'dark', 'light', 'light', 'light']);
    expect(storage.items.get(COLOR_SCHEME_KEY)).toBe('light');

    const nextVisit: string[] = [];
    colorSchemeSetting(media.win, storage).watch((s) => nextVisit.push(s));
    expect(nextVisit).toEqual(['light']);
  });

  it('"system" goes back to following the system', () => {
    const media = fakeMedia(true);
    const storage = fakeStorage();
    storage.items.set(COLOR_SCHEME_KEY, 'light');
    const seen: string[] = [];
    const setting = colorSchemeSetting(media.win, storage);
    setting.watch((s) => seen.push(s));
    setting.set('system');
    expect(seen).toEqual(['light', 'dark']);
  });

  it('a stored value it does not know, or a storage that throws, means following the system; a choice still applies for the visit', () => {
    const storage = fakeStorage();
    storage.items.set(COLOR_SCHEME_KEY, 'sepia');
    const seen: string[] = [];
    colorSchemeSetting(fakeMedia(true).win, storage).watch((s) => seen.push(s));
    const blocked: string[] = [];
    const setting = colorSchemeSetting(fakeMedia(true).win, fakeStorage(true));
    setting.watch((s) => blocked.push(s));
    setting.set('light');
    expect([seen, blocked]).toEqual([['dark'], ['dark', 'light']]);
  });
});
