import { useCallback, useEffect, useMemo } from 'react';
import {
  Background, BackgroundVariant, Controls, MiniMap, ReactFlow, useNodesState,
  type Node, type NodeTypes, type OnSelectionChangeParams,
} from '@xyflow/react';
import { layoutJourney } from '../../shared/layout/layoutJourney';
import { moveCard } from '../../shared/model/operations';
import { cellCards } from '../../shared/model/journey';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { buildEdges, buildNodes, type FlowNode } from './buildFlow';
import { cellAt } from './cellAt';
import { CardNode } from './nodes/CardNode';
import { CurvesNode } from './nodes/CurvesNode';
import { GridNode } from './nodes/GridNode';

// Module scope: a new object per render would remount every node.
const nodeTypes: NodeTypes = { card: CardNode, grid: GridNode, curves: CurvesNode };

const minimapColor = (node: Node) => (node.type === 'card' ? '#94a3b8' : 'transparent');

export function JourneyCanvas() {
  const journey = useDocumentStore((s) => s.journey);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const layout = useMemo(() => layoutJourney(journey), [journey]);
  const derived = useMemo(() => buildNodes(journey, layout, readOnly), [journey, layout, readOnly]);
  const edges = useMemo(() => buildEdges(journey, layout), [journey, layout]);
  const [nodes, setNodes, onNodesChange] = useNodesState<FlowNode>(derived);
  const selectedIds = useUiStore((s) => s.selectedIds);

  // The document is the truth: whenever it changes, the nodes snap to its layout.
  useEffect(() => {
    const selected = new Set(useUiStore.getState().selectedIds);
    setNodes(derived.map((n) => (selected.has(n.id) ? { ...n, selected: true } : n)));
  }, [derived, setNodes]);

  const onNodeDragStop = useCallback((_: unknown, node: Node) => {
    if (node.type !== 'card') return;
    const box = layout.cards.get(node.id);
    if (!box) return;
    const cx = node.position.x + box.width / 2;
    const cy = node.position.y + Math.min(box.height / 2, 24);
    const cell = cellAt(layout, cx, cy);
    const store = useDocumentStore.getState();
    if (!cell) { setNodes(derived); return; }
    const others = cellCards(store.journey, cell.stageId, cell.laneId).filter((c) => c.id !== node.id);
    const index = others.filter((c) => { const b = layout.cards.get(c.id); return b ? b.y + b.height / 2 < cy : false; }).length;
    const before = store.revision;
    store.change('Move card', (d) => moveCard(d, node.id, cell.stageId, cell.laneId, index));
    if (useDocumentStore.getState().revision === before) setNodes(derived);
  }, [layout, derived, setNodes]);

  const onSelectionChange = useCallback(({ nodes: sel }: OnSelectionChangeParams) => {
    const ids = sel.filter((n) => n.type === 'card').map((n) => n.id);
    const current = useUiStore.getState().selectedIds;
    if (ids.length !== current.length || ids.some((id, i) => id !== current[i])) useUiStore.getState().select(ids);
  }, []);

  return (
    <div className="wm-canvas" data-testid="canvas" data-selected={selectedIds.join(',')}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionChange={onSelectionChange}
        nodesConnectable={false}
        elevateEdgesOnSelect
        fitView
        fitViewOptions={{ padding: 0.05 }}
        minZoom={0.1}
        maxZoom={3}
        proOptions={{ hideAttribution: true }}
        deleteKeyCode={null}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
        <MiniMap pannable zoomable nodeStrokeWidth={2} ariaLabel="Map overview" nodeColor={minimapColor} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
