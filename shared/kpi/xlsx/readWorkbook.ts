/**
 * .xlsx → `Sheet[]` with typed cells, synchronously and without Node or DOM APIs.
 *
 * Why not read-excel-file 9.3.17 (installed): its browser-safe entry `read-excel-file/universal`
 * (fflate + saxen, no Node imports) works in Node and in a worker, but (1) it only has an async
 * API, while `importKpiFile` is a synchronous function, and (2) it returns bare numbers: the
 * number format is dropped, and that is exactly what tells a percent cell (a fraction) or a
 * `[$£-809]` currency cell from a plain number. So the workbook is read here with fflate
 * (installed; read-excel-file's own unzipper) and a small SpreadsheetML reader; the tests
 * cross-check every value of the sample against read-excel-file/universal.
 *
 * The zip is inspected (entries, declared sizes, ratios) before anything is inflated.
 */
import type { Sheet, SheetCell } from '../types';
import { fromExcelSerial } from '../cells/parseDate';
import { inspectZip, readZipEntry, type ZipEntry, type ZipLimits, type ZipResult } from './inspectZip';
import { BUILTIN_FORMATS, isDateFormat } from './numberFormats';
import { attributes, decodeXml, runText } from './xmlText';

export interface Workbook {
  sheets: Sheet[];
  /** The workbook's date system (`workbookPr date1904`): serial 0 = 1904-01-01. */
  date1904: boolean;
}

export type ReadWorkbookOptions = ZipLimits;

const utf8 = (b: Uint8Array): string => new TextDecoder('utf-8').decode(b);

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) if (p === '..') out.pop(); else if (p !== '.') out.push(p);
  return out.join('/');
}

function parseStyles(xml: string | undefined): (string | undefined)[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    if (a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const formats: (string | undefined)[] = [];
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)) {
    const id = Number(attributes(m[1]!).numFmtId ?? 0);
    formats.push(custom.get(id) ?? BUILTIN_FORMATS[id]);
  }
  return formats;
}

function parseSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) out.push(m[1] ? runText(m[1]) : '');
  return out;
}

function parseSheet(name: string, xml: string, strings: string[], formats: (string | undefined)[], date1904: boolean): Sheet {
  const rows: SheetCell[][] = [];
  let nextRow = 0;
  for (const rm of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const ra = attributes(rm[1]!);
    const r = ra.r ? Number(ra.r) - 1 : nextRow;
    nextRow = r + 1;
    const row: SheetCell[] = [];
    let nextCol = 0;
    for (const cm of (rm[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const a = attributes(cm[1]!);
      const c = a.r ? columnIndex(a.r) : nextCol;
      nextCol = c + 1;
      const body = cm[2] ?? '';
      const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      const t = a.t ?? 'n';
      let cell: SheetCell = null;
      if (t === 's') {
        const s = v === undefined ? undefined : strings[Number(v)];
        cell = s === undefined ? null : { type: 'string', value: s };
      } else if (t === 'inlineStr') {
        cell = { type: 'string', value: runText(body) };
      } else if (t === 'str' || t === 'e') {
        cell = v === undefined || v === '' ? null : { type: 'string', value: decodeXml(v) };
      } else if (t === 'b') {
        cell = v === undefined ? null : { type: 'boolean', value: v.trim() === '1' || v.trim() === 'true' };
      } else if (t === 'd') {
        cell = v ? { type: 'date', value: decodeXml(v).trim().replace(/\.000Z?$|Z$/, '') } : null;
      } else if (v !== undefined && v.trim() !== '') {
        const num = Number(v);
        const format = a.s !== undefined ? formats[Number(a.s)] : undefined;
        if (Number.isNaN(num)) cell = { type: 'string', value: decodeXml(v) };
        else if (format && isDateFormat(format) && fromExcelSerial(num, date1904)) cell = { type: 'date', value: fromExcelSerial(num, date1904)! };
        else cell = format && format !== 'General' ? { type: 'number', value: num, format } : { type: 'number', value: num };
      }
      while (row.length < c) row.push(null);
      row[c] = cell;
    }
    while (rows.length < r) rows.push([]);
    rows[r] = row;
  }
  return { name, rows };
}

/**
 * Reads an .xlsx workbook: every worksheet in workbook order, cells typed (shared and inline
 * strings, numbers with their format code, date-formatted serials as ISO dates in the
 * workbook's 1900 or 1904 system, booleans, formula cells by their cached value, error
 * cells as their text such as `#DIV/0!`). Refuses zip bombs and damaged archives with a
 * message; never throws.
 */
export function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): ZipResult<Workbook> {
  try {
    const listing = inspectZip(bytes, options);
    if (!listing.ok) return listing;
    const byName = new Map<string, ZipEntry>(listing.value.map((e) => [e.name, e]));
    const text = (name: string): ZipResult<string | undefined> => {
      const e = byName.get(name);
      if (!e) return { ok: true, value: undefined };
      const r = readZipEntry(bytes, e);
      return r.ok ? { ok: true, value: utf8(r.value) } : r;
    };
    const wb = text('xl/workbook.xml');
    if (!wb.ok) return wb;
    if (wb.value === undefined) return { ok: false, message: 'a zip archive but not an .xlsx workbook (no xl/workbook.xml)' };
    const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*"(?:1|true)"/.test(wb.value);
    const rels = text('xl/_rels/workbook.xml.rels');
    if (!rels.ok) return rels;
    const targets = new Map<string, string>();
    for (const m of (rels.value ?? '').matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
      const a = attributes(m[1]!);
      if (a.Id && a.Target) targets.set(a.Id, resolveTarget(a.Target));
    }
    const styles = text('xl/styles.xml');
    if (!styles.ok) return styles;
    const shared = text('xl/sharedStrings.xml');
    if (!shared.ok) return shared;
    const formats = parseStyles(styles.value);
    const strings = parseSharedStrings(shared.value);
    const sheets: Sheet[] = [];
    let n = 0;
    for (const m of wb.value.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
      n++;
      const a = attributes(m[1]!);
      const path = (a.id && targets.get(a.id)) || `xl/worksheets/sheet${n}.xml`;
      const xml = text(path);
      if (!xml.ok) return xml;
      if (xml.value === undefined) continue; // a chart sheet or a missing part
      sheets.push(parseSheet(a.name ?? `Sheet${n}`, xml.value, strings, formats, date1904));
    }
    return { ok: true, value: { sheets, date1904 } };
  } catch (e) {
    return { ok: false, message: `unreadable workbook: ${e instanceof Error ? e.message : String(e)}` };
  }
}
