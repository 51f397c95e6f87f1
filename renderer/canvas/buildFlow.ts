/**
 * React Flow's nodes and edges, derived from the document through the shared layout.
 * React Flow never owns the document: its changes come back as commands.
 */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { Connection, Journey } from '../../shared/model/schema';
import type { CardBox, JourneyLayout } from '../../shared/layout/layoutJourney';
import type { ChipBox } from '../../shared/layout/layoutChips';
import { buildKpiLayer } from '../../shared/kpi/binding/kpiLayer';
import type { CardNodeData } from './nodes/CardNode';
import type { CurvesNodeData } from './nodes/CurvesNode';
import type { GridNodeData } from './nodes/GridNode';
import type { OverviewNodeData } from './nodes/OverviewNode';
import { emotionLabelsAbove } from '../../shared/layout/emotionLabelSides';

export type FlowNode = Node<CardNodeData, 'card'> | Node<GridNodeData, 'grid'> | Node<CurvesNodeData, 'curves'> | Node<OverviewNodeData, 'overview'>;

/**
 * Card nodes are reused when nothing about them changed, so React Flow (which compares node
 * objects) only updates the nodes an edit touched — one card instead of thousands.
 */
const cardNodeCache = new Map<string, Node<CardNodeData, 'card'>>();

function cardNode(box: CardBox, readOnly: boolean, comments: number): Node<CardNodeData, 'card'> {
  const prev = cardNodeCache.get(box.id);
  if (prev && prev.position.x === box.x && prev.position.y === box.y && prev.width === box.width && prev.height === box.height
    && prev.draggable === !readOnly && prev.data.titleLines === box.titleLines && prev.data.bodyLines === box.bodyLines && prev.data.comments === comments
    && sameChips(prev.data.kpiChips, box.kpiChips)) {
    return prev;
  }
  // `measured` (the size the style gives the node) keeps React Flow from re-measuring: a node
  // without it counts as re-initialized, so React Flow drops its handle bounds, measures it
  // (a forced layout) and answers with a dimensions change that copies the node, and the copy
  // no longer matches this cache. Every selection or edit then re-measured all cards (the drop
  // after a drag took 0.8 s at 1,000 cards). A card whose size changed is left without it, so
  // React Flow measures its handles again.
  const resized = prev !== undefined && (prev.width !== box.width || prev.height !== box.height);
  const node: Node<CardNodeData, 'card'> = {
    id: box.id, type: 'card', position: { x: box.x, y: box.y }, draggable: !readOnly,
    width: box.width, height: box.height, style: { width: box.width, height: box.height },
    ...(resized ? {} : { measured: { width: box.width, height: box.height } }),
    data: { cardId: box.id, titleLines: box.titleLines, bodyLines: box.bodyLines, comments, kpiChips: box.kpiChips },
  };
  cardNodeCache.set(box.id, node);
  return node;
}

const sameChips = (a: readonly ChipBox[], b: readonly ChipBox[]) =>
  a.length === b.length && a.every((c, i) => c.bindingId === b[i]!.bindingId && c.text === b[i]!.text && c.x === b[i]!.x && c.y === b[i]!.y && c.width === b[i]!.width);

export function buildNodes(journey: Journey, layout: JourneyLayout, readOnly: boolean): FlowNode[] {
  const nodes: FlowNode[] = [
    {
      id: '__grid', type: 'grid', position: { x: 0, y: 0 }, draggable: false, selectable: false, focusable: false, zIndex: -2,
      data: { layout },
      style: { width: layout.width, height: layout.height },
    },
  ];
  const comments = new Map<string, number>();
  for (const c of Object.values(journey.comments)) if (c.target.type === 'card' && !c.resolved) comments.set(c.target.id, (comments.get(c.target.id) ?? 0) + 1);
  for (const box of layout.cards.values()) nodes.push(cardNode(box, readOnly, comments.get(box.id) ?? 0));
  if (cardNodeCache.size > layout.cards.size * 2 + 1000) for (const id of cardNodeCache.keys()) if (!layout.cards.has(id)) cardNodeCache.delete(id);
  const bands = new Map(layout.lanes.flatMap((l) => (l.band ? [[l.id, l.band] as const] : [])));
  // The export's rule: a label goes above its point when another curve's point sits just below.
  const above = emotionLabelsAbove(layout.emotionPoints, layout.curves);
  const points = [...layout.emotionPoints.values()].flatMap((p) => {
    const curve = journey.curves[p.curveId];
    const card = journey.cards[p.id];
    const band = bands.get(p.laneId);
    return curve?.visible && card && band ? [{ ...p, title: card.title, color: curve.color, band, labelAbove: above.has(p.id) }] : [];
  });
  nodes.push({
    id: '__curves', type: 'curves', position: { x: 0, y: 0 }, draggable: false, selectable: false, focusable: false, zIndex: -1,
    data: { width: layout.width, height: layout.height, curves: layout.curves, points, scale: journey.settings.emotionScale, dataCurve: layout.dataCurve },
    style: { width: layout.width, height: layout.height, pointerEvents: 'none' },
  });
  return nodes;
}

/**
 * Edges are reused while their connection record is the same object (immer shares every
 * record an edit did not touch), like card nodes: otherwise each edit hands React Flow 2,000
 * new edge objects and every edge wrapper re-renders.
 */
const edgeCache = new WeakMap<Connection, Edge>();

export function buildEdges(journey: Journey, layout: JourneyLayout): Edge[] {
  const edges: Edge[] = [];
  const layer = journey.settings.kpiView?.hidden ? null : buildKpiLayer(journey);
  for (const c of Object.values(journey.connections)) {
    if (!layout.cards.has(c.sourceId) || !layout.cards.has(c.targetId)) continue;
    const data = !!layer?.byTarget.has(`connection:${c.id}`);
    let edge = edgeCache.get(c);
    if (!edge || (edge.type === 'data') !== data) {
      edge = {
        id: c.id, source: c.sourceId, target: c.targetId, label: c.label, type: data ? 'data' : 'connection', deletable: true, reconnectable: true,
        ...(data ? { data: { connectionId: c.id } } : {}),
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
        className: 'wm-connection',
      };
      edgeCache.set(c, edge);
    }
    edges.push(edge);
  }
  return edges;
}

/**
 * The nodes of a large map seen from far: its frame and curves as usual, and every card and
 * connection drawn on one canvas node instead of thousands of card nodes and edges.
 */
export function buildOverviewNodes(journey: Journey, layout: JourneyLayout, nodes: readonly FlowNode[], selectedIds: readonly string[], editingId: string | null = null): FlowNode[] {
  const connections: (readonly [string, string])[] = [];
  for (const c of Object.values(journey.connections)) if (layout.cards.has(c.sourceId) && layout.cards.has(c.targetId)) connections.push([c.sourceId, c.targetId]);
  const overview: FlowNode = {
    id: '__overview', type: 'overview', position: { x: 0, y: 0 }, draggable: false, selectable: false, focusable: false, zIndex: 0,
    data: { layout, connections, selected: new Set(selectedIds) },
    style: { width: layout.width, height: layout.height },
    width: layout.width, height: layout.height, measured: { width: layout.width, height: layout.height },
  };
  // A card being edited stays a node above the overview, so zooming out never drops its editor (and the typing in it).
  const editing = nodes.filter((n) => n.type === 'card' && n.id === editingId).map((n) => ({ ...n, zIndex: 1 }));
  return [...nodes.filter((n) => n.type !== 'card'), overview, ...editing];
}
