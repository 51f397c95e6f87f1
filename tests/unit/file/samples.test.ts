import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadJourney } from '../../../shared/file/loadJourney';
import { serializeJourney } from '../../../shared/file/serializeJourney';
import { buildJourney } from '../../../shared/templates/buildJourney';
import { SAMPLES } from '../../../shared/templates/samples/samples';

describe('sample journeys', () => {
  for (const sample of SAMPLES) {
    describe(sample.fileName, () => {
      const bytes = new Uint8Array(readFileSync(`assets/samples/${sample.fileName}`));
      const result = loadJourney(bytes);

      it('loads as a valid journey with no repairs', () => {
        if (!result.ok) throw new Error(result.error.message);
        expect(result.value.status).toBe('valid');
        expect(result.value.repairs).toEqual([]);
      });

      it('is rich: personas, 30+ cards, emotions, pain points, connections', () => {
        if (!result.ok) throw new Error(result.error.message);
        const j = result.value.journey;
        const cards = Object.values(j.cards);
        expect(Object.keys(j.personas).length).toBeGreaterThanOrEqual(2);
        expect(cards.length).toBeGreaterThanOrEqual(30);
        expect(cards.filter((c) => c.kind === 'emotion').length).toBeGreaterThanOrEqual(5);
        expect(cards.filter((c) => c.kind === 'painPoint').length).toBeGreaterThanOrEqual(5);
        expect(Object.keys(j.connections).length).toBeGreaterThanOrEqual(8);
        for (const p of cards) if (p.kind === 'painPoint') expect(p.touchpointIds.length).toBeGreaterThan(0);
      });

      it('is exactly what the sample spec builds (the committed file never drifts)', () => {
        expect(new TextDecoder().decode(bytes)).toBe(serializeJourney(buildJourney(sample.spec)));
      });
    });
  }

  it('Northwind has the stages the issue names, in order', () => {
    const r = loadJourney(readFileSync('assets/samples/northwind-outdoor.journey', 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    expect(Object.values(r.value.journey.stages).sort((a, b) => a.order - b.order).map((s) => s.name))
      .toEqual(['Discover', 'Consider', 'Purchase', 'Post-purchase', 'Loyalty']);
  });

  it('Flowboard has the stages the issue names, in order', () => {
    const r = loadJourney(readFileSync('assets/samples/flowboard-saas-onboarding.journey', 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    expect(Object.values(r.value.journey.stages).sort((a, b) => a.order - b.order).map((s) => s.name))
      .toEqual(['Awareness', 'Evaluate', 'Sign-up', 'Onboarding', 'Activation', 'Upgrade', 'Retention']);
  });

  it('Northwind touchpoints carry the data names the KPI fixtures use', () => {
    const r = loadJourney(readFileSync('assets/samples/northwind-outdoor.journey', 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    const aliases = Object.values(r.value.journey.cards).flatMap((c) => c.aliases ?? []);
    for (const name of ['/checkout', '/cart', '3. Begin checkout', 'Checkout', 'Delivery', 'Returns', 'Members club']) expect(aliases).toContain(name);
  });
});
