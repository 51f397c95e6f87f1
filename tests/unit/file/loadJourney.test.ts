import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadJourney, type LoadResult } from '../../../shared/file/loadJourney';
import { serializeJourney } from '../../../shared/file/serializeJourney';
import { CURRENT_SCHEMA_VERSION, MAX_FILE_BYTES } from '../../../shared/file/envelope';

const sampleText = readFileSync('assets/samples/northwind-outdoor.journey', 'utf8');
const sample = () => JSON.parse(sampleText);
const text = (o: unknown) => JSON.stringify(o, null, 2);

function expectError(r: LoadResult, kind: string) {
  if (r.ok) throw new Error(`expected a ${kind} error, got a ${r.value.status} load`);
  expect(r.error.kind).toBe(kind);
  return r.error;
}
function expectRepaired(r: LoadResult) {
  if (!r.ok) throw new Error(`expected a repaired load, got ${r.error.kind}: ${r.error.message}`);
  expect(r.value.status).toBe('repaired');
  return r.value;
}

describe('loadJourney', () => {
  it('loads a valid file unchanged, and saving it gives the same bytes', () => {
    const r = loadJourney(sampleText);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ status: 'valid', repairs: [], readOnly: false, fileVersion: CURRENT_SCHEMA_VERSION });
    expect(serializeJourney(r.value.journey)).toBe(sampleText);
  });

  it('locates truncation: line and column of the unexpected end', () => {
    const cut = sampleText.slice(0, 4812);
    const e = expectError(loadJourney(cut), 'syntax');
    const lines = cut.split('\n');
    expect(e).toMatchObject({ line: lines.length, offset: cut.length });
    expect(e.message).toMatch(new RegExp(`^Line ${lines.length}, column \\d+: unexpected end of file`));
  });

  it('locates a stray character', () => {
    const e = expectError(loadJourney('{\n  "format": "waymark.journey",\n  "schemaVersion": 4 x\n}'), 'syntax');
    expect(e).toMatchObject({ line: 3, column: 22 });
    expect(e.message).toContain('expected "," or "}"');
  });

  it('refuses an empty file and JSON that is not a journey', () => {
    expectError(loadJourney(''), 'syntax');
    expect(expectError(loadJourney('{"hello": 1}'), 'notAJourney').message).toMatch(/not a Waymark journey/);
    expectError(loadJourney('[1,2,3]'), 'notAJourney');
    expect(expectError(loadJourney('{"format":"waymark.journey","schemaVersion":"4","document":{}}'), 'notAJourney').message).toMatch(/^schemaVersion/);
  });

  it.each([
    ['a PNG renamed .journey', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0], /PNG/],
    ['a zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0], /zip/],
    ['UTF-16 text', [0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00], /UTF-16/],
    ['binary data', [0x7b, 0x22, 0x00, 0x01], /binary/],
    ['invalid UTF-8', [0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d], /not UTF-8/],
  ])('refuses %s clearly', (_name, bytes, message) => {
    expect(expectError(loadJourney(new Uint8Array(bytes)), 'notText').message).toMatch(message);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(expectError(loadJourney(big), 'tooLarge').message).toMatch(/100 MB/);
  });

  it('opens a file from a newer Waymark read-only', () => {
    const f = sample();
    f.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
    const r = loadJourney(text(f));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.readOnly).toBe(true);
  });

  it('refuses a newer file whose document it cannot read at all', () => {
    const f = sample();
    f.schemaVersion = 99;
    f.document = 'a future encoding';
    expect(expectError(loadJourney(text(f)), 'newerVersion').message).toMatch(/newer Waymark .*version 99/);
  });

  it('repairs a dangling stage reference, saying where', () => {
    const f = sample();
    const [id] = Object.keys(f.document.cards);
    f.document.cards[id!].stageId = 's9';
    const v = expectRepaired(loadJourney(text(f)));
    expect(v.repairs).toContainEqual({ path: `cards[${id}].stageId`, message: 'unknown stage "s9"; card dropped' });
    expect(v.journey.cards[id!]).toBeUndefined();
  });

  it('repairs wrong types: clamps severity, fills missing fields, drops what stays invalid', () => {
    const f = sample();
    const pain = Object.values<any>(f.document.cards).find((c) => c.kind === 'painPoint');
    pain.severity = 9;
    const action = Object.values<any>(f.document.cards).find((c) => c.kind === 'action');
    delete action.tags;
    action.title = 42;
    f.document.connections.conn_1.sourceId = 7;
    const v = expectRepaired(loadJourney(text(f)));
    expect(v.journey.cards[pain.id]).toMatchObject({ severity: 5 });
    expect(v.journey.cards[action.id]).toMatchObject({ title: '', tags: [] });
    expect(v.journey.connections.conn_1).toBeUndefined();
    expect(v.repairs.map((r) => r.path)).toEqual(expect.arrayContaining([`cards[${pain.id}].severity`, `cards[${action.id}].title`, 'connections[conn_1]']));
  });

  it('keeps a card of an unknown kind as a note, with its text', () => {
    const f = sample();
    const card = Object.values<any>(f.document.cards).find((c) => c.kind === 'thought');
    card.kind = 'hologram';
    card.hologramDepth = 3;
    const v = expectRepaired(loadJourney(text(f)));
    expect(v.journey.cards[card.id]).toMatchObject({ kind: 'note', title: card.title });
    expect(v.repairs).toContainEqual({ path: `cards[${card.id}].kind`, message: 'unknown card kind "hologram"; kept as a note' });
  });

  it('never lets __proto__ keys reach an object', () => {
    const raw = sampleText.replace('"cards": {', '"cards": {\n "__proto__": { "polluted": true },');
    const v = expectRepaired(loadJourney(raw));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(v.journey.cards)).toBe(Object.prototype);
    expect(v.repairs).toContainEqual({ path: 'cards["__proto__"]', message: 'unsafe or invalid record id; record dropped' });
  });

  it('reports a settings object of the wrong type and uses defaults', () => {
    const f = sample();
    f.document.settings = 'title';
    const v = expectRepaired(loadJourney(text(f)));
    expect(v.journey.settings).toMatchObject({ title: 'Untitled journey', emotionScale: { min: -2, max: 2 } });
  });
});
