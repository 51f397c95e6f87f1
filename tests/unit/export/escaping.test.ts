/** Text from a journey file is untrusted: whatever it holds, the SVG stays well-formed and inert. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { esc } from '../../../shared/export/escape';
import { renderJourneySvg } from '../../../shared/export/renderJourneySvg';
import { orderedLanes, orderedStages } from '../../../shared/model/journey';
import type { Journey } from '../../../shared/model/schema';
import { fixedMeasure, sample } from './fixtures';
import { assertWellFormedXml, svgTexts } from './svgCheck';

const HOSTILE = [
  '</text></g></svg><script>alert(1)</script>',
  '<![CDATA[ x ]]> & &amp; &#x41; "quoted" \'single\'',
  ']]><!-- --><?xml version="1.0"?>',
  'nul\u0000 bell\u0007 vt\u000b lone\ud800 surrogate',
  '<image href="javascript:alert(1)"/>',
];

function hostile(j: Journey, text: string): Journey {
  const [stage] = orderedStages(j);
  const [lane] = orderedLanes(j);
  stage!.name = text;
  lane!.name = text;
  j.settings.title = text;
  for (const c of Object.values(j.cards)) { c.title = text; c.body = text; }
  for (const c of Object.values(j.connections)) c.label = text;
  for (const p of Object.values(j.personas)) { p.name = text; p.role = text; p.quote = text; p.goals = [text]; }
  for (const c of Object.values(j.comments)) { c.text = text; c.author = text; }
  for (const c of Object.values(j.curves)) c.name = text;
  return j;
}

describe('escaping', () => {
  it('escapes the five markup characters and drops characters XML forbids', () => {
    expect(esc(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(esc('a\u0000b\u001fc\ud800d\ufffee')).toBe('abcde');
    expect(esc('emoji 😀 and tab\tnewline\n')).toBe('emoji 😀 and tab\tnewline\n');
  });

  for (const text of HOSTILE) {
    it(`keeps ${JSON.stringify(text.slice(0, 30))} as text`, () => {
      const svg = renderJourneySvg(hostile(sample('northwind-outdoor'), text), { titleBlock: {} }, fixedMeasure);
      assertWellFormedXml(svg);
      expect(svg).not.toMatch(/<script|<image href="javascript|<!\[CDATA\[|<!--/);
      // The text survives as text (wrapped lines joined back).
      const all = svgTexts(svg).join('');
      // eslint-disable-next-line no-control-regex -- the characters XML forbids
      const visible = text.replace(/[\u0000-\u0008\u000b\ud800]/g, '');
      expect(all.replace(/…/g, '')).toContain(visible.slice(0, 12));
    });
  }

  it('any text in any field gives a well-formed SVG (property)', () => {
    const base = sample('flowboard-saas-onboarding');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      const j = hostile(structuredClone(base), text);
      assertWellFormedXml(renderJourneySvg(j, {}, fixedMeasure));
    }), { numRuns: 40 });
  }, 30_000);

  it('a color that is not #rrggbb never reaches an attribute', () => {
    const j = sample('northwind-outdoor');
    const card = Object.values(j.cards).find((c) => c.kind === 'action')!;
    card.color = '"/><script>x</script>' as string;
    Object.values(j.curves)[0]!.color = 'red" onload="x';
    const svg = renderJourneySvg(j, {}, fixedMeasure);
    assertWellFormedXml(svg);
    expect(svg).not.toContain('onload');
    expect(svg).not.toContain('<script');
  });
});
