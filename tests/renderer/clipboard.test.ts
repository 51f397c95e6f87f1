import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardsToClipboard, parseClipboard } from '../../renderer/commands/clipboard';
import { buildJourney } from '../../shared/templates/buildJourney';
import { northwindOutdoor } from '../../shared/templates/samples/northwindOutdoor';

const cards = Object.values(buildJourney(northwindOutdoor).cards).slice(0, 5);

describe('clipboard', () => {
  it('round-trips Waymark cards', () => {
    const { json, text } = cardsToClipboard(cards);
    expect(parseClipboard(json)).toEqual({ kind: 'cards', cards });
    expect(text.split('\n')).toEqual(cards.map((c) => c.title));
  });

  it('turns plain text into one card per non-empty line, without list markers', () => {
    expect(parseClipboard('- Asks a friend\r\n* Reads reviews\n\n1. Compares prices\n   \n2) Buys')).toEqual({ kind: 'lines', lines: ['Asks a friend', 'Reads reviews', 'Compares prices', 'Buys'] });
    expect(parseClipboard('  \n \n')).toEqual({ kind: 'nothing' });
  });

  it('never trusts pasted card data: invalid cards are left out, broken JSON is text', () => {
    const { json } = cardsToClipboard(cards);
    const tampered = JSON.parse(json);
    tampered.cards[0].severity = 99;
    tampered.cards[0].kind = 'painPoint';
    tampered.cards[1].__proto__ = { polluted: true };
    const parsed = parseClipboard(JSON.stringify(tampered));
    expect(parsed.kind).toBe('cards');
    expect(parsed.kind === 'cards' && parsed.cards.length).toBe(4);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseClipboard('{"format":"waymark/cards@1", "cards": [').kind).toBe('lines');
  });

  it('any text parses to something typed, never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (t) => {
      const p = parseClipboard(t);
      expect(['cards', 'lines', 'nothing']).toContain(p.kind);
      if (p.kind === 'lines') { expect(p.lines.length).toBeLessThanOrEqual(500); for (const l of p.lines) expect(l.trim()).toBe(l); }
    }), { numRuns: 500 });
  });
});
