/**
 * Finds where JSON text stops being valid, the same way in every engine (engines word
 * JSON.parse errors differently and not all give a position). Only called after
 * JSON.parse has failed, so it needs to be right, not fast. Iterative: deep nesting
 * cannot overflow the stack.
 */
export interface JsonErrorLocation { offset: number; line: number; column: number; message: string }

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}

export function locateJsonError(text: string): JsonErrorLocation | null {
  let i = 0;
  const n = text.length;
  const fail = (offset: number, message: string): JsonErrorLocation => ({ offset, ...lineColumn(text, offset), message });
  const ws = () => { while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++; };
  const describe = (at: number) => (at >= n ? 'unexpected end of file' : `unexpected ${JSON.stringify(text[at])}`);

  // Stack of containers: '{' expects key next, '[' expects value; states tracked per level.
  type Frame = { type: '{' | '['; state: 'start' | 'key' | 'colon' | 'value' | 'comma' };
  const stack: Frame[] = [];

  const scanString = (): JsonErrorLocation | null => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) { i++; return null; }
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail(i, 'invalid \\u escape in string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail(i, e === undefined ? 'unexpected end of file' : 'invalid escape in string');
        continue;
      }
      if (c < 32) return fail(i, 'control character in string');
      i++;
    }
    return fail(n, 'unexpected end of file inside a string');
  };
  const scanScalar = (): JsonErrorLocation | null => {
    const rest = text.slice(i, i + 5);
    for (const word of ['true', 'false', 'null']) {
      if (rest.startsWith(word)) { i += word.length; return null; }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m && m[0].length > 0) { i += m[0].length; return null; }
    return fail(i, describe(i));
  };
  /** Scans one value start; containers push a frame. */
  const scanValue = (): JsonErrorLocation | null => {
    ws();
    if (i >= n) return fail(n, 'unexpected end of file');
    const c = text[i];
    if (c === '{') { stack.push({ type: '{', state: 'start' }); i++; return null; }
    if (c === '[') { stack.push({ type: '[', state: 'start' }); i++; return null; }
    if (c === '"') return scanString();
    return scanScalar();
  };

  let r = scanValue();
  if (r) return r;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    ws();
    const c = text[i];
    if (top.type === '{') {
      if (top.state === 'start' || top.state === 'comma') {
        if (top.state === 'start' && c === '}') { stack.pop(); i++; continue; }
        if (c !== '"') return fail(i, i >= n ? 'unexpected end of file' : `expected a property name, found ${JSON.stringify(c)}`);
        r = scanString(); if (r) return r;
        top.state = 'colon';
      } else if (top.state === 'colon') {
        if (c !== ':') return fail(i, i >= n ? 'unexpected end of file' : `expected ":", found ${JSON.stringify(c)}`);
        i++; top.state = 'value';
        r = scanValue(); if (r) return r;
        top.state = 'key';
      } else {
        if (c === ',') { i++; top.state = 'comma'; continue; }
        if (c === '}') { stack.pop(); i++; continue; }
        return fail(i, i >= n ? 'unexpected end of file' : `expected "," or "}", found ${JSON.stringify(c)}`);
      }
    } else {
      if (top.state === 'start' && c === ']') { stack.pop(); i++; continue; }
      if (top.state === 'start' || top.state === 'comma') {
        top.state = 'value';
        r = scanValue(); if (r) return r;
        top.state = 'key';
      } else {
        if (c === ',') { i++; top.state = 'comma'; continue; }
        if (c === ']') { stack.pop(); i++; continue; }
        return fail(i, i >= n ? 'unexpected end of file' : `expected "," or "]", found ${JSON.stringify(c)}`);
      }
    }
  }
  ws();
  if (i < n) return fail(i, `unexpected ${JSON.stringify(text[i])} after the end of the document`);
  return null;
}
