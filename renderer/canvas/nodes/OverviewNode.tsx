import { memo, useLayoutEffect, useRef } from 'react';
import { useReactFlow, type Node, type NodeProps } from '@xyflow/react';
import { THEMES_BY_NAME } from '../../../shared/theme/theme';
import { useUiStore } from '../../store/uiStore';
import { cardAtPoint, drawOverview, overviewScale, type OverviewScene } from '../overview/drawOverview';
import { FAR_ZOOM } from './CardNode';

export type OverviewNodeData = OverviewScene;

/**
 * A large map's cards, drawn on one canvas while the map is seen from far (JourneyCanvas
 * swaps it in for the card nodes below FAR_ZOOM). Clicking a card selects it and zooms to it.
 */
function OverviewNodeView({ data }: NodeProps<Node<OverviewNodeData, 'overview'>>) {
  const ref = useRef<HTMLCanvasElement>(null);
  const theme = THEMES_BY_NAME[useUiStore((s) => s.theme)];
  const flow = useReactFlow();
  const { layout } = data;
  const scale = overviewScale(layout, FAR_ZOOM, window.devicePixelRatio || 1);

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
