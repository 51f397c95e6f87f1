import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useReactFlow, useStoreApi, type Node, type NodeProps } from '@xyflow/react';
import { THEMES_BY_NAME } from '../../../shared/theme/theme';
import { useUiStore } from '../../store/uiStore';
import { cardAtPoint, drawOverview, overviewScale, type OverviewScene } from '../overview/drawOverview';
import { fitViewport } from '../mapView';
import { SETTLE_MS } from '../useMapNodes';
import { FAR_ZOOM } from './CardNode';

export type OverviewNodeData = OverviewScene;

/**
 * The zoom the overview is drawn sharp for: at first the lower of the view's zoom and the
 * zoom that shows the map whole (a map just opened mounts this node before its view is
 * fitted), then the highest zoom below FAR_ZOOM the view has rested at for SETTLE_MS. During
 * a zoom gesture the bitmap scales along; it is redrawn finer once the gesture ends, and
 * never coarser (zooming out needs no redraw).
 */
function useRestedZoom(layout: OverviewScene['layout']): number {
  const store = useStoreApi();
  const [zoom, setZoom] = useState(() => { const s = store.getState(); return Math.min(s.transform[2], fitViewport(layout, s).zoom); });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.transform === prev.transform) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const rested = store.getState().transform[2];
        // at FAR_ZOOM and closer the card nodes take over: a finer overview would be drawn for nothing
        if (rested < FAR_ZOOM) setZoom((z) => Math.max(z, rested));
      }, SETTLE_MS);
    });
    return () => { clearTimeout(timer); unsubscribe(); };
  }, [store]);
  return zoom;
}

/**
 * A large map's cards, drawn on one canvas while the map is seen from far (JourneyCanvas
 * swaps it in for the card nodes below FAR_ZOOM). Clicking a card selects it and zooms to it.
 */
function OverviewNodeView({ data }: NodeProps<Node<OverviewNodeData, 'overview'>>) {
  const ref = useRef<HTMLCanvasElement>(null);
  const theme = THEMES_BY_NAME[useUiStore((s) => s.theme)];
  const flow = useReactFlow();
  const { layout } = data;
  const scale = overviewScale(layout, useRestedZoom(layout), FAR_ZOOM, window.devicePixelRatio || 1);

  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const drawn = drawOverview(ctx, data, theme, scale);
    canvas.dataset.drawn = String(drawn);
  }, [data, theme, scale]);

  const onClick = (e: React.MouseEvent) => {
    const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const id = cardAtPoint(layout, p.x, p.y);
    if (!id) return;
    e.stopPropagation();
    const box = layout.cards.get(id)!;
    useUiStore.getState().select([id], { stageId: box.stageId, laneId: box.laneId });
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: 1, duration: 200 });
  };

  return (
    <canvas
      ref={ref}
      className="wm-overview"
      data-testid="map-overview"
      role="img"
      aria-label={`Overview of ${layout.cards.size} cards; zoom in or click a card to work on it`}
      width={Math.max(1, Math.round(layout.width * scale))}
      height={Math.max(1, Math.round(layout.height * scale))}
      style={{ width: layout.width, height: layout.height, display: 'block' }}
      onClick={onClick}
    />
  );
}

export const OverviewNode = memo(OverviewNodeView);
