/** Cell parsers: locale numbers (per column), percentages, currencies, durations, dates, missing tokens. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMissingToken } from '../../../shared/kpi/cells/missing';
import { readNumberColumn, parsePercentCell } from '../../../shared/kpi/cells/numberColumn';
import { DE_LOCALE, EN_LOCALE, detectNumberLocale, detectTableLocale, parseLocaleNumber, type NumberLocale } from '../../../shared/kpi/cells/parseNumber';
import { scanNumericCell, currencyCode } from '../../../shared/kpi/cells/currency';
import { parseDuration } from '../../../shared/kpi/cells/parseDuration';
import { fromEpoch, fromExcelSerial, inferDateOrder, parseDateCell, parseDateRange } from '../../../shared/kpi/cells/parseDate';
import { currencyFromFormat, isDateFormat, isPercentFormat } from '../../../shared/kpi/xlsx/numberFormats';
import type { FastColumn } from '../../../shared/kpi/table/readRowsColumn';

describe('numbers by locale', () => {
  const patterns: [string, string[], number[], NumberLocale['decimal'], NumberLocale['thousands']][] = [
    ['English: , thousands, . decimal', ['1,234.56', '3,215', '0.5'], [1234.56, 3215, 0.5], '.', ','],
    ['German: . thousands, , decimal', ['1.234,56', '48.213', '0,42'], [1234.56, 48213, 0.42], ',', '.'],
    ['French: space thousands, , decimal', ['1 234,56', '401 754', '0,5'], [1234.56, 401754, 0.5], ',', ' '],
    ['no-break space thousands', ['1\u00a0234,56', '12\u00a0000'], [1234.56, 12000], ',', ' '],
    ['narrow no-break space thousands', ['1\u202f234,56', '7\u202f500'], [1234.56, 7500], ',', ' '],
    ['space thousands, . decimal', ['401 754', '1 234.5'], [401754, 1234.5], '.', ' '],
    ['Swiss apostrophe thousands', ["1'234.50", "12'000"], [1234.5, 12000], '.', "'"],
    ['decimal comma only', ['38,5', '177,0', '4,2'], [38.5, 177, 4.2], ',', '.'],
    ['Excel exponent', ['1.56888E+11', '2e-3'], [1.56888e11, 0.002], '.', ','],
    ['German exponent', ['1,56888E+11'], [1.56888e11], ',', '.'],
  ];
  it.each(patterns)('%s', (_name, cells, expected, decimal, thousands) => {
    const col = readNumberColumn(cells);
    expect(col.invalid).toEqual([]);
    expect(col.values).toEqual(expected);
    expect(col.locale).toEqual({ decimal, thousands });
  });

  it('signs: -12, −12 (U+2212), +3, (12) accounting, 12-', () => {
    expect(['-12', '−12', '+3', '(12)', '12-'].map((c) => parseLocaleNumber(c, EN_LOCALE))).toEqual([-12, -12, 3, -12, -12]);
  });

  it('decided per COLUMN: in a decimal-comma column "1.5" is an error, not 1.5', () => {
    const col = readNumberColumn(['0,42', '38,5', '1.5']);
    expect(col.locale.decimal).toBe(',');
    expect(col.values).toEqual([0.42, 38.5, null]);
    expect(col.invalid).toEqual([{ index: 2, text: '1.5' }]);
  });

  it('a column of only "48.213"-like cells is undecided: the fallback (the table\'s locale) decides', () => {
    expect(detectNumberLocale(['48.213', '9.812', '611']).decided).toBe(false);
    expect(readNumberColumn(['48.213', '9.812'], { fallback: DE_LOCALE }).values).toEqual([48213, 9812]);
    expect(readNumberColumn(['48.213', '9.812'], { fallback: EN_LOCALE }).values).toEqual([48.213, 9.812]);
    const table = detectTableLocale([['48.213', '9.812'], ['38,5', '177,0']]);
    expect(table.locale).toEqual(DE_LOCALE);
  });

  it('groups must be three digits: "1,5" in an English column and "12,34,567" are errors', () => {
    expect(Number.isNaN(parseLocaleNumber('1,5', EN_LOCALE))).toBe(true);
    expect(Number.isNaN(parseLocaleNumber('12,34,567', EN_LOCALE))).toBe(true);
    expect(Number.isNaN(parseLocaleNumber('abc', EN_LOCALE))).toBe(true);
  });

  it('property: any number written in any locale pattern reads back (per column)', () => {
    const locales: [NumberLocale, string][] = [[EN_LOCALE, ','], [DE_LOCALE, '.'], [{ decimal: ',', thousands: ' ' }, '\u00a0'], [{ decimal: '.', thousands: ' ' }, ' '], [{ decimal: '.', thousands: "'" }, "'"]];
    fc.assert(fc.property(fc.constantFrom(...locales), fc.array(fc.tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 99 })), { minLength: 1, maxLength: 20 }), ([locale, group], nums) => {
      const cells = nums.map(([i, f]) => {
        const abs = Math.abs(i).toString().replace(/\B(?=(\d{3})+(?!\d))/g, group);
        return `${i < 0 ? '-' : ''}${abs}${locale.decimal}${f.toString().padStart(2, '0')}`;
      });
      const col = readNumberColumn(cells, { fallback: locale });
      expect(col.invalid).toEqual([]);
      nums.forEach(([i, f], k) => expect(col.values[k]).toBeCloseTo((i < 0 ? -1 : 1) * (Math.abs(i) + f / 100), 6));
    }), { numRuns: 500 });
  });
});

describe('percentages: strings or fractions, decided per column, never by magnitude', () => {
  it('percent strings become fractions: 12.5%, "12,50%", 0.5 % stays 0.005 (not 50 %)', () => {
    expect(readNumberColumn(['12.5%', '0.5%', '92.41%']).values).toEqual([0.125, 0.005, 0.9241]);
    expect(readNumberColumn(['12,50%', '0,42%']).values).toEqual([0.125, 0.0042]);
    expect(parsePercentCell('12,5 %', DE_LOCALE)).toBe(0.125);
    expect(readNumberColumn(['68,41%']).values).toEqual([0.6841]); // exact decimal, not 0.68409999…
  });

  it('a column without % stays as written (GA4/Adobe fractions such as 0.0012 are not multiplied)', () => {
    const col = readNumberColumn(['0.0012691731028697322', '0.5', '1']);
    expect(col.percent).toBe(false);
    expect(col.values).toEqual([0.0012691731028697322, 0.5, 1]);
  });

  it('in a percent column, a bare 0 is 0 on the same scale', () => {
    expect(readNumberColumn(['5%', '0']).values).toEqual([0.05, 0]);
  });
});

describe('currencies', () => {
  it.each([
    ['£0.00', 0, 'GBP'], ['£68,412.90', 68412.9, 'GBP'], ['$1,234', 1234, 'USD'], ['US$ 0,00', 0, 'USD'],
    ['98.450,00 €', 98450, 'EUR'], ['1.234.567,89 €', 1234567.89, 'EUR'], ['EUR 12', 12, 'EUR'], ['-£5.10', -5.1, 'GBP'], ['£-5.10', -5.1, 'GBP'],
  ] as const)('%s → %d %s', (cell, value, code) => {
    const s = scanNumericCell(cell);
    expect(s?.currency).toBe(code);
    const col = readNumberColumn([cell]);
    expect(col.values[0]).toBeCloseTo(value, 6);
    expect(col.currency).toBe(code);
  });

  it('currency codes and formats: [$£-809] → GBP, "€" suffix → EUR', () => {
    expect(currencyCode('£')).toBe('GBP');
    expect(currencyFromFormat('[$£-809]#,##0.00')).toBe('GBP');
    expect(currencyFromFormat('#,##0.00\\ "€"')).toBe('EUR');
    expect(currencyFromFormat('[$USD] #,##0')).toBe('USD');
    expect(currencyFromFormat('0.00%')).toBeUndefined();
  });
});

describe('durations in each tool\'s unit (→ seconds)', () => {
  it.each([
    ['00:03:07', 'hms', 187], ['00:00:09', 'hms', 9], ['1:02:03', 'hms', 3723], ['100:00:00', 'hms', 360000], ['04:45', 'hms', 285],
    ['41.83192393838278', 'seconds', 41.83192393838278], ['61834567.2341092', 'microseconds', 61.8345672341092], ['1.56888E+11', 'microseconds', 156888],
    ['412700', 'milliseconds', 412.7], ['172800.0', 'seconds', 172800],
  ] as const)('%s as %s = %d s', (cell, unit, seconds) => {
    expect(parseDuration(cell, unit)).toBeCloseTo(seconds, 6);
  });

  it('a clock duration that is not one is NaN (reported by the caller), not 0', () => {
    expect(Number.isNaN(parseDuration('3 min', 'hms'))).toBe(true);
    expect(Number.isNaN(parseDuration('00:61:00', 'hms'))).toBe(true);
  });
});

describe('dates', () => {
  it('forms: YYYYMMDD, ISO with time/zone, 31.05.2024, month names, unambiguous slashes', () => {
    expect(parseDateCell('20240501')).toBe('2024-05-01');
    expect(parseDateCell('2024-05-03 14:22:10', undefined, true)).toBe('2024-05-03T14:22:10Z');
    expect(parseDateCell('2024-05-03T10:21:44Z')).toBe('2024-05-03T10:21:44Z');
    expect(parseDateCell('2024-05-03T12:21:44+02:00')).toBe('2024-05-03T10:21:44Z');
    expect(parseDateCell('31.05.2024')).toBe('2024-05-31');
    expect(parseDateCell('May 1, 2024')).toBe('2024-05-01');
    expect(parseDateCell('1 May 2024')).toBe('2024-05-01');
    expect(parseDateCell('16/04/2015')).toBe('2015-04-16');
    expect(parseDateCell('9/11/2022 17:54', 'MDY')).toBe('2022-09-11T17:54:00');
    expect(parseDateCell('05/31/2024 02:05:09 PM')).toBe('2024-05-31T14:05:09');
  });

  it('impossible dates are not dates', () => {
    expect(parseDateCell('31/02/2024', 'DMY')).toBeUndefined();
    expect(parseDateCell('20240230')).toBeUndefined();
  });

  it('DMY vs MDY is inferred per column; a column nothing decides is flagged ambiguous', () => {
    expect(inferDateOrder(['01/04/2019', '13/04/2019'])).toEqual({ order: 'DMY', ambiguous: false, conflict: false });
    expect(inferDateOrder(['04/01/2019', '04/13/2019'])).toEqual({ order: 'MDY', ambiguous: false, conflict: false });
    expect(inferDateOrder(['01/04/2019', '02/04/2019'])).toEqual({ order: undefined, ambiguous: true, conflict: false });
    expect(inferDateOrder(['13/04/2019', '04/13/2019']).conflict).toBe(true);
    expect(parseDateCell('01/04/2019')).toBeUndefined(); // undecidable without an order
  });

  it('ranges: Adobe "May 1, 2024 - May 31, 2024", UA "20190401-20190430"', () => {
    expect(parseDateRange('May 1, 2024 - May 31, 2024')).toEqual({ start: '2024-05-01', end: '2024-05-31' });
    expect(parseDateRange('20190401-20190430')).toEqual({ start: '2019-04-01', end: '2019-04-30' });
  });

  it('epoch seconds (Delighted) and milliseconds (Google Play), unit from the source', () => {
    expect(fromEpoch(1714731704, 's')).toBe('2024-05-03T10:21:44Z');
    expect(fromEpoch(1714731704000, 'ms')).toBe('2024-05-03T10:21:44Z');
  });

  it('xlsx serials: 1900 system (with the phantom 1900-02-29) and 1904 system', () => {
    expect(fromExcelSerial(45443)).toBe('2024-05-31');
    expect(fromExcelSerial(45432)).toBe('2024-05-20');
    expect(fromExcelSerial(45415.431759259)).toBe('2024-05-03T10:21:44');
    expect(fromExcelSerial(1)).toBe('1900-01-01');
    expect(fromExcelSerial(59)).toBe('1900-02-28');
    expect(fromExcelSerial(60)).toBeUndefined();
    expect(fromExcelSerial(61)).toBe('1900-03-01');
    expect(fromExcelSerial(0, true)).toBe('1904-01-01');
    expect(fromExcelSerial(45443 - 1462, true)).toBe('2024-05-31');
  });

  it('number formats: 14 and yyyy-mm-dd are dates, [h]:mm:ss and h:mm are not, 0.0% is a percent', () => {
    expect(isDateFormat('mm-dd-yy')).toBe(true);
    expect(isDateFormat('yyyy\\-mm\\-dd\\ hh:mm:ss')).toBe(true);
    expect(isDateFormat('[h]:mm:ss')).toBe(false);
    expect(isDateFormat('[$£-809]#,##0.00')).toBe(false);
    expect(isPercentFormat('0.0%')).toBe(true);
    expect(isPercentFormat('"%"0')).toBe(false);
  });
});

describe('error and placeholder tokens', () => {
  it('#DIV/0!, #N/A, #NV, —, N/A and empty are missing', () => {
    for (const t of ['', '  ', '#DIV/0!', '#N/A', '#NV', '—', 'N/A', 'n/a', '#WERT!', '#VALUE!']) expect(isMissingToken(t), JSON.stringify(t)).toBe(true);
    expect(readNumberColumn(['#DIV/0!', '5', '#NV', '']).values).toEqual([null, 5, null, null]);
  });

  it('(not set) and Unspecified are real members, not missing', () => {
    expect(isMissingToken('(not set)')).toBe(false);
    expect(isMissingToken('Unspecified')).toBe(false);
  });

  it('trap: #DIV/0! is missing, never 0', () => {
    const col = readNumberColumn(['#DIV/0!']);
    expect(col.values[0]).toBeNull();
    expect(col.invalid).toEqual([]);
  });
});

describe('the fast column reader gives the same numbers as the general one', () => {
  /** The rows of a CSV written from `grid` (quoted where needed), as the importer reads them. */
  const textRows = async (grid: readonly (readonly string[])[]) => {
    const { readDelimited } = await import('../../../shared/kpi/text/readDelimited');
    const { TextRows } = await import('../../../shared/kpi/table/TableRows');
    const quote = (c: string) => (c === '' || /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const { records } = readDelimited(grid.map((r) => r.map(quote).join(',')).join('\n'), { delimiter: ',' });
    return new TextRows(records, 0, records.length);
  };

  it('property: random decimal strings read through readRowsColumn equal Number() and readNumberColumn', async () => {
    const { readRowsColumn } = await import('../../../shared/kpi/table/readRowsColumn');
    await fc.assert(fc.asyncProperty(fc.array(fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => String(d)).filter((s) => !/e/i.test(s)),
      fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.nat({ max: 999_999_999 })).map(([a, b]) => `${a}.${b}`),
      fc.stringMatching(/^-?\d{1,17}(\.\d{1,22})?$/),
    ), { minLength: 1, maxLength: 30 }), async (cells) => {
      const rows = await textRows(cells.map((c) => [c]));
      const fast = readRowsColumn(rows, 0, { fallbackLocale: EN_LOCALE })!;
      const slow = readNumberColumn(cells, { fallback: EN_LOCALE });
      cells.forEach((c, i) => {
        expect(Object.is(fast.value(i), Number(c)) || (fast.value(i) === 0 && Number(c) === 0), c).toBe(true);
        expect(fast.value(i)).toBe(slow.values[i]);
      });
    }), { numRuns: 500 });
  });

  it('property: a column read from the text equals the general reader (readColumn) on the same cells', async () => {
    const { readRowsColumn } = await import('../../../shared/kpi/table/readRowsColumn');
    const { readColumn } = await import('../../../shared/kpi/table/readColumn');
    const cell = fc.oneof(
      fc.stringMatching(/^-?\d{1,6}(\.\d{1,3})?$/),
      fc.constantFrom('1,234', '1.234,5', '12%', '45.5 %', '-3%', '$1,200.50', '€3', '£-2', '(12)', '(not set)', '', '-', 'n/a', '#DIV/0!', 'abc', ' 7 ', '1e3', '0,5'),
      fc.stringMatching(/^\d{1,3}(,\d{3}){1,2}(\.\d{1,2})?$/),
    );
    const options = fc.constantFrom<Record<string, unknown>>({}, { percentPoints: true }, { duration: 'milliseconds' }, { fallbackLocale: DE_LOCALE });
    await fc.assert(fc.asyncProperty(fc.array(cell, { minLength: 1, maxLength: 40 }), options, async (cells, o) => {
      const opts = { fallbackLocale: EN_LOCALE, ...o } as never;
      const fast = readRowsColumn(await textRows(cells.map((c) => [c])), 0, opts)!;
      const general = readColumn(cells, opts);
      expect(cells.map((_, j) => { const v = fast.value(j); return Number.isNaN(v) ? null : v; })).toEqual(general.values);
      expect(fast.invalid).toEqual(general.invalid);
      expect([fast.percent, fast.currency, fast.locale]).toEqual([general.percent, general.currency, general.locale]);
    }), { numRuns: 500 });
  }, 30_000);

  it('property: columns read together in one pass equal each column read alone', async () => {
    const { readRowsColumn, readRowsColumns } = await import('../../../shared/kpi/table/readRowsColumn');
    const cell = fc.oneof(
      fc.stringMatching(/^-?\d{1,6}(\.\d{1,3})?$/), // plain
      fc.constantFrom('1,234', '1.234,5', '12%', '45.5 %', '$1,200.50', '€3', '(not set)', '', '-', 'n/a', 'abc', ' 7 ', '00:01:30'),
      fc.stringMatching(/^\d{1,3}(,\d{3}){1,2}(\.\d{1,2})?$/), // grouped
    );
    const options = fc.constantFrom<Record<string, unknown>>({}, { percentPoints: true }, { duration: 'milliseconds' }, { duration: 'hms' }, { fallbackLocale: { decimal: ',', group: '.' } });
    await fc.assert(fc.asyncProperty(
      fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 }),
      fc.array(fc.tuple(fc.nat(3), options), { minLength: 1, maxLength: 4 }),
      async (table, cols) => {
        const rows = await textRows(table);
        const requests = cols.map(([index, o]) => ({ index, options: { fallbackLocale: EN_LOCALE, ...o } as never }));
        // a column as plain data: every value, and what the column is
        const seen = (c: FastColumn | undefined) => c && { values: Array.from({ length: rows.length }, (_, j) => c.value(j)), invalid: c.invalid, percent: c.percent, currency: c.currency, locale: c.locale };
        const together = readRowsColumns(rows, requests);
        requests.forEach((r, k) => expect(seen(together[k])).toEqual(seen(readRowsColumn(rows, r.index, r.options))));
      },
    ), { numRuns: 400 });
  }, 30_000);
});
