/** Scope, hidden lanes and layers, theme, fonts: each option really changes the picture. */
import { describe, expect, it } from 'vitest';
import { buildKpiLayer, stageHeat } from '../../../shared/kpi/binding/kpiLayer';
import { renderJourneySvg } from '../../../shared/export/renderJourneySvg';
import { ExportError } from '../../../shared/export/svgTypes';
import { layoutJourney } from '../../../shared/layout/layoutJourney';
import { orderedLanes } from '../../../shared/model/journey';
import { darkTheme, lightTheme } from '../../../shared/theme/theme';
import { fixedMeasure, northwindWithData, sample } from './fixtures';
import { assertWellFormedXml, countAttr, svgTexts } from './svgCheck';

const nw = () => sample('northwind-outdoor');
const size = (svg: string) => ({ width: Number(/width="(\d+)"/.exec(svg)![1]), height: Number(/height="(\d+)"/.exec(svg)![1]) });
const cardIds = (svg: string) => [...svg.matchAll(/data-card-id="([^"]+)"/g)].map((m) => m[1]!).sort();

describe('export scope', () => {
  it('a selection draws only the selected cards, cropped to them', () => {
    const j = nw();
    const full = renderJourneySvg(j, {}, fixedMeasure);
    const picked = Object.values(j.cards).filter((c) => c.kind === 'painPoint').slice(0, 2).map((c) => c.id);
    const svg = renderJourneySvg(j, { scope: { cardIds: picked } }, fixedMeasure);
    assertWellFormedXml(svg);
    expect(cardIds(svg)).toEqual([...picked].sort());
    expect(size(svg).height).toBeLessThan(size(full).height);
    // Headers stay, clipped to the crop, like frozen panes; the crop is the selection's cells.
    expect(svg).toContain('clip-path="url(#wm-clip-body)"');
    const layout = layoutJourney(j, { measure: fixedMeasure });
    const boxes = picked.map((id) => layout.cards.get(id)!);
    const stages = layout.stages.filter((st) => boxes.some((b) => b.stageId === st.id));
    const lane = layout.lanes.find((l) => l.id === boxes[0]!.laneId)!;
    const x = Math.min(...stages.map((st) => st.x));
    const width = Math.max(...stages.map((st) => st.x + st.width)) - x;
    expect(svg).toContain(`<clipPath id="wm-clip-body"><rect x="${x}" y="${lane.y}" width="${width}" height="${lane.height}"/></clipPath>`);
  });

  it('a viewport draws the cards it touches and nothing else', () => {
    const j = nw();
    const layout = layoutJourney(j, { measure: fixedMeasure });
    const stage = layout.stages[1]!;
    const lane = layout.lanes[1]!;
    const viewport = { x: stage.x, y: lane.y, width: stage.width, height: lane.height };
    const svg = renderJourneySvg(j, { scope: { viewport } }, fixedMeasure);
    const expected = [...layout.cards.values()].filter((b) => b.stageId === stage.id && b.laneId === lane.id).map((b) => b.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(cardIds(svg)).toEqual(expected);
  });

  it('refuses an empty selection and a view outside the map', () => {
    const j = nw();
    expect(() => renderJourneySvg(j, { scope: { cardIds: [] } })).toThrow(ExportError);
    expect(() => renderJourneySvg(j, { scope: { cardIds: ['nope'] } })).toThrow(/None of the selected cards/);
    expect(() => renderJourneySvg(j, { scope: { viewport: { x: 1e6, y: 1e6, width: 10, height: 10 } } })).toThrow(/no part of the map/);
  });
});

describe('hidden lanes and layers', () => {
  it('hiding a lane removes its title and cards and closes the gap', () => {
    const j = nw();
    const lane = orderedLanes(j).find((l) => l.kind === 'thoughts')!;
    const full = renderJourneySvg(j, {}, fixedMeasure);
    const svg = renderJourneySvg(j, { hideLanes: [lane.id] }, fixedMeasure);
    const laneHeight = layoutJourney(j, { measure: fixedMeasure }).lanes.find((l) => l.id === lane.id)!.height;
    expect(svgTexts(full).join('\n')).toContain(lane.name.split(' ')[0]);
    expect(svgTexts(svg)).not.toContain(lane.name);
    for (const c of Object.values(j.cards).filter((c) => c.laneId === lane.id)) expect(svg).not.toContain(`data-card-id="${c.id}"`);
    expect(size(full).height - size(svg).height).toBe(laneHeight);
  });

  it('comments: numbered markers and the notes list, or neither', () => {
    const j = nw();
    const open = Object.values(j.comments).filter((c) => !c.resolved).length;
    const withComments = renderJourneySvg(j, {}, fixedMeasure);
    expect(countAttr(withComments, 'data-comment-marker')).toBe(2 * open); // on the map and in the notes
    expect(withComments).toContain('data-layer="notes"');
    for (const c of Object.values(j.comments)) expect(svgTexts(withComments).join(' ')).toContain(c.text.split(' ').slice(0, 3).join(' '));
    const without = renderJourneySvg(j, { hideLayers: ['comments'] }, fixedMeasure);
    expect(countAttr(without, 'data-comment-marker')).toBe(0);
    expect(without).not.toContain('data-layer="notes"');
  });

  it('a resolved comment is not printed', () => {
    const j = nw();
    const first = Object.values(j.comments)[0]!;
    first.resolved = true;
    const svg = renderJourneySvg(j, {}, fixedMeasure);
    expect(countAttr(svg, 'data-comment-marker')).toBe(2 * (Object.keys(j.comments).length - 1));
  });

  it('legend and background layers', () => {
    const j = nw();
    const svg = renderJourneySvg(j, {}, fixedMeasure);
    expect(svg).toContain('data-layer="legend"');
    expect(svg).toContain(`fill="${lightTheme.background}"`);
    expect(svg).toContain(`fill="${lightTheme.laneBandFill[1]}"`);
    expect(renderJourneySvg(j, { hideLayers: ['legend'] }, fixedMeasure)).not.toContain('data-layer="legend"');
    const bare = renderJourneySvg(j, { hideLayers: ['background'] }, fixedMeasure);
    expect(bare).not.toContain(`fill="${lightTheme.background}"`);
    expect(bare).not.toContain(`fill="${lightTheme.laneBandFill[1]}"`);
  });

  it('the dark theme uses the dark palette', () => {
    const svg = renderJourneySvg(nw(), { theme: 'dark' }, fixedMeasure);
    expect(svg).toContain(`fill="${darkTheme.background}"`);
    expect(svg).toContain(`fill="${darkTheme.kinds.touchpoint.fill}"`);
    expect(svg).not.toContain(`fill="${lightTheme.kinds.touchpoint.fill}"`);
  });

  it('the persona header can be left out', () => {
    const j = nw();
    expect(countAttr(renderJourneySvg(j, {}, fixedMeasure), 'data-persona-id')).toBe(Object.keys(j.personas).length);
    expect(countAttr(renderJourneySvg(j, { personaHeader: false }, fixedMeasure), 'data-persona-id')).toBe(0);
  });
});

describe('fonts', () => {
  it('embed puts the three Inter weights in @font-face rules; reference names the family only', () => {
    const j = nw();
    const embed = renderJourneySvg(j, { fonts: { mode: 'embed', regular: 'AAAA', semibold: 'BBBB', bold: 'CCCC' } }, fixedMeasure);
    expect([...embed.matchAll(/@font-face\{font-family:Inter;font-weight:(\d+)/g)].map((m) => m[1])).toEqual(['400', '600', '700']);
    expect(embed).toContain('base64,BBBB');
    const ref = renderJourneySvg(j, { fonts: { mode: 'reference' } }, fixedMeasure);
    expect(ref).not.toContain('@font-face');
    expect(ref).toMatch(/<svg[^>]*font-family="Inter, /);
  });

  it('font-per-weight names the PDF fonts instead of weights', () => {
    const svg = renderJourneySvg(nw(), { fontPerWeight: true }, fixedMeasure);
    expect(svg).not.toContain('font-weight=');
    expect(svg).toContain('font-family="Inter-SemiBold"');
    expect(svg).toContain('font-family="Inter-Bold"');
  });
});

describe('KPI layer', () => {
  const j = northwindWithData();
  const layer = buildKpiLayer(j);
  const layout = layoutJourney(j, { measure: fixedMeasure });

  it('draws a chip per bound value on cards and stage tiles, colored by status', () => {
    const svg = renderJourneySvg(j, {}, fixedMeasure);
    assertWellFormedXml(svg);
    const chips = [...layout.cards.values()].reduce((n, b) => n + b.kpiChips.length, 0) + [...layout.stageTiles.values()].reduce((n, t) => n + t.chips.length, 0);
    expect(chips).toBeGreaterThan(5);
    expect(countAttr(svg, 'data-metric')).toBe(chips);
    expect(countAttr(svg, 'data-stage-tile')).toBe(layout.stageTiles.size);
    for (const values of layer.byTarget.values()) {
      for (const v of values) {
        if (v.target.type === 'connection') continue;
        const chip = new RegExp(`data-binding-id="${v.bindingId}"[^>]*data-status="${v.status}"`);
        expect(svg).toMatch(chip);
      }
    }
    // Checkout converts 66 % against a 70 % goal: within 10 %, a warning; Payment's 52 % is off.
    const status = (scope: string) => [...layer.byTarget.values()].flat().find((v) => v.scope === scope && v.metric === 'conversion' && v.target.type === 'card')!;
    expect(status('Checkout').status).toBe('warn');
    expect(status('Payment').status).toBe('bad');
    const payment = new RegExp(`data-binding-id="${status('Payment').bindingId}"[^]*?stroke="${lightTheme.statusBad}"`);
    expect(svg).toMatch(payment);
  });

  it('draws the heat strip for the map’s heat metric, one per stage with a value', () => {
    const svg = renderJourneySvg(j, {}, fixedMeasure);
    const expected = stageHeat(j, 'csat').filter((h) => h.heat !== null).length;
    expect(expected).toBeGreaterThan(2);
    expect(countAttr(svg, 'data-heat-stage')).toBe(expected);
    expect(countAttr(renderJourneySvg(j, { heatMetric: 'views' }, fixedMeasure), 'data-heat-stage')).toBe(stageHeat(j, 'views').filter((h) => h.heat !== null).length);
  });

  it('labels funnel connections with their drop-off', () => {
    const svg = renderJourneySvg(j, {}, fixedMeasure);
    const connections = [...layer.byTarget.keys()].filter((k) => k.startsWith('connection:'));
    expect(connections.length).toBeGreaterThan(0);
    expect(countAttr(svg, 'data-drop-off')).toBe(connections.length);
    expect(svgTexts(svg)).toContain('▼ 34.0% drop-off');
  });

  it('spells out every value that has a target: value, target, delta in the status color', () => {
    const svg = renderJourneySvg(j, {}, fixedMeasure);
    const withGoal = [...layer.byTarget.values()].flat().filter((v) => v.goal !== undefined);
    expect(withGoal.length).toBeGreaterThan(3);
    expect(countAttr(svg, 'data-target-row')).toBe(withGoal.length);
    for (const v of withGoal) {
      const row = new RegExp(`data-target-row="${v.bindingId}" data-status="${v.status}"[^]*?</g>`).exec(svg)![0];
      const texts = svgTexts(row).join(' ');
      expect(texts).toContain(`${v.text} · target ${v.goalText}`);
      if (v.status !== 'none') expect(row).toContain(`fill="${({ good: lightTheme.statusGood, warn: lightTheme.statusWarn, bad: lightTheme.statusBad } as const)[v.status]}"`);
      expect(texts).toContain(v.deltaText!);
      expect(texts).toContain(v.dataset.name);
    }
    expect(renderJourneySvg(j, { hideLayers: ['legend'] }, fixedMeasure)).not.toContain('data-target-row');
  });

  it('lists the data sources in the legend', () => {
    const texts = svgTexts(renderJourneySvg(j, {}, fixedMeasure));
    for (const d of Object.values(j.datasets)) expect(texts.some((t) => t.includes(d.name) && t.includes('2024-04-01'))).toBe(true);
  });

  it('hiding the KPI layer removes chips, tiles, heat and drop-off, and the space for them', () => {
    const svg = renderJourneySvg(j, { hideLayers: ['kpis'] }, fixedMeasure);
    for (const attr of ['data-metric', 'data-stage-tile', 'data-heat-stage', 'data-drop-off']) expect(countAttr(svg, attr)).toBe(0);
    expect(svg).toBe(renderJourneySvg(sample('northwind-outdoor'), {}, fixedMeasure));
  });
});
