import { describe, expect, it, vi } from 'vitest';
import { emitEvent } from '../../electron/main/ipc/emitEvent';
import { exceedsPayloadLimit } from '../../electron/main/ipc/measurePayload';
import { IpcRefusedError, type MainHandlers, registerHandlers } from '../../electron/main/ipc/registerHandlers';
import { channelOf, IPC_CONTRACT, MAX_DOCUMENT_BYTES } from '../../shared/ipc/contract';
import { createBridge } from '../../shared/ipc/createBridge';
import { fakeIpc, type Frame, OUR_FRAME } from './support/fakeIpc';

const REF = 'AbCdEfGhIjKlMnOpQrStUv';
const sample = new TextEncoder().encode('{"format":"waymark.journey"}');

function handlers(overrides: Partial<MainHandlers> = {}): MainHandlers {
  const opened = { kind: 'opened' as const, doc: { ref: REF, name: 'Map.journey', bytes: sample } };
  return {
    openDocument: vi.fn(async () => opened),
    readDocument: vi.fn(async () => opened),
    readBackup: vi.fn(async () => opened),
    saveDocument: vi.fn(async () => ({ kind: 'saved' as const, doc: { ref: REF, name: 'Map.journey' } })),
    pickDataFile: vi.fn(async () => ({ kind: 'cancelled' as const })),
    saveExport: vi.fn(async () => ({ kind: 'cancelled' as const })),
    exportDocument: vi.fn(async () => ({ kind: 'cancelled' as const })),
    cancelExport: vi.fn(),
    writeRecovery: vi.fn(async () => undefined),
    listRecovery: vi.fn(async () => []),
    removeRecovery: vi.fn(async () => undefined),
    listRecent: vi.fn(async () => [{ ref: REF, name: 'Map.journey', folder: 'maps' }]),
    openRecent: vi.fn(async () => opened),
    clearRecent: vi.fn(async () => undefined),
    setDocumentState: vi.fn(),
    setColorScheme: vi.fn(),
    ...overrides,
  };
}

function setup(overrides: Partial<MainHandlers> = {}) {
  const ipc = fakeIpc();
  const h = handlers(overrides);
  const log = vi.fn();
  registerHandlers(ipc.main, h, { isOurWindow: (id) => id === 1, log });
  return { ipc, h, log, page: (frame?: Frame) => createBridge(ipc.renderer(frame)) };
}

const saveOptions = { ref: REF, saveAs: false, suggestedName: 'Map.journey' };

describe('the IPC contract, both sides generated from one table', () => {
  it('registers a handler for every page-to-main entry and nothing else', () => {
    const { ipc } = setup();
    const expected = Object.entries(IPC_CONTRACT).filter(([, e]) => e.kind !== 'event').map(([n]) => channelOf(n as keyof typeof IPC_CONTRACT));
    expect([...ipc.handlers.keys(), ...ipc.listeners.keys()].sort()).toEqual(expected.sort());
  });

  it('exposes one named function per entry on the bridge, and no generic send/invoke', () => {
    const api = createBridge(fakeIpc().renderer());
    expect(Object.keys(api).sort()).toEqual([
      'cancelExport', 'clearRecent', 'exportDocument', 'listRecent', 'listRecovery', 'onExportProgress', 'onMenuCommand', 'onOpenRequest', 'openDocument', 'openRecent', 'pickDataFile',
      'readBackup', 'readDocument', 'removeRecovery', 'saveDocument', 'saveExport', 'setColorScheme', 'setDocumentState', 'writeRecovery',
    ]);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
  });

  it('round-trips a call with parsed arguments and a checked result', async () => {
    const { page, h } = setup();
    const result = await page().saveDocument('{"x":1}', saveOptions);
    expect(result).toEqual({ kind: 'saved', doc: { ref: REF, name: 'Map.journey' } });
    expect(h.saveDocument).toHaveBeenCalledWith({ webContentsId: 1 }, '{"x":1}', saveOptions);
    const opened = await page().openDocument();
    expect(opened.kind === 'opened' && opened.doc.bytes).toEqual(sample);
  });

  it('delivers one-way messages from our page', () => {
    const { page, h } = setup();
    const state = { title: 'Map', dirty: true, menu: { canUndo: true, canRedo: false, hasSelection: false, dirty: true, readOnly: false } };
    page().setDocumentState(state);
    expect(h.setDocumentState).toHaveBeenCalledWith({ webContentsId: 1 }, state);
  });

  it('delivers main-to-page events to listeners, without the IPC event object, until unsubscribed', () => {
    const { ipc, page } = setup();
    const api = page();
    const seen: string[] = [];
    const off = api.onMenuCommand((id) => seen.push(id));
    emitEvent(ipc.webContents, 'menuCommand', 'file.save');
    off();
    emitEvent(ipc.webContents, 'menuCommand', 'file.open');
    expect(seen).toEqual(['file.save']);
  });

  it('main refuses to emit an event outside the contract', () => {
    const { ipc } = setup();
    expect(() => emitEvent(ipc.webContents, 'menuCommand', 'x'.repeat(500))).toThrow();
  });
});

describe('sender validation', () => {
  it.each([
    ['a page from another origin', { ...OUR_FRAME, url: 'https://evil.example/' }],
    ['a subframe of our page', { ...OUR_FRAME, parent: { url: OUR_FRAME.url } }],
    ['a window that is not ours', { ...OUR_FRAME, webContentsId: 9 }],
  ])('refuses an invoke from %s, before the handler runs', async (_label, frame) => {
    const { page, h, log } = setup();
    await expect(page(frame).saveDocument('{}', saveOptions)).rejects.toBeInstanceOf(IpcRefusedError);
    await expect(page(frame).openDocument()).rejects.toThrow(/refused/);
    expect(h.saveDocument).not.toHaveBeenCalled();
    expect(h.openDocument).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/refused/));
  });

  it('drops a one-way message from a foreign frame', () => {
    const { page, h } = setup();
    page({ ...OUR_FRAME, url: 'https://evil.example/' }).setDocumentState({ title: 'x', dirty: false, menu: { canUndo: false, canRedo: false, hasSelection: false, dirty: false, readOnly: false } });
    expect(h.setDocumentState).not.toHaveBeenCalled();
  });
});

describe('argument validation', () => {
  it.each([
    ['a path instead of a ref', ['{}', { ...saveOptions, ref: '/etc/passwd' }]],
    ['a suggested name with folders', ['{}', { ...saveOptions, suggestedName: '../../.bashrc' }]],
    ['an unknown option', ['{}', { ...saveOptions, path: '/tmp/x' }]],
    ['a missing argument', ['{}']],
    ['an extra argument', ['{}', saveOptions, 'more']],
    ['a number for the text', [42, saveOptions]],
  ])('refuses saveDocument with %s', async (_label, args) => {
    const { ipc, h } = setup();
    const api = createBridge(ipc.renderer()) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    await expect(api.saveDocument!(...args)).rejects.toThrow(/invalid arguments/);
    expect(h.saveDocument).not.toHaveBeenCalled();
  });

  it('passes the page\'s theme choice to main, and only one of the three', () => {
    const { ipc, h } = setup();
    const api = createBridge(ipc.renderer()) as unknown as Record<string, (...a: unknown[]) => void>;
    api.setColorScheme!('dark');
    api.setColorScheme!('purple');
    api.setColorScheme!('light', 'extra');
    expect(h.setColorScheme).toHaveBeenCalledTimes(1);
    expect(h.setColorScheme).toHaveBeenCalledWith({ webContentsId: 1 }, 'dark');
  });

  it('refuses oversized payloads before parsing them', async () => {
    const { page, h } = setup();
    const huge = 'x'.repeat(MAX_DOCUMENT_BYTES + 20_000);
    await expect(page().saveDocument(huge, saveOptions)).rejects.toThrow(/larger than/);
    await expect(page().readDocument('A'.repeat(20_000))).rejects.toThrow(/larger than/);
    expect(h.saveDocument).not.toHaveBeenCalled();
  });

  it('refuses deeply nested junk', () => {
    let nested: unknown = 'x';
    for (let i = 0; i < 50; i++) nested = [nested];
    expect(exceedsPayloadLimit([nested], 1_000_000)).toBe(true);
    expect(exceedsPayloadLimit(['abc', { a: new Uint8Array(10) }], 100)).toBe(false);
    expect(exceedsPayloadLimit([new Uint8Array(101)], 100)).toBe(true);
  });

  it('refuses binary data over the contract limit', () => {
    const big = new Uint8Array(8);
    Object.defineProperty(big, 'byteLength', { value: MAX_DOCUMENT_BYTES + 1 });
    expect(IPC_CONTRACT.openRequest.payload.safeParse({ ref: REF, name: 'a.journey', bytes: big }).success).toBe(false);
  });

  it('does not let a handler send the page a result outside the contract', async () => {
    const { page, log } = setup({ listRecent: async () => [{ ref: REF, name: 'a/b', folder: 'x' }] });
    await expect(page().listRecent()).rejects.toThrow(/failed inside Waymark/);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/outside the contract/));
  });
});
