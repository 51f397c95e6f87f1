import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  Background, BackgroundVariant, Controls, ReactFlow, useNodesState, useStoreApi,
  type Connection as FlowConnection, type Edge, type EdgeTypes, type Node, type NodeTypes, type OnSelectionChangeParams, type ReactFlowInstance,
} from '@xyflow/react';
import { layoutJourney, scoreAtY } from '../../shared/layout/layoutJourney';
import { addConnection, duplicateCards, moveCard, updateConnection } from '../../shared/model/operations';
import { cellCards } from '../../shared/model/journey';
import { createId } from '../../shared/model/ids';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { createCardIn } from '../commands/insertHandlers';
import { buildEdges, buildNodes, type FlowNode } from './buildFlow';
import { fitViewport, MIN_ZOOM } from './mapView';
import { useMapNodes } from './useMapNodes';
import { canvasApi, setCanvasApi } from './canvasApi';
import { cellAt } from './cellAt';
import { CARD_CONTEXT, CELL_CONTEXT, ContextMenu, EDGE_CONTEXT } from './ContextMenu';
import { CardNode } from './nodes/CardNode';
import { OverviewNode } from './nodes/OverviewNode';
import { OverviewMiniMap } from './overview/OverviewMiniMap';
import { CurvesNode } from './nodes/CurvesNode';
import { GridNode } from './nodes/GridNode';
import { DataEdge } from './kpi/DataEdge';
import { ConnectionEdge } from './ConnectionEdge';
import { KpiLegend } from './kpi/KpiLegend';

// Module scope: a new object per render would remount every node.
const nodeTypes: NodeTypes = { card: CardNode, grid: GridNode, curves: CurvesNode, overview: OverviewNode };
const edgeTypes: EdgeTypes = { data: DataEdge, connection: ConnectionEdge };
// Props handed to <ReactFlow> must keep their identity between renders: the canvas re-renders
// on every drag step, and a new callback or object there re-renders every node and edge
// wrapper (all 2,000 edges of a large map, per pointer move).
const PRO_OPTIONS = { hideAttribution: true } as const;
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const onNodeClick = (_: React.MouseEvent, n: Node) => { const c = doc().journey.cards[n.id]; if (c) ui().setActiveCell({ stageId: c.stageId, laneId: c.laneId }); };
const doc = () => useDocumentStore.getState();
// React Flow's own Fit button would center a map too large to fit; the app's fit starts at its top-left.
const fitFromControls = () => canvasApi()?.fitView();
const ui = () => useUiStore.getState();

export function JourneyCanvas() {
  const journey = useDocumentStore((s) => s.journey);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const layout = useMemo(() => layoutJourney(journey), [journey]);
  const derived = useMemo(() => buildNodes(journey, layout, readOnly), [journey, layout, readOnly]);
  const derivedEdges = useMemo(() => buildEdges(journey, layout), [journey, layout]);
  const selectedIds = useUiStore((s) => s.selectedIds);
  const view = useMapNodes(journey, layout, derived, derivedEdges);
  const { big, overview } = view;
  // Swapping the card nodes for the overview takes them out of React Flow's selection; that
  // is not the user deselecting them.
  const overviewRef = useRef(overview);
  overviewRef.current = overview;
  const flowStore = useStoreApi();
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const [nodes, setNodes, onNodesChange] = useNodesState<FlowNode>(view.nodes);
  const [menu, setMenu] = useState<{ x: number; y: number; ids: string[] } | null>(null);
  const [flow, setFlow] = useState<ReactFlowInstance<FlowNode, Edge> | null>(null);

  // The document is the truth: whenever it, the selection or the view's window changes, the nodes follow.
  const flowNodes = view.nodes;
  useEffect(() => { setNodes(flowNodes); }, [flowNodes, setNodes]);

  const { fitPending, fitted } = view;
  useLayoutEffect(() => {
    if (!fitPending || !flow) return;
    const { width, height } = flowStore.getState();
    if (layout.cards.size === 0) void flow.setViewport({ x: 40, y: 40, zoom: 1 }, { duration: 0 });
    else void flow.setViewport(fitViewport(layout, { width, height }), { duration: 0 });
    fitted();
  }, [fitPending, flow, flowStore, layout, fitted]);

  useEffect(() => {
    if (!flow) return;
    setCanvasApi({
      zoomIn: () => void flow.zoomIn({ duration: 150 }),
      zoomOut: () => void flow.zoomOut({ duration: 150 }),
      fitView: (animate = true) => {
        const { width, height } = flowStore.getState();
        void flow.setViewport(fitViewport(layoutRef.current, { width, height }), { duration: animate ? 200 : 0 });
      },
      showTopLeft: () => void flow.setViewport({ x: 40, y: 40, zoom: 1 }, { duration: 0 }),
      centerOn: (x, y) => void flow.setCenter(x, y, { zoom: Math.max(flow.getZoom(), 0.8), duration: 200 }),
      toCanvas: (p) => flow.screenToFlowPosition(p, { snapToGrid: false }),
    });
    return () => setCanvasApi(null);
  }, [flow, flowStore]);

  const cellAtScreen = useCallback((e: { clientX: number; clientY: number }) => {
    if (!flow) return null;
    const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const cell = cellAt(layout, p.x, p.y);
    return cell ? { cell, p } : null;
  }, [flow, layout]);

  const onNodeDragStop = useCallback((event: MouseEvent | TouchEvent | React.MouseEvent, node: Node) => {
    if (node.type !== 'card') return;
    const box = layout.cards.get(node.id);
    if (!box) return;
    const cx = node.position.x + box.width / 2;
    const cy = node.position.y + Math.min(box.height / 2, 24);
    const cell = cellAt(layout, cx, cy);
    if (!cell) { setNodes(flowNodes); return; }
    const others = cellCards(doc().journey, cell.stageId, cell.laneId).filter((c) => c.id !== node.id);
    const index = others.filter((c) => { const b = layout.cards.get(c.id); return b ? b.y + b.height / 2 < cy : false; }).length;
    const before = doc().revision;
    if ('altKey' in event && event.altKey) {
      // Alt-drag copies: the original stays, a copy lands in the target cell.
      let copies: string[] = [];
      doc().change('Copy card', (d) => { copies = duplicateCards(d, [node.id], undefined, cell); if (copies[0]) moveCard(d, copies[0], cell.stageId, cell.laneId, index); });
      if (doc().revision === before) setNodes(flowNodes);
      return;
    }
    doc().change('Move card', (d) => moveCard(d, node.id, cell.stageId, cell.laneId, index));
    ui().setActiveCell(cell);
    if (doc().revision === before) setNodes(flowNodes);
  }, [layout, flowNodes, setNodes]);

  const onSelectionChange = useCallback(({ nodes: sel, edges: selEdges }: OnSelectionChangeParams) => {
    if (overviewRef.current) return;
    const ids = [...sel.filter((n) => n.type === 'card').map((n) => n.id), ...selEdges.map((e) => e.id)];
    const current = ui().selectedIds.filter((id) => !doc().journey.cards[id] || doc().journey.cards[id]!.kind !== 'emotion');
    if (ids.length !== current.length || ids.some((id, i) => id !== current[i])) {
      const first = doc().journey.cards[ids[0] ?? ''];
      ui().select(ids, first ? { stageId: first.stageId, laneId: first.laneId } : undefined);
    }
  }, []);

  const onPaneDoubleClick = useCallback((e: React.MouseEvent) => {
    const target = e.target as HTMLElement;
    // The pane holds every node: a double-click on a card (which edits it) or on the overview
    // bubbles here too, and must not also add a card. Only the pane and the grid's cells count.
    const node = target.closest('.react-flow__node');
    const onCell = node ? node.classList.contains('react-flow__node-grid') : !!target.closest('.react-flow__pane');
    if (readOnly || !onCell || target.closest('.wm-stage-head, .wm-lane-title')) return;
    const hit = cellAtScreen(e);
    if (!hit) return;
    const lane = layout.lanes.find((l) => l.id === hit.cell.laneId);
    const id = createCardIn(hit.cell);
    if (lane?.band) {
      const score = scoreAtY(lane.band, hit.p.y, doc().journey.settings.emotionScale);
      doc().change('Set emotion score', (d) => { const c = d.cards[id]; if (c?.kind === 'emotion') c.score = score; }, 'merge');
    }
  }, [readOnly, cellAtScreen, layout]);

  const onPaneClick = useCallback((e: React.MouseEvent) => {
    const hit = cellAtScreen(e);
    ui().select([], hit?.cell ?? null);
    ui().editCard(null);
  }, [cellAtScreen]);

  const onConnect = useCallback((c: FlowConnection) => {
    doc().change('Connect cards', (d) => addConnection(d, { id: createId('conn'), sourceId: c.source, targetId: c.target }));
  }, []);
  const onReconnect = useCallback((old: Edge, c: FlowConnection) => {
    doc().change('Reconnect', (d) => updateConnection(d, old.id, { sourceId: c.source, targetId: c.target }));
  }, []);
  const onNodeDoubleClick = useCallback((_: React.MouseEvent, n: Node) => { if (!readOnly && n.type === 'card') ui().editCard(n.id); }, [readOnly]);
  const onNodeContextMenu = useCallback((e: React.MouseEvent, n: Node) => {
    e.preventDefault();
    if (n.type === 'card') { ui().select([n.id]); setMenu({ x: e.clientX, y: e.clientY, ids: CARD_CONTEXT }); }
  }, []);
  const onEdgeContextMenu = useCallback((e: React.MouseEvent, edge: Edge) => {
    e.preventDefault();
    ui().select([edge.id]);
    setMenu({ x: e.clientX, y: e.clientY, ids: EDGE_CONTEXT });
  }, []);
  const onPaneContextMenu = useCallback((e: MouseEvent | React.MouseEvent) => {
    e.preventDefault();
    const hit = cellAtScreen(e);
    ui().select([], hit?.cell ?? null);
    setMenu({ x: e.clientX, y: e.clientY, ids: CELL_CONTEXT });
  }, [cellAtScreen]);

  return (
    <div className="wm-canvas" data-testid="canvas" data-selected={selectedIds.join(',')} onDoubleClick={onPaneDoubleClick}>
      <ReactFlow
        nodes={nodes}
        edges={view.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onInit={setFlow}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionChange={onSelectionChange}
        onNodeClick={onNodeClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onPaneClick={onPaneClick}
        onConnect={readOnly ? undefined : onConnect}
        onReconnect={readOnly ? undefined : onReconnect}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        zoomOnDoubleClick={false}
        elevateEdgesOnSelect
        minZoom={MIN_ZOOM}
        maxZoom={3}
        proOptions={PRO_OPTIONS}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        disableKeyboardA11y
        onlyRenderVisibleElements={big}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
        <OverviewMiniMap layout={layout} selectedIds={selectedIds} />
        <Controls showInteractive={false} onFitView={fitFromControls} />
      </ReactFlow>
      <KpiLegend />
      {menu && <ContextMenu {...menu} onClose={() => setMenu(null)} />}
    </div>
  );
}

