import { describe, expect, it, vi } from 'vitest';
import { watchColorScheme } from '../../renderer/platform/colorScheme';
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
});
