/**
 * TextRecords: the offsets reader against the plain way of reading a delimited file (a string
 * per cell, built as the text is walked), on any text at all — broken quoting included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextRecords } from '../../../shared/kpi/text/TextRecords';
import type { TextRecord } from '../../../shared/kpi/types';

/** The reference: RFC 4180 as TextRecords documents it, one string per cell, walking the text once. */
function referenceRecords(text: string, d: string): TextRecord[] {
  const out: TextRecord[] = [];
  const breaks = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    const record: TextRecord = { line, cells: [] };
    for (;;) {
      let value = '';
      if (text[pos] === '"') {
        const open = line;
        let i = pos + 1;
        let closed = false;
        while (i < text.length) {
          if (text[i] === '"') {
            if (text[i + 1] === '"') { value += '"'; i += 2; continue; }
            closed = true;
            i++;
            break;
          }
          value += text[i++];
        }
        line += breaks(value);
        pos = i;
        if (!closed) record.error ??= `quoted field opened on line ${open} is never closed`;
        let rest = '';
        while (pos < text.length && text[pos] !== d && text[pos] !== '\n' && text[pos] !== '\r') rest += text[pos++];
        if (rest) { record.error ??= `text after the closing quote on line ${line}`; value += rest; }
      } else {
        while (pos < text.length && text[pos] !== d && text[pos] !== '\n' && text[pos] !== '\r') value += text[pos++];
      }
      record.cells.push(value);
      if (text[pos] === d) { pos++; continue; }
      if (text[pos] === '\r') { pos++; if (text[pos] === '\n') pos++; line++; } else if (text[pos] === '\n') { pos++; line++; }
      break;
    }
    out.push(record);
  }
  return out;
}

const anyText = fc.array(fc.constantFrom('"', '""', ',', ';', '\n', '\r\n', '\r', ' ', '\u00a0', 'a', '12', '1.5', 'é', '👍', '#', '\t'), { maxLength: 40 }).map((parts) => parts.join(''));

describe('TextRecords', () => {
  it('property: any text reads as the plain reader reads it (cells, lines, quoting problems)', () => {
    fc.assert(fc.property(anyText, fc.constantFrom(',', ';', '\t'), (text, d) => {
      const records = TextRecords.scan(text, d);
      expect(records.toArray()).toEqual(referenceRecords(text, d));
      expect(records.withErrors()).toEqual(referenceRecords(text, d).flatMap((r, i) => (r.error ? [i] : [])));
    }), { numRuns: 3000 });
  });

  it('property: emptiness and raw bounds agree with the cells as strings', () => {
    fc.assert(fc.property(anyText, (text) => {
      const records = TextRecords.scan(text, ',');
      for (let r = 0; r < records.length; r++) {
        const cells = records.cells(r);
        expect(records.width(r)).toBe(cells.length);
        expect(records.isEmpty(r)).toBe(cells.every((c) => c.trim() === ''));
        expect(records.isBlank(r)).toBe(cells.length === 1 && cells[0]!.trim() === '');
        cells.forEach((cell, c) => {
          expect(records.cell(r, c)).toBe(cell);
          expect(records.isEmptyCell(r, c)).toBe(cell.trim() === '');
          const raw = text.slice(records.rawStart(r, c), records.rawEnd(r, c));
          if (!raw.startsWith('"')) expect(raw).toBe(cell);
        });
        expect(records.cell(r, cells.length)).toBeUndefined();
        expect(records.isEmptyCell(r, cells.length)).toBe(true);
      }
    }), { numRuns: 1000 });
  });

  it('grows past the room it guesses: more records and cells than one every 32 and 4 characters', () => {
    const text = `${',,,,,,,,\n'.repeat(3000)}${'\n'.repeat(5000)}`;
    const records = TextRecords.scan(text, ',');
    expect(records.length).toBe(8000);
    expect(records.width(2999)).toBe(9);
    expect(records.line(7999)).toBe(8000);
    expect(records.isBlank(7999)).toBe(true);
  });

  it('starts where told (after a BOM or sep= line) and tells its progress every 65,536 records', () => {
    const seen: number[] = [];
    const text = `sep=,\n${'a,1\n'.repeat(140_000)}`;
    const records = TextRecords.scan(text, ',', 6, 2, (f) => seen.push(f));
    expect(records.length).toBe(140_000);
    expect(records.record(0)).toEqual({ line: 2, cells: ['a', '1'] });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBeGreaterThan(0.4);
    expect(seen[1]).toBeGreaterThan(seen[0]!);
  });

  it('refuses a delimiter it cannot scan with', () => {
    for (const d of ['"', '\n', '\r', ',,', '']) expect(() => TextRecords.scan('a', d)).toThrow(/Unsupported delimiter/);
  });
});
