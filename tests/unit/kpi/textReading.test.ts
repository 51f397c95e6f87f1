/** decodeText, readDelimited, table splitting, header helpers and row validation. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../../shared/kpi/text/decodeText';
import { detectDelimiter, isCommentText } from '../../../shared/kpi/text/detectDelimiter';
import { readDelimited } from '../../../shared/kpi/text/readDelimited';
import { splitTables } from '../../../shared/kpi/text/splitTables';
import { combineHeaderRows, findColumn, forwardFill } from '../../../shared/kpi/text/headerRows';
import { validateRows } from '../../../shared/kpi/text/validateRows';
import { periodFromComments } from '../../../shared/kpi/text/preamble';
import { sampleBytes } from './kpiTestUtil';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16 = (s: string, le: boolean, bom = true): Uint8Array => {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\uFEFF' : '') + s;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = c & 0xff;
    out[2 * i + (le ? 1 : 0)] = c >> 8;
  }
  return out;
};

describe('decodeText', () => {
  it('UTF-8 BOM: stripped, so it does not stick to the first header name', () => {
    const d = decodeText(sampleBytes('excel_de_saas_stage_kpis.csv'));
    expect(d.encoding).toBe('utf-8-bom');
    expect(readDelimited(d.text).records.cell(0, 0)).toBe('Phase');
  });

  it('UTF-16LE and UTF-16BE with a BOM (Google Play reports), and UTF-16LE without one', () => {
    const text = 'Package Name,Star Rating\ncom.example,5\n';
    expect(decodeText(utf16(text, true))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, false))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeText(utf16(text, true, false))).toEqual({ text, encoding: 'utf-16le' });
  });

  it('strict UTF-8 (4-byte emoji kept); invalid UTF-8 falls back to windows-1252', () => {
    expect(decodeText(enc('a,👍\n'))).toEqual({ text: 'a,👍\n', encoding: 'utf-8' });
    const cp1252 = new Uint8Array([0x4b, 0xfc, 0x6e, 0x64, 0x3b, 0x80, 0x3b, 0x93, 0x61, 0x94]); // Künd;€;“a”
    expect(decodeText(cp1252)).toEqual({ text: 'Künd;€;“a”', encoding: 'windows-1252' });
  });

  it('windows-1252 maps 0x80–0x9F to their characters, not to C1 controls', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x8a, 0x9f, 0xe9]))).toBe('€ŠŸé');
  });
});

describe('delimiter sniffing and sep=', () => {
  it('counts only characters outside quotes, on the header line after the preamble', () => {
    expect(detectDelimiter('# Date: May 1, 2024, and more\nName;Comment\n"a, b, c";"x, y"\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1,5\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('a|b|c\n1|2|3\n')).toBe('|');
    expect(detectDelimiter('Phase;Besucher;Rate\nA;48.213;0,42%\nB;9.812;6,00%\n')).toBe(';');
    expect(detectDelimiter('#,Question,plan\nabc,"yes, very",team\n')).toBe(',');
  });

  it('a sep=; first line sets the delimiter and is dropped; lines keep their physical numbers', () => {
    const f = readDelimited('sep=;\r\na;b\r\n1,5;2\r\n');
    expect(f.delimiter).toBe(';');
    expect(f.sepLine).toBe(true);
    expect(f.records.toArray()).toEqual([{ line: 2, cells: ['a', 'b'] }, { line: 3, cells: ['1,5', '2'] }]);
  });
});

describe('readDelimited (RFC 4180)', () => {
  it('quoted fields with delimiters, doubled quotes and embedded CRLF newlines; each record has its start line', () => {
    const f = readDelimited('id,comment,n\r\n1,"He said ""hi"", twice\r\nthen left",5\r\n2,plain,6\r\n');
    expect(f.records.toArray()).toEqual([
      { line: 1, cells: ['id', 'comment', 'n'] },
      { line: 2, cells: ['1', 'He said "hi", twice\r\nthen left', '5'] },
      { line: 4, cells: ['2', 'plain', '6'] },
    ]);
    expect(f.issues).toEqual([]);
  });

  it('LF, CRLF and lone CR all end records; blank lines are [""] records; a trailing delimiter is an empty field', () => {
    expect(readDelimited('a,b\rc,d\n\ne,\r\n').records.toArray()).toEqual([
      { line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['c', 'd'] }, { line: 3, cells: [''] }, { line: 4, cells: ['e', ''] },
    ]);
  });

  it('a quote inside an unquoted field is literal (Excel does the same)', () => {
    expect(readDelimited('a,b\n5" screen,2\n').records.cells(1)).toEqual(['5" screen', '2']);
  });

  it('an unclosed quote is reported with the line it opened on, not silently repaired', () => {
    const f = readDelimited('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(f.issues).toEqual([{ line: 3, message: 'quoted field opened on line 3 is never closed' }]);
    expect(f.records.record(2)).toMatchObject({ line: 3, error: 'quoted field opened on line 3 is never closed' });
  });

  it('text after a closing quote is reported', () => {
    const f = readDelimited('a,b\n"x"y,2\n');
    expect(f.issues).toEqual([{ line: 2, message: 'text after the closing quote on line 2' }]);
  });

  const field = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('', '"', '""', ',', ';', '\t', '|', '\n', '\r\n', '\r', ' , ', '"a,b"', '#', '# x'),
    fc.array(fc.constantFrom('a', ',', ';', '"', '\n', '\r\n', ' ', 'é', '👍', '\t', '|'), { maxLength: 8 }).map((a) => a.join('')),
  );
  const quote = (s: string, d: string): string => (/["\r\n]/.test(s) || s.includes(d) || s === '' ? `"${s.replace(/"/g, '""')}"` : s);

  it('property: random grids written with quoting (any delimiter, LF or CRLF) read back cell for cell with their start lines', () => {
    fc.assert(fc.property(
      fc.constantFrom(',', ';', '\t', '|'),
      fc.constantFrom('\n', '\r\n'),
      fc.integer({ min: 1, max: 6 }).chain((w) => fc.array(fc.array(field, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 })),
      (d, eol, grid) => {
        let text = '';
        const lines: number[] = [];
        let line = 1;
        for (const row of grid) {
          lines.push(line);
          const rec = row.map((c) => quote(c, d)).join(d);
          text += rec + eol;
          for (const c of row) line += (c.match(/\r\n|\r|\n/g) ?? []).length;
          line++;
        }
        const f = readDelimited(text, { delimiter: d });
        expect(f.issues).toEqual([]);
        expect(f.records.toArray().map((r) => r.cells)).toEqual(grid);
        expect(f.records.toArray().map((r) => r.line)).toEqual(lines);
      },
    ), { numRuns: 1000 });
  });

  it('property: sniffing finds the delimiter of a quoted random table whose cells hold other candidates', () => {
    fc.assert(fc.property(fc.constantFrom(',', ';', '\t', '|'), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 6 }), (d, w, h) => {
      const rows = Array.from({ length: h + 1 }, (_, r) => Array.from({ length: w }, (_, c) => `"${r}${c}${d === ',' ? ';|' : ',|'}"`));
      const text = rows.map((r) => r.join(d)).join('\n');
      expect(detectDelimiter(text)).toBe(d);
    }), { numRuns: 300 });
  });
});

describe('preamble, comments and table splitting', () => {
  it('comment lines: "# ", "#-", "#=", "##", a lone "#", quoted "# …"; never "#," (Typeform\'s header)', () => {
    for (const c of ['# Start date: 20240501', '# ', '#', '#----', '#=====', '##########', '"# Date: May 1, 2024 - May 31, 2024"']) expect(isCommentText(c), c).toBe(true);
    for (const c of ['#,How would you rate?', '#;a', 'Step', '#5 best', '"#",a']) expect(isCommentText(c), c).toBe(false);
  });

  it('trap: the Typeform header starting with "#," is kept as the header', () => {
    const f = readDelimited(new TextDecoder().decode(sampleBytes('typeform_trial_feedback_may2024.csv')));
    const { tables, comments } = splitTables(f);
    expect(comments).toEqual([]);
    expect(tables).toHaveLength(1);
    expect(f.records.cell(tables[0]!.first, 0)).toBe('#');
    expect(f.records.line(tables[0]!.first)).toBe(1);
  });

  it('UA: the preamble, then two tables split on the blank line', () => {
    const f = readDelimited(new TextDecoder().decode(sampleBytes('ua_landing_pages_apr2019.csv')));
    const { tables, comments } = splitTables(f);
    expect(comments.map((c) => c.text)).toEqual(['----------------------------------------', 'All Web Site Data', 'Landing Pages', '20190401-20190430', '----------------------------------------']);
    expect(tables.map((t) => [f.records.line(t.first), f.records.cell(t.first, 0), t.end - t.first])).toEqual([[7, 'Landing Page', 8], [16, 'Day Index', 32]]);
    expect(periodFromComments(comments)).toEqual({ start: '2019-04-01', end: '2019-04-30' });
  });

  it('Adobe: a quoted "# Date" comment with commas, stacked tables on # blocks; period from the range', () => {
    const text = '#=====\n# Freeform\n# Report suite: Demo\n"# Date: May 1, 2024 - May 31, 2024"\n#=====\n\n####\n# Freeform table (1)\n####\n,Visits\n,Visits\nPage,10\na,4\n####\n# Freeform table (2)\n####\n,Orders\n,Orders\nDay,3\n';
    const { tables, comments } = splitTables(readDelimited(text));
    expect(tables.map((t) => t.end - t.first)).toEqual([4, 3]);
    expect(comments.find((c) => c.text.startsWith('Date'))?.text).toBe('Date: May 1, 2024 - May 31, 2024');
    expect(tables[1]!.comments.map((c) => c.text)).toContain('Freeform table (2)');
    expect(periodFromComments(comments)).toEqual({ start: '2024-05-01', end: '2024-05-31' });
  });

  it('GA4: "Start date: YYYYMMDD" / "End date:" give the period', () => {
    const f = readDelimited(new TextDecoder().decode(sampleBytes('ga4_pages_and_screens_may2024.csv')));
    const split = splitTables(f);
    expect(periodFromComments(split.comments)).toEqual({ start: '2024-05-01', end: '2024-05-31' });
    expect(f.records.line(split.tables[0]!.first)).toBe(10);
  });
});

describe('header rows and row validation', () => {
  it('forward-fills merged header cells and combines two or three header rows', () => {
    expect(forwardFill(['Q1', '', '', 'Q2', ''])).toEqual(['Q1', 'Q1', 'Q1', 'Q2', 'Q2']);
    expect(combineHeaderRows([['', 'Visits', 'Visits', 'Orders'], ['', 'Visits', 'Mobile', 'Orders']])).toEqual(['', 'Visits', 'Visits / Mobile', 'Orders']);
    expect(combineHeaderRows([['ID', 'How easy…', ''], ['', 'Response', 'Other']], { fill: [true, false] })).toEqual(['ID', 'How easy… / Response', 'How easy… / Other']);
    expect(findColumn(['\uFEFFStep', 'Active users (% of Step 1)'], 'step', /^active users/)).toBe(0);
    expect(findColumn(['Step', 'Active users (% of Step 1)'], /^active users/)).toBe(1);
  });

  it('wrong field counts and broken quoting exclude the row with its line and reason; empty rows are listed', () => {
    const f = readDelimited('a,b,c\n1,2,3\n4,5\n6,7,8,9\n,,\n10,"x,11\n');
    const check = validateRows(f.records.toArray(1), 3);
    expect(check.rows.map((r) => r.line)).toEqual([2]);
    expect(check.emptyLines).toEqual([5]);
    expect(check.issues).toEqual([
      { line: 3, message: 'expected 3 fields like the header, found 2; row skipped' },
      { line: 4, message: 'expected 3 fields like the header, found 4; row skipped' },
      { line: 6, message: 'quoted field opened on line 6 is never closed; row skipped' },
    ]);
  });
});
