import { describe, expect, it, vi } from 'vitest';
import { emitEvent } from '../../electron/main/ipc/emitEvent';
import { type MainHandlers, registerHandlers } from '../../electron/main/ipc/registerHandlers';
import { createElectronPlatform } from '../../renderer/platform/electronPlatform';
import type { OpenResult } from '../../shared/ipc/contract';
import { createBridge } from '../../shared/ipc/createBridge';
import { fakeIpc } from './support/fakeIpc';

const REF = 'AbCdEfGhIjKlMnOpQrStUv';
const bytes = new TextEncoder().encode('{}');

/** The page's Platform over the real bridge and handler registration, with scripted main handlers. */
function platformWith(overrides: Partial<MainHandlers>) {
  const ipc = fakeIpc();
  const never = async (): Promise<never> => { throw new Error('not scripted'); };
  const handlers = {
    openDocument: never, readDocument: never, readBackup: never, saveDocument: never, pickDataFile: never, saveExport: never, exportDocument: never, cancelExport: vi.fn(),
    writeRecovery: never, listRecovery: never, removeRecovery: never, listRecent: never, openRecent: never, clearRecent: never,
    setDocumentState: vi.fn(), ...overrides,
  } as MainHandlers;
  registerHandlers(ipc.main, handlers, { isOurWindow: () => true, log: vi.fn() });
  return { platform: createElectronPlatform(createBridge(ipc.renderer())), ipc, handlers };
}

describe('electronPlatform', () => {
  it('maps open results: the document, null when cancelled, a rejection with main’s message on failure', async () => {
    const results: OpenResult[] = [
      { kind: 'opened', doc: { ref: REF, name: 'a.journey', bytes } },
      { kind: 'cancelled' },
      { kind: 'failed', message: 'Could not open the journey: The disk is full. (ENOSPC)' },
    ];
    const { platform } = platformWith({ openDocument: async () => results.shift()! });
    expect(await platform.openDocument()).toEqual({ ref: REF, name: 'a.journey', bytes });
    expect(await platform.openDocument()).toBeNull();
    await expect(platform.openDocument()).rejects.toThrow('The disk is full');
  });

  it('passes saves through with overwrite defaulting to false', async () => {
    const saveDocument = vi.fn(async () => ({ kind: 'conflict' as const, message: 'changed' }));
    const { platform } = platformWith({ saveDocument });
    expect(await platform.saveDocument('{}', { ref: REF, saveAs: false, suggestedName: 'a.journey' })).toEqual({ kind: 'conflict', message: 'changed' });
    expect(saveDocument).toHaveBeenCalledWith({ webContentsId: 1 }, '{}', { ref: REF, saveAs: false, suggestedName: 'a.journey', overwrite: false });
  });

  it('refuses an export type main would not accept, without asking main', async () => {
    const saveExport = vi.fn();
    const { platform } = platformWith({ saveExport });
    expect(await platform.saveExport('x', { suggestedName: 'a.exe', mime: 'application/x-msdownload' })).toMatchObject({ kind: 'failed' });
    expect(saveExport).not.toHaveBeenCalled();
  });

  it('treats a missing backup as null and forwards recovery calls', async () => {
    const writeRecovery = vi.fn(async () => undefined);
    const { platform } = platformWith({ readBackup: async () => ({ kind: 'failed', message: 'no backup' }), writeRecovery, listRecovery: async () => [] });
    expect(await platform.readBackup(REF)).toBeNull();
    await platform.recovery.write({ key: 'unsaved:j', title: 'T', text: '{}', updatedAt: '2026-01-01T00:00:00Z' });
    expect(writeRecovery).toHaveBeenCalledTimes(1);
    expect(await platform.recovery.list()).toEqual([]);
  });

  it('delivers menu commands and open requests from main', () => {
    const { platform, ipc } = platformWith({});
    const commands: string[] = [];
    const docs: string[] = [];
    const off = platform.onCommand((id) => commands.push(id));
    platform.onOpenRequest((d) => docs.push(d.name));
    emitEvent(ipc.webContents, 'menuCommand', 'file.save');
    emitEvent(ipc.webContents, 'openRequest', { ref: REF, name: 'b.journey', bytes });
    off();
    emitEvent(ipc.webContents, 'menuCommand', 'file.open');
    expect(commands).toEqual(['file.save']);
    expect(docs).toEqual(['b.journey']);
  });

  it('exports through main: progress events reach the caller only while its export runs, Cancel reaches main', async () => {
    let release: () => void = () => {};
    const exportDocument = vi.fn(() => new Promise<{ kind: 'saved'; doc: { ref: string; name: string }; notices: string[] }>((resolve) => {
      release = () => resolve({ kind: 'saved', doc: { ref: REF, name: 'Map.pdf' }, notices: ['downscaled'] });
    }));
    const { platform, ipc, handlers } = platformWith({ exportDocument });
    const progress = vi.fn();
    const { DEFAULT_EXPORT_REQUEST } = await import('../../shared/export/exportRequest');
    const done = platform.exportDocument('{}', DEFAULT_EXPORT_REQUEST, 'Map.pdf', progress);
    await vi.waitFor(() => expect(exportDocument).toHaveBeenCalled());
    emitEvent(ipc.webContents, 'exportProgress', { fraction: 0.5, stage: 'drawing' });
    platform.cancelExport();
    expect(handlers.cancelExport).toHaveBeenCalled();
    release();
    expect(await done).toEqual({ kind: 'saved', doc: { ref: REF, name: 'Map.pdf' }, notices: ['downscaled'] });
    emitEvent(ipc.webContents, 'exportProgress', { fraction: 0.9, stage: 'late' });
    expect(progress.mock.calls).toEqual([[{ fraction: 0.5, stage: 'drawing' }]]);
  });
});
