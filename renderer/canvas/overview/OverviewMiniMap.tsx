import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { JourneyLayout } from '../../../shared/layout/layoutJourney';
import { THEMES_BY_NAME } from '../../../shared/theme/theme';
import { drawOverview } from './drawOverview';
import { useUiStore } from '../../store/uiStore';

const WIDTH = 200;
const MAX_HEIGHT = 150;
const NO_CONNECTIONS: readonly (readonly [string, string])[] = [];
const transform = (s: ReactFlowState) => s.transform;
const paneWidth = (s: ReactFlowState) => s.width;
const paneHeight = (s: ReactFlowState) => s.height;

/**
 * The map in miniature with the part in view outlined; press or drag in it to move there,
 * scroll in it to zoom. One canvas drawn from the layout whatever the map's size, where
 * React Flow's MiniMap keeps an SVG shape per node (5,000 of them on a large map).
 */
function OverviewMiniMapView({ layout, selectedIds }: { layout: JourneyLayout; selectedIds: readonly string[] }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const flow = useReactFlow();
  const theme = THEMES_BY_NAME[useUiStore((s) => s.theme)];
  const [tx, ty, zoom] = useStore(transform);
  const paneW = useStore(paneWidth);
  const paneH = useStore(paneHeight);
  const scale = Math.min(WIDTH / Math.max(1, layout.width), MAX_HEIGHT / Math.max(1, layout.height));
  const width = Math.max(1, Math.round(layout.width * scale));
  const height = Math.max(1, Math.round(layout.height * scale));
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  const ratio = window.devicePixelRatio || 1;

  useLayoutEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (ctx) drawOverview(ctx, { layout, connections: NO_CONNECTIONS, selected }, theme, scale * ratio);
  }, [layout, selected, theme, scale, ratio]);

  // The pane's rectangle in map units, then in minimap pixels (clipped to the minimap).
  const left = Math.max(0, (-tx / zoom) * scale);
  const top = Math.max(0, (-ty / zoom) * scale);
  const right = Math.min(width, ((-tx + paneW) / zoom) * scale);
  const bottom = Math.min(height, ((-ty + paneH) / zoom) * scale);

  const moveTo = (e: React.PointerEvent) => {
    const box = e.currentTarget.getBoundingClientRect();
    const mx = (e.clientX - box.left) / scale;
    const my = (e.clientY - box.top) / scale;
    void flow.setViewport({ x: paneW / 2 - mx * zoom, y: paneH / 2 - my * zoom, zoom }, { duration: 0 });
  };

  return (
    <Panel position="bottom-right" className="wm-minimap">
      <div
        className="wm-minimap-map"
        role="img"
        aria-label="Map overview: press or drag to move the view, scroll to zoom"
        style={{ width, height }}
        onPointerDown={(e) => { e.currentTarget.setPointerCapture(e.pointerId); moveTo(e); }}
        onPointerMove={(e) => { if (e.buttons & 1) moveTo(e); }}
        onWheel={(e) => void (e.deltaY < 0 ? flow.zoomIn({ duration: 0 }) : flow.zoomOut({ duration: 0 }))}
      >
        <canvas ref={ref} width={Math.round(width * ratio)} height={Math.round(height * ratio)} style={{ width, height, display: 'block' }} />
        {right > left && bottom > top && (
          <div className="wm-minimap-view" data-testid="minimap-view" style={{ left, top, width: right - left, height: bottom - top }} />
        )}
      </div>
    </Panel>
  );
}

export const OverviewMiniMap = memo(OverviewMiniMapView);
