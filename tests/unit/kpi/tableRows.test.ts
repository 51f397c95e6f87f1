/** TableRows: a delimited file's rows and a sheet's rows answer alike, and like arrays of rows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SheetRows, TextRows } from '../../../shared/kpi/table/TableRows';
import { readDelimited } from '../../../shared/kpi/text/readDelimited';

const cell = fc.constantFrom('', 'a', '1.5', 'x,y', 'say "hi"', ' 7 ', 'é');
const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 });
const bound = fc.option(fc.integer({ min: -15, max: 15 }), { nil: undefined });
const quote = (c: string) => (c === '' || /[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

describe('TableRows', () => {
  it('property: column and slice take bounds as Array.prototype.slice does, for text and sheet rows alike', () => {
    fc.assert(fc.property(grid, fc.nat(4), bound, bound, (rows, c, from, to) => {
      // a leading blank record so the table starts past the file's first record
      const { records } = readDelimited(`head\n${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`, { delimiter: ',' });
      const text = new TextRows(records, 1, rows.length);
      const sheet = new SheetRows(rows.map((cells, i) => ({ line: i + 2, cells })));
      const expected = rows.slice(from, to).map((r) => r[c]);
      expect(text.column(c, from, to)).toEqual(expected);
      expect(sheet.column(c, from, to)).toEqual(expected);
      expect(text.slice(from, to).map((r) => r.cells)).toEqual(rows.slice(from, to));
      rows.forEach((r, i) => {
        expect(text.line(i)).toBe(i + 2);
        expect(text.width(i)).toBe(r.length);
        expect(text.text(i, c)).toBe(sheet.text(i, c));
        expect(text.isEmpty(i)).toBe(sheet.isEmpty(i));
      });
    }), { numRuns: 500 });
  });
});
