/**
 * Every page-to-main channel has a size limit, and it holds for every one of them: one
 * byte over is refused before the arguments are parsed and before any handler runs.
 */
import { describe, expect, it, vi } from 'vitest';
import { type MainHandlers, registerHandlers } from '../../electron/main/ipc/registerHandlers';
import { channelOf, IPC_CONTRACT, type IpcName, MAX_EXPORT_BYTES } from '../../shared/ipc/contract';
import { fakeIpc } from './support/fakeIpc';

const pageToMain = (Object.keys(IPC_CONTRACT) as IpcName[]).filter((n) => IPC_CONTRACT[n].kind !== 'event');

function setup() {
  const ipc = fakeIpc();
  const spies = Object.fromEntries(pageToMain.map((n) => [n, vi.fn()])) as unknown as MainHandlers;
  const log = vi.fn();
  registerHandlers(ipc.main, spies, { isOurWindow: () => true, log });
  return { ipc, spies: spies as unknown as Record<string, ReturnType<typeof vi.fn>>, log };
}

describe('IPC size limits', () => {
  it('every page-to-main channel declares a finite limit, none above the largest export', () => {
    expect(pageToMain.length).toBeGreaterThan(10);
    for (const name of pageToMain) {
      const entry = IPC_CONTRACT[name] as { maxBytes: number };
      expect(Number.isInteger(entry.maxBytes), name).toBe(true);
      expect(entry.maxBytes, name).toBeGreaterThanOrEqual(0);
      expect(entry.maxBytes, name).toBeLessThanOrEqual(MAX_EXPORT_BYTES + 16 * 1024);
    }
  });

  it.each(pageToMain)('%s refuses one byte over its limit before any handler runs', async (name) => {
    const { ipc, spies, log } = setup();
    const entry = IPC_CONTRACT[name] as { kind: 'invoke' | 'send'; maxBytes: number };
    // Binary data counts by its byte length: limit + 1 bytes is one over, whatever the channel
    // takes (a stand-in that reports the length, so a 256 MB limit costs no 256 MB here).
    const over = new Uint8Array(1);
    Object.defineProperty(over, 'byteLength', { value: entry.maxBytes + 1 });
    // Straight to main's listener, as Electron hands it the deserialized arguments (the fake's structured clone would drop the stand-in).
    const event = { sender: { id: 1 }, senderFrame: { url: 'app://waymark/index.html', parent: null } };
    if (entry.kind === 'invoke') await expect(Promise.resolve().then(() => ipc.handlers.get(channelOf(name))!(event, over))).rejects.toThrow(/larger than/);
    else for (const listener of ipc.listeners.get(channelOf(name)) ?? []) listener(event, over);
    expect(spies[name]).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`ipc ${name} (refused|dropped): arguments larger than ${entry.maxBytes} bytes`)));
  });
});
