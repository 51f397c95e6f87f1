/**
 * The options of every Waymark window, as a pure function so a unit test can pin each
 * flag (the cheapest and most exact guard against a regression; see the Electron security
 * checklist). The shape is a structural subset of Electron's BrowserWindowConstructorOptions:
 * only adapters/ may import electron, and the adapter passes this object through unchanged.
 */
export interface SecureWebPreferences {
  /** Absent for windows that show no app page (the licenses text): no bridge at all there. */
  readonly preload?: string;
  /** The renderer runs in Chromium's OS sandbox: a page bug cannot reach the file system. */
  readonly sandbox: true;
  /** The preload's world is separate from the page's, so the page cannot tamper with it. */
  readonly contextIsolation: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webviewTag: false;
  /** Same-origin policy stays on. */
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly experimentalFeatures: false;
  readonly enableWebSQL: false;
  /** Dropping a file on the window must not navigate away from the map (and lose it). */
  readonly navigateOnDragDrop: false;
  /** A page stuck in alert() loops can be stopped by the user. */
  readonly safeDialogs: true;
  /** Middle-click (auxclick) cannot open links in new windows (electronegativity AUXCLICK_JS_CHECK). */
  readonly disableBlinkFeatures: 'Auxclick';
  readonly spellcheck: true;
  readonly devTools: boolean;
}

export interface SecureWindowOptions {
  /** Set when restoring a saved position (services/windows/windowBounds.ts); else the OS centers it. */
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly title: string;
  /** Shown once the first paint is ready, so no white flash. */
  readonly show: false;
  readonly backgroundColor: string;
  readonly webPreferences: SecureWebPreferences;
}

/** Default and minimum window size, also the rules restoreBounds applies. */
export const WINDOW_SIZE = { width: 1440, height: 900, minWidth: 800, minHeight: 560 } as const;

export function buildWindowOptions(input: {
  preloadPath: string | null; devTools: boolean; backgroundColor?: string; title?: string;
  bounds?: { x: number; y: number; width: number; height: number };
}): SecureWindowOptions {
  return {
    ...(input.bounds ? { x: input.bounds.x, y: input.bounds.y } : {}),
    width: input.bounds?.width ?? WINDOW_SIZE.width,
    height: input.bounds?.height ?? WINDOW_SIZE.height,
    minWidth: WINDOW_SIZE.minWidth,
    minHeight: WINDOW_SIZE.minHeight,
    title: input.title ?? 'Waymark',
    show: false,
    backgroundColor: input.backgroundColor ?? '#f7f7f5',
    webPreferences: {
      ...(input.preloadPath ? { preload: input.preloadPath } : {}),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools: input.devTools,
    },
  };
}
