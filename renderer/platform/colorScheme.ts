/**
 * Light or dark, as the system wants it: `prefers-color-scheme`. In the browser that is
 * the OS setting; in the desktop app Electron drives the same media query from
 * nativeTheme.themeSource, i.e. View › Theme (Follow the system / Light / Dark, kept by
 * main). So both platforms follow it the same way: the listener gets the current scheme
 * at once and again on every change.
 */
export type ColorScheme = 'light' | 'dark';

interface MediaQueryListLike {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: () => void): void;
  removeEventListener(type: 'change', listener: () => void): void;
}

/** Where the media query is read: the page's window (a fake in tests). */
export interface ColorSchemeSource { matchMedia?: (query: string) => MediaQueryListLike }

export function watchColorScheme(win: ColorSchemeSource, listener: (scheme: ColorScheme) => void): () => void {
  const query = typeof win.matchMedia === 'function' ? win.matchMedia('(prefers-color-scheme: dark)') : null;
  if (!query) { listener('light'); return () => undefined; }
  const report = () => listener(query.matches ? 'dark' : 'light');
  report();
  query.addEventListener('change', report);
  return () => query.removeEventListener('change', report);
}
