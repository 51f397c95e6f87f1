/** The CSV grid (RFC 4180, formula-injection safe) and the Markdown report. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, gridCsv } from '../../../shared/export/gridCsv';
import { markdownReport } from '../../../shared/export/markdownReport';
import { cellCards, orderedLanes, orderedStages } from '../../../shared/model/journey';
import type { CardOf } from '../../../shared/model/schema';
import { northwindWithData, sample } from './fixtures';

const parse = (csv: string) => Papa.parse<string[]>(csv, { newline: '\r\n', skipEmptyLines: true }).data;

describe('gridCsv', () => {
  it('is one row per lane and one column per stage, each cell listing its cards in order', () => {
    const j = sample('northwind-outdoor');
    const csv = gridCsv(j);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Records end in CRLF; a bare LF only inside a quoted field.
    expect(csv.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
    const rows = parse(csv);
    const stages = orderedStages(j);
    const lanes = orderedLanes(j);
    expect(rows[0]).toEqual(['Lane', ...stages.map((s) => s.name)]);
    expect(rows).toHaveLength(lanes.length + 1);
    lanes.forEach((lane, i) => {
      expect(rows[i + 1]![0]).toBe(lane.name);
      stages.forEach((s, k) => expect(rows[i + 1]![k + 1]).toBe(cellCards(j, s.id, lane.id).map((c) => c.title).join('\n')));
    });
  });

  it('one row per card in the cards shape, with kind details', () => {
    const j = sample('northwind-outdoor');
    const rows = parse(gridCsv(j, { shape: 'cards' }));
    expect(rows).toHaveLength(Object.keys(j.cards).length + 1);
    const pain = Object.values(j.cards).find((c): c is CardOf<'painPoint'> => c.kind === 'painPoint')!;
    const row = rows.find((r) => r[4] === pain.title)!;
    expect(row[0]).toBe(j.stages[pain.stageId]!.name);
    expect(row[3]).toBe('Pain point');
    expect(row[6]).toBe(`severity: ${pain.severity}`);
  });

  it('leaves out hidden lanes', () => {
    const j = sample('northwind-outdoor');
    const lane = orderedLanes(j)[0]!;
    const rows = parse(gridCsv(j, { hideLanes: [lane.id] }));
    expect(rows.map((r) => r[0])).not.toContain(lane.name);
    expect(rows).toHaveLength(orderedLanes(j).length);
  });

  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const f of ['=1+2', '+1', '-1', '@SUM(A1)', '\tx']) expect(csvCell(f).replace(/^"|"$/g, '').startsWith(`'${f[0]}`)).toBe(true);
    const j = sample('northwind-outdoor');
    const card = Object.values(j.cards)[0]!;
    card.title = '=cmd|"/c calc"!A1, and more';
    const cell = parse(gridCsv(j, { shape: 'cards' })).find((r) => r[4]!.includes('cmd'))![4];
    expect(cell).toBe(`'${card.title}`);
  });
});

describe('markdownReport', () => {
  const j = northwindWithData();
  const md = markdownReport(j);

  it('lists the stages in order and every touchpoint under its stage', () => {
    const stages = orderedStages(j);
    let at = md.indexOf('## Stages');
    for (const s of stages) { const i = md.indexOf(`| ${s.name} |`, at); expect(i).toBeGreaterThan(at); at = i; }
    for (const c of Object.values(j.cards).filter((c) => c.kind === 'touchpoint')) {
      const section = md.indexOf(`### ${j.stages[c.stageId]!.name}`, md.indexOf('## Touchpoints'));
      expect(md.indexOf(`- ${c.title}`, section)).toBeGreaterThan(section);
    }
  });

  it('groups pain points by severity, worst first', () => {
    const pains = Object.values(j.cards).filter((c): c is CardOf<'painPoint'> => c.kind === 'painPoint');
    const headings = [...md.matchAll(/^### Severity (\d)/gm)].map((m) => Number(m[1]));
    expect(headings).toEqual([...new Set(pains.map((p) => p.severity))].sort((a, b) => b - a));
    for (const p of pains) {
      const heading = md.indexOf(`### Severity ${p.severity}`);
      const next = md.indexOf('\n### ', heading + 1);
      const line = md.indexOf(`- ${p.title}`, heading);
      expect(line).toBeGreaterThan(heading);
      if (next !== -1 && md.indexOf('## KPIs') > next) expect(line).toBeLessThan(next);
    }
  });

  it('reports KPIs with value, goal, status, source dataset and period', () => {
    const row = md.split('\n').find((l) => l.startsWith('| Checkout |') && l.includes('Conversion'))!;
    expect(row).toContain('66.0%');
    expect(row).toContain('70.0%');
    expect(row).toContain('near goal');
    expect(row).toContain('GA4 checkout funnel (ga4-funnel, funnel-april.csv)');
    expect(row).toContain('2024-04-01 – 2024-04-30');
    expect(md).toContain('### KPI cards');
  });

  it('escapes file text so it cannot inject markup or break tables', () => {
    const k = sample('northwind-outdoor');
    const s = orderedStages(k)[0]!;
    s.name = 'A | B <img src=x onerror=alert(1)> *bold* [link](http://x)';
    const out = markdownReport(k);
    expect(out).toContain('A \\| B &lt;img src=x onerror=alert(1)&gt; \\*bold\\* \\[link\\](http://x)');
    expect(out).not.toContain('<img');
  });
});
