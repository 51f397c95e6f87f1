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

/** What the user chose: follow the system, or always light or dark. */
export type ColorSchemePreference = 'system' | ColorScheme;

/** Where the browser keeps the choice (the web build's stand-in for main's settings file). */
export const COLOR_SCHEME_KEY = 'waymark.colorScheme';

type PreferenceStore = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The browser's View › Theme: a preference kept in localStorage over the system's scheme.
 * `watch` reports the scheme in effect at once and on every change, of the system's or of
 * the preference (`set`, from this page). A storage that throws (private mode, blocked)
 * only means the choice is not kept.
 */
export function colorSchemeSetting(win: ColorSchemeSource, storage: PreferenceStore | null): {
  watch(listener: (scheme: ColorScheme) => void): () => void;
  set(preference: ColorSchemePreference): void;
} {
  const read = (): ColorSchemePreference => {
    try {
      const v = storage?.getItem(COLOR_SCHEME_KEY);
      return v === 'light' || v === 'dark' ? v : 'system';
    } catch { return 'system'; }
  };
  let preference = read();
  const watchers = new Set<{ listener: (scheme: ColorScheme) => void; system: ColorScheme }>();
  const report = (w: { listener: (scheme: ColorScheme) => void; system: ColorScheme }) => w.listener(preference === 'system' ? w.system : preference);
  return {
    watch(listener) {
      const w = { listener, system: 'light' as ColorScheme };
      watchers.add(w);
      const stop = watchColorScheme(win, (system) => { w.system = system; report(w); });
      return () => { watchers.delete(w); stop(); };
    },
    set(next) {
      preference = next;
      try { storage?.setItem(COLOR_SCHEME_KEY, next); } catch { /* not kept; still applied */ }
      for (const w of watchers) report(w);
    },
  };
}
