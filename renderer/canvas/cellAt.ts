import type { JourneyLayout } from '../../shared/layout/layoutJourney';

/** The stage × lane cell under a canvas point, or null outside the grid. */
export function cellAt(layout: JourneyLayout, x: number, y: number): { stageId: string; laneId: string } | null {
  const stage = layout.stages.find((s) => x >= s.x && x < s.x + s.width);
  const lane = layout.lanes.find((l) => y >= l.y && y < l.y + l.height);
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}
