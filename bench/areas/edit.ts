/**
 * Edit: one command through the document store (immer patches), then undo and redo, on a
 * 5,000-card map; and what the canvas recomputes after each of them (layout + nodes), since
 * that is what a user waits for.
 */
import { useDocumentStore } from '../../renderer/store/documentStore';
import { buildEdges, buildNodes } from '../../renderer/canvas/buildFlow';
import { layoutJourney } from '../../shared/layout/layoutJourney';
import { moveCard, updateCard } from '../../shared/model/operations';
import { generateJourney } from '../generateJourney';
import { type BenchRow, fmt, sampled } from '../stats';

export async function run(options: { quick?: boolean } = {}): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const cards = 5000;
  const size = `${fmt(cards)} cards`;
  const runs = options.quick ? 15 : 60;
  const journey = generateJourney({ cards, seed: cards });
  const store = useDocumentStore;
  store.getState().load(journey);
  const ids = Object.keys(journey.cards).filter((id) => journey.cards[id]!.kind !== 'emotion');
  const stages = Object.keys(journey.stages);
  const lanes = Object.keys(journey.lanes);
  const s = () => store.getState();

  // What the canvas derives from each new document (JourneyCanvas: layout, then nodes and edges).
  const derive = () => { const j = s().journey; const layout = layoutJourney(j); buildNodes(j, layout, false); buildEdges(j, layout); };
  derive();

  const commands: { name: string; run: (i: number) => void }[] = [
    { name: 'edit a card title', run: (i) => s().change('Edit card', (d) => updateCard(d, ids[(i * 37) % ids.length]!, { title: `Edited ${i}` })) },
    { name: 'move a card to another cell', run: (i) => { const id = ids[(i * 53) % ids.length]!; s().change('Move card', (d) => moveCard(d, id, stages[(i * 7) % stages.length]!, lanes[(i * 3) % lanes.length]!, 0)); } },
  ];
  for (const command of commands) {
    const change: number[] = []; const undo: number[] = []; const redo: number[] = [];
    const changeDerived: number[] = []; const undoDerived: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      let t = performance.now(); command.run(i); const tc = performance.now() - t;
      t = performance.now(); derive(); const dc = performance.now() - t;
      t = performance.now(); s().undo(); const tu = performance.now() - t;
      t = performance.now(); derive(); const du = performance.now() - t;
      t = performance.now(); s().redo(); const tr = performance.now() - t;
      derive();
      if (i < 3) continue; // warm-up
      change.push(tc); undo.push(tu); redo.push(tr); changeDerived.push(tc + dc); undoDerived.push(tu + du);
    }
    rows.push(sampled({ area: 'edit', name: `${command.name}: command (immer patches)`, size }, change));
    rows.push(sampled({ area: 'edit', name: `${command.name}: undo`, size, target: { label: '≤ 16 ms', max: 16 } }, undo));
    rows.push(sampled({ area: 'edit', name: `${command.name}: redo`, size, target: { label: '≤ 16 ms', max: 16 } }, redo));
    rows.push(sampled({ area: 'edit', name: `${command.name}: command + canvas relayout`, size, note: 'layoutJourney + buildNodes + buildEdges on the new document' }, changeDerived));
    rows.push(sampled({ area: 'edit', name: `${command.name}: undo + canvas relayout`, size, target: { label: '≤ 16 ms', max: 16 } }, undoDerived));
  }
  return rows;
}
