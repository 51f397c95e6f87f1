/** Emotion labels of two curves scored alike at a step go on opposite sides (canvas and export share the rule). */
import { describe, expect, it } from 'vitest';
import { emotionLabelsAbove } from '../../../shared/layout/emotionLabelSides';
import { layoutJourney } from '../../../shared/layout/layoutJourney';
import { northwind } from '../model/fixtures';

describe('emotionLabelsAbove', () => {
  it('puts one of two close points’ labels above, and none when the other curve is hidden', () => {
    const j = northwind();
    const layout = layoutJourney(j);
    const above = emotionLabelsAbove(layout.emotionPoints, layout.curves);
    expect(above.size).toBeGreaterThan(0);
    for (const id of above) {
      const p = layout.emotionPoints.get(id)!;
      // Some point of another curve sits just below it at the same step.
      expect([...layout.emotionPoints.values()].some((o) => o.curveId !== p.curveId && Math.abs(o.x - p.x) < 70 && o.y - p.y >= 0 && o.y - p.y < 34)).toBe(true);
    }
    for (const c of Object.values(j.curves)) if (c.name !== Object.values(j.curves)[0]!.name) c.visible = false;
    const alone = layoutJourney(j);
    expect(emotionLabelsAbove(alone.emotionPoints, alone.curves).size).toBe(0);
  });

  it('ignores points the caller does not draw', () => {
    const layout = layoutJourney(northwind());
    expect(emotionLabelsAbove(layout.emotionPoints, layout.curves, () => false).size).toBe(0);
  });
});
