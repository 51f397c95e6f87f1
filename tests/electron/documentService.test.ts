import { readdir, readFile, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DialogPort } from '../../electron/main/services/documents/DialogPort';
import { DocumentService } from '../../electron/main/services/documents/DocumentService';
import { nodeFileSystem } from '../../electron/main/services/files/nodeFileSystem';
import { serializeJourney } from '../../shared/file/serializeJourney';
import { buildJourney } from '../../shared/templates/buildJourney';
import { northwindOutdoor } from '../../shared/templates/samples/northwindOutdoor';
import { faultyFileSystem } from './support/faultyFileSystem';
import { useTempFolders } from './support/tempFolder';

const tempFolder = useTempFolders();
const journey = buildJourney(northwindOutdoor);
const V1 = serializeJourney(journey);
const V2 = serializeJourney({ ...journey, settings: { ...journey.settings, title: 'Edited' } });
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

/** Dialogs that answer from a script and remember what they were asked. */
function scriptedDialogs(answers: (string | null)[]): DialogPort & { asked: { kind: string; defaultPath?: string }[]; answers: (string | null)[] } {
  const asked: { kind: string; defaultPath?: string }[] = [];
  return {
    asked,
    answers,
    chooseFileToOpen: async () => { asked.push({ kind: 'open' }); return answers.shift() ?? null; },
    chooseSaveLocation: async ({ defaultPath }) => { asked.push({ kind: 'save', defaultPath }); return answers.shift() ?? null; },
  };
}

async function setup(answers: (string | null)[] = [], fs = nodeFileSystem) {
  const dir = await tempFolder();
  const used: string[] = [];
  const dialogs = scriptedDialogs(answers);
  const service = new DocumentService({ fs, dialogs, defaultFolder: dir, onDocumentUsed: (p) => used.push(p), maxDocumentBytes: 2_000_000 });
  return { dir, dialogs, service, used };
}

describe('DocumentService', () => {
  it('opens through the dialog and returns bytes and an opaque ref, never the path', async () => {
    const { dir, service, used, dialogs } = await setup();
    const path = join(dir, 'Northwind.journey');
    await writeFile(path, V1);
    dialogs.answers.push(path);
    const result = await service.open();
    if (result.kind !== 'opened') throw new Error(result.kind);
    expect(result.doc.name).toBe('Northwind.journey');
    expect(decode(result.doc.bytes)).toBe(V1);
    expect(result.doc.ref).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(JSON.stringify({ ...result.doc, bytes: null })).not.toContain(dir);
    expect(used).toEqual([path]);
  });

  it('returns cancelled when the dialog is dismissed, and a message for files too large or missing', async () => {
    const { dir, service } = await setup([null]);
    expect(await service.open()).toEqual({ kind: 'cancelled' });
    const big = join(dir, 'big.journey');
    await writeFile(big, '');
    await truncate(big, 3_000_000);
    expect(await service.openPath(big)).toMatchObject({ kind: 'failed', message: expect.stringMatching(/2\.9 MB; the limit is/) });
    expect(await service.openPath(join(dir, 'gone.journey'))).toMatchObject({ kind: 'failed', message: expect.stringMatching(/no longer exists\. \(ENOENT\)/) });
    expect(await service.openPath(dir)).toMatchObject({ kind: 'failed', message: expect.stringMatching(/not a file/) });
  });

  it('saves back to the opened file by ref, keeping a backup, and re-reads it (Revert)', async () => {
    const { dir, service, dialogs } = await setup();
    const path = join(dir, 'm.journey');
    await writeFile(path, V1);
    const opened = await service.openPath(path);
    if (opened.kind !== 'opened') throw new Error('not opened');
    const saved = await service.save(V2, { ref: opened.doc.ref, saveAs: false, suggestedName: 'm.journey' });
    expect(saved).toEqual({ kind: 'saved', doc: { ref: opened.doc.ref, name: 'm.journey' } });
    expect(dialogs.asked).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(V2);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(V1);
    const reread = await service.read(opened.doc.ref);
    expect(reread.kind === 'opened' && decode(reread.doc.bytes)).toBe(V2);
    const backup = await service.readBackup(opened.doc.ref);
    expect(backup.kind === 'opened' && [backup.doc.ref, decode(backup.doc.bytes)]).toEqual([opened.doc.ref, V1]);
  });

  it('returns a conflict when another program changed the file, and overwrites only when told to', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'm.journey');
    await writeFile(path, V1);
    const opened = await service.openPath(path);
    if (opened.kind !== 'opened') throw new Error('not opened');
    await writeFile(path, V1.replace('Northwind', 'Southwind'));
    const conflict = await service.save(V2, { ref: opened.doc.ref, saveAs: false, suggestedName: 'm.journey' });
    expect(conflict).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/changed this file on disk/) });
    expect(await readFile(path, 'utf8')).toContain('Southwind');
    const forced = await service.save(V2, { ref: opened.doc.ref, saveAs: false, suggestedName: 'm.journey', overwrite: true });
    expect(forced.kind).toBe('saved');
    expect(await readFile(path, 'utf8')).toBe(V2);
  });

  it('asks where to save a new map, starting in the default folder with the suggested name', async () => {
    const dir0 = await tempFolder();
    const target = join(dir0, 'New map.journey');
    const { dir, service, dialogs, used } = await setup([target]);
    const saved = await service.save(V1, { ref: null, saveAs: false, suggestedName: 'New map.journey' });
    expect(saved).toMatchObject({ kind: 'saved', doc: { name: 'New map.journey' } });
    expect(dialogs.asked).toEqual([{ kind: 'save', defaultPath: join(dir, 'New map.journey') }]);
    expect(await readFile(target, 'utf8')).toBe(V1);
    expect(used).toEqual([target]);
  });

  it('Save As starts in the document’s folder and hands out a ref for the new file', async () => {
    const { dir, service, dialogs } = await setup();
    const path = join(dir, 'a.journey');
    await writeFile(path, V1);
    const opened = await service.openPath(path);
    if (opened.kind !== 'opened') throw new Error('not opened');
    dialogs.answers.push(join(dir, 'b.journey'));
    const saved = await service.save(V2, { ref: opened.doc.ref, saveAs: true, suggestedName: 'a copy.journey' });
    if (saved.kind !== 'saved') throw new Error(saved.kind);
    expect(saved.doc.ref).not.toBe(opened.doc.ref);
    expect(dialogs.asked[0]?.defaultPath).toBe(join(dir, 'a copy.journey'));
    expect(await readFile(path, 'utf8')).toBe(V1);
    expect(await readFile(join(dir, 'b.journey'), 'utf8')).toBe(V2);
  });

  it('refuses to write something that is not a journey, or a ref it never issued', async () => {
    const { service } = await setup();
    expect(await service.save('{"not":"a journey"}', { ref: null, saveAs: true, suggestedName: 'x.journey' })).toMatchObject({ kind: 'failed', message: expect.stringMatching(/invalid journey/) });
    expect(await service.save(V1, { ref: 'AAAAAAAAAAAAAAAAAAAAAAAA', saveAs: false, suggestedName: 'x.journey' })).toMatchObject({ kind: 'failed', message: expect.stringMatching(/no longer known/) });
    expect(await service.read('AAAAAAAAAAAAAAAAAAAAAAAA')).toMatchObject({ kind: 'failed' });
  });

  it('reports a failing disk as a message, leaving the file as it was', async () => {
    const dir = await tempFolder();
    const path = join(dir, 'm.journey');
    await writeFile(path, V1);
    const fs = faultyFileSystem(nodeFileSystem, { only: 'rename', failAt: 1, times: 100, code: 'ENOSPC' });
    const service = new DocumentService({ fs, dialogs: scriptedDialogs([]), defaultFolder: dir });
    const opened = await service.openPath(path);
    if (opened.kind !== 'opened') throw new Error('not opened');
    const result = await service.save(V2, { ref: opened.doc.ref, saveAs: false, suggestedName: 'm.journey' });
    expect(result).toEqual({ kind: 'failed', message: 'Could not save “m.journey”: The disk is full. (ENOSPC)' });
    expect(await readFile(path, 'utf8')).toBe(V1);
  });

  it('runs saves one at a time', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'm.journey');
    await writeFile(path, V1);
    const opened = await service.openPath(path);
    if (opened.kind !== 'opened') throw new Error('not opened');
    const options = { ref: opened.doc.ref, saveAs: false, suggestedName: 'm.journey' };
    // Without serialization the second save would see the first's write as a foreign change.
    const [a, b] = await Promise.all([service.save(V2, options), service.save(V1, options)]);
    expect([a.kind, b.kind]).toEqual(['saved', 'saved']);
    expect(await readFile(path, 'utf8')).toBe(V1);
  });

  it('sweeps temp files left beside the document by a killed save, once they are old', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'm.journey');
    await writeFile(path, V1);
    const old = join(dir, '.m.journey.4242.0123456789ab.tmp');
    const fresh = join(dir, '.m.journey.4243.ba9876543210.tmp');
    const unrelated = join(dir, '.other.journey.4242.0123456789ab.tmp');
    for (const p of [old, fresh, unrelated]) await writeFile(p, '{"partial');
    await utimes(old, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    await utimes(unrelated, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    expect((await service.openPath(path)).kind).toBe('opened');
    expect((await readdir(dir)).sort()).toEqual(['.m.journey.4243.ba9876543210.tmp', '.other.journey.4242.0123456789ab.tmp', 'm.journey']);
  });

  it('exports and picks data files through dialogs, with size limits', async () => {
    const dir = await tempFolder();
    const out = join(dir, 'map.svg');
    const data = join(dir, 'kpi.csv');
    await writeFile(data, 'stage,nps\nAwareness,12\n');
    const { service } = await setup([out, data]);
    expect(await service.saveExport('<svg/>', { suggestedName: 'map.svg', mime: 'image/svg+xml' })).toMatchObject({ kind: 'saved', doc: { name: 'map.svg' } });
    expect(await readFile(out, 'utf8')).toBe('<svg/>');
    const picked = await service.pickDataFile();
    expect(picked.kind === 'picked' && [picked.name, decode(picked.bytes)]).toEqual(['kpi.csv', 'stage,nps\nAwareness,12\n']);
    expect((await stat(out)).isFile()).toBe(true);
  });
});
