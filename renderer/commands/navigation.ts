/**
 * Keyboard navigation between cards: reading order for Tab, and spatial neighbours for
 * the arrow keys, computed from the same layout the canvas draws.
 */
import type { JourneyLayout, CardBox } from '../../shared/layout/layoutJourney';

export type Direction = 'left' | 'right' | 'up' | 'down';

/** Cards in reading order: stage by stage, lane by lane, top to bottom. */
export function readingOrder(layout: JourneyLayout): string[] {
  const stageIndex = new Map(layout.stages.map((s) => [s.id, s.index]));
  const laneIndex = new Map(layout.lanes.map((l) => [l.id, l.index]));
  return [...layout.cards.values()]
    .sort((a, b) => stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! || laneIndex.get(a.laneId)! - laneIndex.get(b.laneId)! || a.y - b.y)
    .map((c) => c.id);
}

const center = (b: CardBox) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** The nearest card in a direction, preferring cards roughly in line. */
export function neighbour(layout: JourneyLayout, fromId: string, dir: Direction): string | null {
  const from = layout.cards.get(fromId);
  if (!from) return null;
  const c = center(from);
  let best: { id: string; score: number } | null = null;
  for (const box of layout.cards.values()) {
    if (box.id === fromId) continue;
    const p = center(box);
    const dx = p.x - c.x;
    const dy = p.y - c.y;
    const ahead = dir === 'left' ? -dx : dir === 'right' ? dx : dir === 'up' ? -dy : dy;
    const across = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 1) continue;
    const score = ahead + across * 2;
    if (!best || score < best.score) best = { id: box.id, score };
  }
  return best?.id ?? null;
}
