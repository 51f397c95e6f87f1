/**
 * Error and placeholder tokens that mean "no value": spreadsheet errors in English and
 * German (`#DIV/0!`, `#N/A`, `#NV`, `#WERT!`…), dashes and `N/A`, and the empty cell.
 * `(not set)` (Google) and `Unspecified` (Adobe) are NOT missing: they are real dimension
 * members and stay as text.
 */
const TOKENS = new Set([
  '', '#div/0!', '#n/a', '#nv', '#na', '#value!', '#wert!', '#ref!', '#bezug!', '#name?', '#name!', '#num!', '#zahl!',
  '#null!', '#spill!', '#überlauf!', '#calc!', '#getting_data', '—', '–', 'n/a', 'nan', 'null', 'none',
]);

/** Whether a cell holds no value (see the module comment). Case and outer spaces are ignored. */
export function isMissingToken(cell: string): boolean {
  if (cell.length === 0) return true;
  if (cell.length > 16) return false;
  const c = cell.charCodeAt(0);
  // fast exits: a digit, '-', '(' or a letter other than n/N never starts a token
  if ((c >= 48 && c <= 57) || c === 45 || c === 40) return false;
  if (((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && c !== 78 && c !== 110) return false;
  return TOKENS.has(cell.replace(/[\s\u00a0]+/g, '').toLowerCase());
}

/** Whether a token is a spreadsheet error (`#…!`, `#N/A`, `#NV`) rather than a blank. */
export function isSpreadsheetError(cell: string): boolean {
  const t = cell.trim();
  return t.startsWith('#') && isMissingToken(t);
}
