/**
 * The baseline for the canvas benchmark: a plain React Flow page with default nodes and
 * edges only (no custom nodes, no stores), controlled the way React Flow's docs show.
 * The graph (`?graph=<file>`: node positions and sizes, edge pairs) is written by the
 * bench from the same generated journey the app opens, so both draw the same geometry.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

export interface PlainGraph {
  nodes: { id: string; x: number; y: number; width: number; label: string }[];
  edges: { id: string; source: string; target: string }[];
}

function Flow({ graph }: { graph: PlainGraph }) {
  const [nodes, , onNodesChange] = useNodesState<Node>(graph.nodes.map((n) => ({ id: n.id, position: { x: n.x, y: n.y }, data: { label: n.label }, style: { width: n.width } })));
  const [edges, , onEdgesChange] = useEdgesState<Edge>(graph.edges.map((e) => ({ ...e })));
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView fitViewOptions={{ padding: 0.05, maxZoom: 1 }} minZoom={0.1} maxZoom={3} />;
}

function App() {
  const [graph, setGraph] = useState<PlainGraph | null>(null);
  useEffect(() => {
    const file = new URLSearchParams(location.search).get('graph');
    if (!file) return;
    void fetch(file).then((r) => r.json() as Promise<PlainGraph>).then((g) => { (window as unknown as { __graphAt: number }).__graphAt = performance.now(); setGraph(g); });
  }, []);
  return graph ? <Flow graph={graph} /> : <p>Loading…</p>;
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
