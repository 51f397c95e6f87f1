import type { Journey } from '../model/schema';
import { createEmptyJourney, newCurve, newLane, newStage } from '../model/journey';
import { insertLane, insertStage } from '../model/operations';
import type { LaneKind, StageKind } from '../model/vocabulary';

/**
 * What File › New opens: the four classic stages and the lanes most workshops start with,
 * empty, so a facilitator can type straight away.
 */
export function blankJourney(title = 'Untitled journey'): Journey {
  const j = createEmptyJourney(title);
  for (const kind of ['awareness', 'consideration', 'decision', 'retention'] as StageKind[]) insertStage(j, newStage(j, kind));
  for (const kind of ['actions', 'touchpoints', 'emotions', 'painPoints', 'opportunities'] as LaneKind[]) insertLane(j, newLane(j, kind));
  const curve = newCurve(j, 'As-is', '#7c3aed');
  j.curves[curve.id] = curve;
  return j;
}
