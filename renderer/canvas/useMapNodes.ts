import { useEffect, useMemo, useState } from 'react';
import { useStore, useStoreApi, type Edge, type ReactFlowState } from '@xyflow/react';
import type { Journey } from '../../shared/model/schema';
import type { JourneyLayout } from '../../shared/layout/layoutJourney';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { buildOverviewNodes, type FlowNode } from './buildFlow';
import { cardsInWindow, fitViewport, OVERVIEW_ABOVE_CARDS, windowKey, windowRect } from './mapView';
import { FAR_ZOOM } from './nodes/CardNode';

/**
 * How long the view must rest at a closer zoom before a large map's overview gives way to
 * card nodes. While a zoom gesture goes on, the overview bitmap scales along (every frame
 * cheap); mounting the hundreds of cards in view happens once, when the user stops.
 */
export const SETTLE_MS = 150;
const paneWidth = (s: ReactFlowState) => s.width;
const paneHeight = (s: ReactFlowState) => s.height;
const NO_EDGES: Edge[] = [];
const noKey = () => '';

export interface MapNodes {
  nodes: FlowNode[];
  edges: Edge[];
  /** A large map: drawn as an overview from far, and as a window of cards closer in. */
  big: boolean;
  /** The overview canvas stands in for the card nodes and edges. */
  overview: boolean;
  /** A newly opened map the canvas has not fitted yet; `fitted()` marks it done. */
  fitPending: boolean;
  fitted(): void;
}

/** The nodes and edges React Flow gets for the document, the selection and the viewport. */
export function useMapNodes(journey: Journey, layout: JourneyLayout, derived: FlowNode[], derivedEdges: Edge[]): MapNodes {
  const selectedIds = useUiStore((s) => s.selectedIds);
  const editing = useUiStore((s) => s.editingCardId);
  const big = layout.cards.size > OVERVIEW_ABOVE_CARDS;
  const far = useSettledFar(big);
  const pane = { width: useStore(paneWidth), height: useStore(paneHeight) };
  // A newly opened map is shown whole in the first frame that draws it: until that fit is
  // done, its mode follows the zoom the fit will give, so a large map never mounts every card.
  const loads = useDocumentStore((s) => s.loads);
  const [fittedLoads, setFittedLoads] = useState(loads);
  const fitPending = fittedLoads !== loads;
  const overview = big && (fitPending ? fitViewport(layout, pane).zoom < FAR_ZOOM : far);
  const windowed = big && !overview && !fitPending;
  const key = useStore(windowed ? (s: ReactFlowState) => windowKey(s.transform, s) : noKey);

  const nodes = useMemo(() => {
    if (overview) return buildOverviewNodes(journey, layout, derived, selectedIds, editing);
    const selected = new Set(selectedIds);
    const inWindow = windowed && key ? cardsInWindow(layout, journey.connections, windowRect(key), editing ? [...selectedIds, editing] : selectedIds) : null;
    const out: FlowNode[] = [];
    for (const n of derived) {
      if (inWindow && n.type === 'card' && !inWindow.has(n.id)) continue;
      out.push(selected.has(n.id) ? { ...n, selected: true } : n);
    }
    return out;
  }, [overview, windowed, key, journey, layout, derived, selectedIds, editing]);

  const edges = useMemo(() => {
    if (overview) return NO_EDGES;
    const ids = windowed ? new Set(nodes.map((n) => n.id)) : null;
    const out: Edge[] = [];
    for (const e of derivedEdges) {
      if (ids && !(ids.has(e.source) && ids.has(e.target))) continue;
      out.push(selectedIds.includes(e.id) ? { ...e, selected: true } : e);
    }
    return out;
  }, [overview, windowed, nodes, derivedEdges, selectedIds]);

  return { nodes, edges, big, overview, fitPending, fitted: () => setFittedLoads(loads) };
}

/**
 * Whether the view is far out, for a large map: true at once when the zoom drops below
 * FAR_ZOOM, false only once it has rested above it for SETTLE_MS.
 */
function useSettledFar(big: boolean): boolean {
  const store = useStoreApi();
  const [far, setFar] = useState(true);
  useEffect(() => {
    if (!big) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const isFar = () => store.getState().transform[2] < FAR_ZOOM;
    const check = () => {
      clearTimeout(timer);
      if (isFar()) setFar(true);
      else timer = setTimeout(() => setFar(isFar()), SETTLE_MS);
    };
    check();
    const unsubscribe = store.subscribe((s, prev) => { if (s.transform !== prev.transform) check(); });
    return () => { clearTimeout(timer); unsubscribe(); };
  }, [big, store]);
  return far;
}
