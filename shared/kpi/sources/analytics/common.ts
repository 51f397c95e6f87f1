/** Small helpers the analytics sources share. */
import type { ImportOptions, SourceInput, SourceResult } from '../../types';
import { defaultLocaleFor, detectTableLocale, type NumberLocale } from '../../cells/parseNumber';
import type { DataTable } from '../../table/dataTable';
import { cellText } from '../../table/TableRows';
import { normalizeHeader } from '../../text/headerRows';
import { MetricSink } from '../metricSink';

/** The header names of row `row` of a table (text of each cell, BOM-free). */
export function headerNames(table: DataTable, row = 0): string[] {
  return (table.rows.at(row)?.cells ?? []).map((c) => cellText(c).replace(/^\uFEFF/, '').trim());
}

/** Normalized header names of row `row`. */
export function normalizedHeaders(table: DataTable, row = 0): string[] {
  return headerNames(table, row).map(normalizeHeader);
}

/** One locale for a table's string cells (the first `sample` rows after `headerRows`), falling back to the delimiter's habit. */
export function tableLocale(table: DataTable, headerRows: number, input: SourceInput, sample = 5000): NumberLocale {
  const fallback = defaultLocaleFor(input.delimited?.delimiter);
  function* cells(): Generator<string> {
    const rows = table.rows;
    for (let i = headerRows; i < rows.length && i < headerRows + sample; i++) {
      const width = rows.width(i);
      for (let c = 0; c < width; c++) { const cell = rows.cell(i, c); if (typeof cell === 'string') yield cell; }
    }
  }
  return detectTableLocale([cells()], fallback).locale;
}

/** An empty result to fill in. */
export function emptyResult(source: string): SourceResult {
  return { source, rowsRead: 0, rowsImported: 0, errors: [], notes: [], metrics: [], feedback: [] };
}

/** Finishes a result: metrics from the sink, its overflow reported. */
export function finish(result: SourceResult, sink: MetricSink): SourceResult {
  result.metrics = sink.metrics;
  const overflow = sink.overflowMessage();
  if (overflow) result.errors.push({ line: 0, message: overflow });
  return result;
}

/** The currency the user set (`options.currency`, an ISO code), if any. */
export function optionCurrency(options: ImportOptions): string | undefined {
  const c = options.currency;
  return typeof c === 'string' && /^[A-Z]{3}$/.test(c) ? c : undefined;
}

export { MetricSink };
