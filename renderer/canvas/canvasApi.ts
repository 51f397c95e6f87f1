/**
 * The few viewport actions commands need (zoom, fit, center on a card). The canvas
 * registers React Flow's instance here on init; commands call through it.
 */
export interface CanvasApi {
  zoomIn(): void;
  zoomOut(): void;
  fitView(animate?: boolean): void;
  /** Puts the map's top-left corner near the window's top-left at 100% (for empty maps that will grow). */
  showTopLeft(): void;
  centerOn(x: number, y: number): void;
  /** Canvas coordinates of a screen point. */
  toCanvas(screen: { x: number; y: number }): { x: number; y: number };
}

let current: CanvasApi | null = null;
export const setCanvasApi = (api: CanvasApi | null) => { current = api; };
export const canvasApi = (): CanvasApi | null => current;
