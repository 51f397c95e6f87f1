/**
 * Qualtrics response export (CSV/TSV, numeric values), FORMATS.md 2.9: three header rows —
 * export tag (`Q1`, `ResponseId`), question text, `{"ImportId":…}` JSON — then responses.
 *
 * - Status: 0 (IP Address) and 4 (Imported) are kept; 1 Survey Preview, 2 Survey Test,
 *   8 Spam, 9 Preview Spam, 16 Offline, 17 Offline Preview are excluded, each with its line
 *   in the notes; any other code is an error and the row is excluded (unknown meaning).
 * - Finished = 0 is a partial response: options.partialResponses (default include).
 * - `Qn_NPS_GROUP` marks Qn as the NPS question and must agree with it (1 Detractor,
 *   2 Passive, 3 Promoter); a disagreement is an error on the line, the score is kept.
 * - Single questions are CSAT when the text says "satisf…", CES when it says "easy",
 *   "effort" or "difficult" (direction from the text, options override), NPS by the group
 *   column or "recommend"; items of a satisfaction matrix (`Q4_1` … with "question - item"
 *   text) are per-item CSAT, scoped `item (Q4)`; `…_TEXT` columns are comments; other
 *   questions (multiple answer, other matrices) are listed as not read.
 * - Embedded data (ImportId not a QID or built-in field): the `touchpoint` field (or
 *   options.touchpointField) gives the responses' scope; other fields with repeated values
 *   are breakdowns (`total / plan=…`); fields whose values are all distinct are identifiers.
 */
import type { ImportIssue, ImportOptions, KpiSource, SourceInput, SourceResult } from '../../types';
import { normalizeHeader } from '../../text/headerRows';
import { applyPartialPolicy, partialPolicy } from '../../survey/partialPolicy';
import { isNpsAnswer, npsCategory, NPS_GROUP_CODES } from '../../survey/npsScore';
import { DEFAULT_CSAT_SCALE, isScaleAnswer } from '../../survey/csatScore';
import { choiceScore, type ChoiceScaleKind } from '../../survey/choiceScales';
import { inferDateOrder, parseDateCell, type DateOrder } from '../../cells/parseDate';
import type { SurveyQuestions, SurveyResponse } from '../../survey/surveyMetrics';
import { dataRows, findGrid, type Grid } from './surveyGrid';
import { cellAt, hasRepeats, isBreakdown, linesText, periodOf, plural, readAnswer } from './surveyCells';
import { responseFeedback, surveyResult } from './surveyResult';

const EXCLUDED_STATUS: Record<string, string> = {
  '1': 'Survey Preview', '2': 'Survey Test', '8': 'Spam', '9': 'Preview Spam', '16': 'Offline', '17': 'Offline Preview',
};
const KEPT_STATUS = new Set(['0', '4']);
/** Choice-text exports write names instead of codes. */
const GROUP_NAMES: Record<string, string> = { detractor: '1', passive: '2', promoter: '3' };
const STATUS_NAMES: Record<string, string> = {
  'ip address': '0', imported: '4', 'survey preview': '1', 'survey test': '2', spam: '8', 'preview spam': '9', offline: '16', 'offline preview': '17',
};
const BUILTIN = new Set(['startdate', 'enddate', 'status', 'ipaddress', 'progress', 'duration', 'finished', 'recordeddate', '_recordid',
  'recipientlastname', 'recipientfirstname', 'recipientemail', 'externaldatareference', 'locationlatitude', 'locationlongitude',
  'distributionchannel', 'userlanguage']);

interface ImportId { id: string; timeZone?: string }

function parseImportId(cell: string): ImportId | undefined {
  if (!cell.trim().startsWith('{')) return undefined;
  try {
    const v = JSON.parse(cell) as { ImportId?: unknown; timeZone?: unknown };
    if (typeof v.ImportId !== 'string') return undefined;
    return typeof v.timeZone === 'string' ? { id: v.ImportId, timeZone: v.timeZone } : { id: v.ImportId };
  } catch {
    return undefined;
  }
}

const isQualtricsHeader = (h: string[]) => h.includes('responseid') && h.includes('status') && h.includes('finished');

function findQualtrics(input: SourceInput): Grid | undefined {
  const g = findGrid(input, isQualtricsHeader);
  if (!g || g.rows.length < 3) return undefined;
  const ids = g.rows[2]!.cells.map(parseImportId);
  return ids.filter(Boolean).length >= ids.length / 2 ? g : undefined;
}

interface Columns {
  tags: string[];
  labels: string[];
  importIds: (ImportId | undefined)[];
}

const col = (c: Columns, tag: string) => c.tags.findIndex((t) => normalizeHeader(t) === tag.toLowerCase());

/**
 * Choice-text exports: NPS as "10 - Extremely likely" (the leading number is the answer),
 * ratings as labels of a 5-point satisfaction or ease scale when the question's scale has
 * 5 points. Anything else goes to readAnswer, which reports it.
 */
function choiceText(cell: string, kind: 'nps' | ChoiceScaleKind, scale: number): string {
  const lead = /^(\d{1,2})\s+-\s+\S/.exec(cell);
  if (kind === 'nps') return lead ? lead[1]! : cell;
  if (scale !== 5) return cell;
  const v = choiceScore(cell, kind);
  return v === undefined ? cell : String(v);
}

function cesDirection(label: string, options: ImportOptions): boolean {
  if (typeof options.cesHigherIsEasier === 'boolean') return options.cesHigherIsEasier;
  return !/effort|difficult|hard/i.test(label) || /easy/i.test(label);
}

export const qualtricsSource: KpiSource = {
  id: 'qualtrics',
  label: 'Qualtrics',
  recognize: (input) => (findQualtrics(input) ? 1 : 0),
  extract(input, options): SourceResult {
    const grid = findQualtrics(input);
    if (!grid) throw new Error('Not a Qualtrics export');
    const c: Columns = { tags: grid.rows[0]!.cells, labels: grid.rows[1]!.cells, importIds: grid.rows[2]!.cells.map(parseImportId) };
    const errors: ImportIssue[] = [];
    const notes: string[] = [];
    const checked = dataRows(grid, 3, c.tags.length);
    errors.push(...checked.errors);
    notes.push(...checked.notes);

    const iStatus = col(c, 'Status');
    const iFinished = col(c, 'Finished');
    const iId = col(c, 'ResponseId');
    const iStart = col(c, 'StartDate');
    const iEnd = col(c, 'EndDate');
    const zone = c.importIds[iStart]?.timeZone;

    // Question columns by ImportId.
    let npsCol = -1;
    let npsGroupCol = -1;
    let csatCol = -1;
    let cesCol = -1;
    const textCols: number[] = [];
    const matrix = new Map<string, number[]>();
    const embedded: number[] = [];
    c.importIds.forEach((imp, i) => {
      const id = imp?.id ?? '';
      if (/^QID\d+_NPS_GROUP$/i.test(id)) { npsGroupCol = i; return; }
      if (/^QID\d+(_\d+)?_TEXT$/i.test(id)) { textCols.push(i); return; }
      const item = /^(QID\d+)_(\d+)$/i.exec(id);
      if (item) { matrix.set(item[1]!, [...(matrix.get(item[1]!) ?? []), i]); return; }
      if (/^QID\d+$/i.test(id)) return; // single questions, classified below
      if (id && !BUILTIN.has(id.toLowerCase()) && !id.startsWith('_')) embedded.push(i);
    });
    if (npsGroupCol >= 0) {
      const base = c.importIds[npsGroupCol]!.id.replace(/_NPS_GROUP$/i, '');
      npsCol = c.importIds.findIndex((imp) => imp?.id === base);
    }
    const unread: string[] = [];
    c.importIds.forEach((imp, i) => {
      if (!imp || !/^QID\d+$/i.test(imp.id) || i === npsCol) return;
      const label = c.labels[i] ?? '';
      if (csatCol < 0 && /satisf/i.test(label)) csatCol = i;
      else if (cesCol < 0 && /\beas(y|ier|e)\b|effort|difficult/i.test(label)) cesCol = i;
      else if (npsCol < 0 && /recommend/i.test(label)) npsCol = i;
      else unread.push(c.tags[i]!);
    });

    const csatScale = typeof options.csatScale === 'number' ? options.csatScale : DEFAULT_CSAT_SCALE;
    const cesScale = typeof options.cesScale === 'number' ? options.cesScale : 7;
    const cesHigherIsEasier = cesCol >= 0 ? cesDirection(c.labels[cesCol] ?? '', options) : true;
    // Matrix items are read as CSAT when the question asks about satisfaction; multiple-answer
    // columns ("… - Selected Choice - …", 1 = ticked) and other matrices are not ratings of that kind.
    for (const [qid, cols] of [...matrix]) {
      const label = c.labels[cols[0]!] ?? '';
      if (/ - Selected Choice/i.test(label) || !/satisf/i.test(label)) {
        matrix.delete(qid);
        unread.push(...cols.map((i) => c.tags[i]!));
      }
    }
    if (unread.length) notes.push(`Not read (not an NPS, CSAT or CES question): ${unread.join(', ')}`);
    const items = [...matrix.values()].flat().map((i) => {
      const label = c.labels[i] ?? c.tags[i]!;
      const dash = label.lastIndexOf(' - ');
      const q = /^(.*)_\d+$/.exec(c.tags[i]!)?.[1] ?? c.tags[i]!;
      return { i, scope: `${dash >= 0 ? label.slice(dash + 3).trim() : label} (${q})`, scale: csatScale };
    });

    const tpOption = typeof options.touchpointField === 'string' ? options.touchpointField.toLowerCase() : 'touchpoint';
    const tpCol = embedded.find((i) => c.tags[i]!.toLowerCase() === tpOption) ?? -1;
    const segmentCols = embedded.filter((i) => i !== tpCol && isBreakdown(checked.rows.map((r) => cellAt(r.cells, i))));
    const rest = embedded.filter((i) => i !== tpCol && !segmentCols.includes(i));
    const idCols = rest.filter((i) => !hasRepeats(checked.rows.map((r) => cellAt(r.cells, i))));
    for (const i of rest.filter((x) => !idCols.includes(x))) notes.push(`Embedded data "${c.tags[i]}" has one value on every row: not a breakdown`);
    if (tpCol >= 0) notes.push(`Responses scoped by embedded data "${c.tags[tpCol]}"`);
    if (idCols.length) notes.push(`Embedded data read as identifiers (every value distinct), not breakdowns: ${idCols.map((i) => c.tags[i]).join(', ')}`);

    const q: SurveyQuestions = {
      nps: npsCol >= 0,
      csat: csatCol >= 0 ? csatScale : false,
      ces: cesCol >= 0 ? { scale: cesScale, higherIsEasier: cesHigherIsEasier } : false,
      stars: false,
      items: items.map(({ scope, scale }) => ({ scope, scale })),
      segments: segmentCols.map((i) => c.tags[i]!),
    };
    if (q.csat !== false) notes.push(`CSAT: ${c.tags[csatCol]} on 1–${csatScale}, top-2-box = ${csatScale - 1}–${csatScale}`);
    if (q.ces !== false) notes.push(`CES: ${c.tags[cesCol]} on 1–${cesScale}, ${cesHigherIsEasier ? 'higher' : 'lower'} = easier`);
    if (zone) notes.push(`Times are local to ${zone} (from the ImportId row)`);

    // Native exports write YYYY-MM-DD; a file re-saved in Excel writes 9/11/2022 17:54.
    const dateCells = checked.rows.flatMap((r) => [cellAt(r.cells, iStart), cellAt(r.cells, iEnd)]);
    const inferred = inferDateOrder(dateCells);
    const dateOrder: DateOrder | undefined = inferred.order ?? (options.dateOrder === 'DMY' || options.dateOrder === 'MDY' ? options.dateOrder : undefined);
    if (inferred.ambiguous && !inferred.order) {
      notes.push(dateOrder ? `Dates read as ${dateOrder} (options.dateOrder; no date in the file decides)` : 'Dates could be DMY or MDY and no date decides: no period (set options.dateOrder)');
    }

    const excluded: Record<string, number[]> = {};
    const candidates: (SurveyResponse & { texts: string[]; start?: string; end?: string })[] = [];
    for (const row of checked.rows) {
      const cells = row.cells;
      const rawStatus = cellAt(cells, iStatus);
      const status = STATUS_NAMES[rawStatus.toLowerCase()] ?? rawStatus;
      if (iStatus >= 0 && !KEPT_STATUS.has(status)) {
        const name = EXCLUDED_STATUS[status];
        if (name) (excluded[`Status ${status} (${name})`] ??= []).push(row.line);
        else errors.push({ line: row.line, message: `Status "${rawStatus}" is not a known Qualtrics status; response excluded` });
        continue;
      }
      const finished = cellAt(cells, iFinished);
      const r: SurveyResponse & { texts: string[]; start?: string; end?: string } = {
        line: row.line, finished: !/^(0|false)$/i.test(finished), segments: {}, items: {}, texts: textCols.map((i) => cells[i] ?? ''),
      };
      const id = cellAt(cells, iId);
      if (id) r.respondentId = id;
      const tp = cellAt(cells, tpCol);
      if (tp) r.touchpoint = tp;
      for (const i of segmentCols) { const v = cellAt(cells, i); if (v) r.segments[c.tags[i]!] = v; }
      if (npsCol >= 0) {
        const v = readAnswer(choiceText(cellAt(cells, npsCol), 'nps', 11), row.line, c.tags[npsCol]!, isNpsAnswer, '0–10', errors);
        if (v !== undefined) r.nps = v;
        const rawGroup = cellAt(cells, npsGroupCol);
        const g = GROUP_NAMES[rawGroup.toLowerCase()] ?? rawGroup;
        if (npsGroupCol >= 0 && (g !== '' || v !== undefined)) {
          const expected = v === undefined ? undefined : NPS_GROUP_CODES[npsCategory(v)];
          if (String(expected ?? '') !== g) {
            errors.push({ line: row.line, message: `${c.tags[npsGroupCol]} is "${rawGroup}" but ${c.tags[npsCol]} = ${v ?? 'empty'} means ${expected ?? 'no group'} (1 Detractor, 2 Passive, 3 Promoter); the ${c.tags[npsCol]} answer is kept` });
          }
        }
      }
      if (csatCol >= 0) { const v = readAnswer(choiceText(cellAt(cells, csatCol), 'satisfaction', csatScale), row.line, c.tags[csatCol]!, (x) => isScaleAnswer(x, csatScale), `1–${csatScale}`, errors); if (v !== undefined) r.csat = v; }
      if (cesCol >= 0) { const v = readAnswer(choiceText(cellAt(cells, cesCol), 'ease', cesScale), row.line, c.tags[cesCol]!, (x) => isScaleAnswer(x, cesScale), `1–${cesScale}`, errors); if (v !== undefined) r.ces = v; }
      for (const it of items) {
        const v = readAnswer(choiceText(cellAt(cells, it.i), 'satisfaction', it.scale), row.line, c.tags[it.i]!, (x) => isScaleAnswer(x, it.scale), `1–${it.scale}`, errors);
        if (v !== undefined) r.items[it.scope] = v;
      }
      const start = parseDateCell(cellAt(cells, iStart), dateOrder);
      const end = parseDateCell(cellAt(cells, iEnd), dateOrder);
      if (start) r.start = start;
      if (end) r.end = end;
      candidates.push(r);
    }
    for (const [why, lines] of Object.entries(excluded)) notes.push(`${plural(lines.length, 'response')} excluded, ${why}: ${linesText(lines)}`);

    const policy = applyPartialPolicy(candidates, partialPolicy(options));
    if (policy.note) notes.push(policy.note);
    const kept = policy.kept;
    const feedback = kept.flatMap((r) => responseFeedback(r, q, r.texts));
    const period = periodOf([...kept.map((r) => r.start), ...kept.map((r) => r.end)]);
    return surveyResult({
      source: 'qualtrics', rowsRead: checked.read, responses: kept, questions: q, feedback, errors, notes,
      ...(period ? { period } : {}),
    });
  },
};
