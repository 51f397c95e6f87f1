import { useCallback } from 'react';
import { canvasApi } from '../canvasApi';

/**
 * Pointer drag for headers (reorder or resize) in canvas units. `onMove` gets the canvas
 * delta since the press; `onEnd` the final delta and whether the pointer really moved.
 */
export function useHeaderDrag(handlers: { onStart?(): void; onMove?(d: { dx: number; dy: number }): void; onEnd(d: { dx: number; dy: number; x: number; y: number; moved: boolean }): void }) {
  const { onStart, onMove, onEnd } = handlers;
  return useCallback((e: React.PointerEvent) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    const api = canvasApi();
    const toCanvas = (x: number, y: number) => (api ? api.toCanvas({ x, y }) : { x, y });
    const start = toCanvas(e.clientX, e.clientY);
    let moved = false;
    onStart?.();
    const move = (ev: PointerEvent) => {
      const p = toCanvas(ev.clientX, ev.clientY);
      const d = { dx: p.x - start.x, dy: p.y - start.y };
      if (Math.abs(d.dx) + Math.abs(d.dy) > 4) moved = true;
      if (moved) onMove?.(d);
    };
    const up = (ev: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      const p = toCanvas(ev.clientX, ev.clientY);
      onEnd({ dx: p.x - start.x, dy: p.y - start.y, x: p.x, y: p.y, moved });
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }, [onStart, onMove, onEnd]);
}
