/** Which columns of a table are numeric (for KPI tables and the generic import). */
import { isMissingToken } from '../../cells/missing';
import { parseClockDuration } from '../../cells/parseDuration';
import type { NumberLocale } from '../../cells/parseNumber';
import type { DataTable } from '../../table/dataTable';
import { cellText } from '../../table/TableRows';
import { readColumn } from '../../table/readColumn';

export type ColumnShape = 'numeric' | 'duration' | 'text' | 'empty';

/**
 * The shape of column `c` from its data cells (rows after `headerRows`, at most `sample`
 * looked at): numeric when at least 80 % of the non-missing cells read as numbers in the
 * column's locale (the rest then become row errors), duration when they are `hh:mm:ss`.
 */
export function columnShape(table: DataTable, c: number, headerRows: number, locale: NumberLocale, sample = 5000): ColumnShape {
  const cells = table.rows.column(c, headerRows, headerRows + sample).map((x) => x ?? null);
  const present = cells.filter((x) => !(x === null || (typeof x === 'string' ? isMissingToken(x.trim()) : x.type === 'string' && isMissingToken(x.value.trim()))));
  if (present.length === 0) return 'empty';
  if (present.some((x) => typeof x === 'object' && x !== null && (x.type === 'date' || x.type === 'boolean'))) return 'text';
  const texts = present.map((x) => cellText(x).trim());
  if (texts.filter((t) => !Number.isNaN(parseClockDuration(t)) && t.includes(':')).length >= present.length * 0.8) return 'duration';
  const read = readColumn(present, { fallbackLocale: locale });
  return read.invalid.length <= present.length * 0.2 ? 'numeric' : 'text';
}
