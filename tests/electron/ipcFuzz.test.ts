/**
 * Fuzzing the inputs that come from the page: whatever arrives over IPC or as an app://
 * URL, main either refuses it cleanly or handles it within the contract; it never throws
 * anything but a refusal, never calls a handler with unparsed data, and never serves a
 * file outside dist/.
 */
import { resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { IpcRefusedError, type MainHandlers, registerHandlers } from '../../electron/main/ipc/registerHandlers';
import { resolveAppAsset } from '../../electron/main/security/resolveAppAsset';
import { channelOf, fileNameSchema, IPC_CONTRACT, type IpcName, saveOptionsSchema } from '../../shared/ipc/contract';
import { fakeIpc, OUR_FRAME } from './support/fakeIpc';

describe('fuzzing page input', () => {
  it('any arguments to any channel are refused or parsed, never passed through raw', async () => {
    const ipc = fakeIpc();
    const calls: { name: string; args: unknown[] }[] = [];
    const handlers = new Proxy({}, {
      get: (_t, name: string) => async (_ctx: unknown, ...args: unknown[]) => {
        calls.push({ name, args });
        if (name === 'setDocumentState') return undefined;
        return IPC_CONTRACT[name as IpcName].kind === 'invoke' ? sampleResult(name as IpcName) : undefined;
      },
    }) as MainHandlers;
    registerHandlers(ipc.main, handlers, { isOurWindow: () => true, log: vi.fn() });
    const invokeNames = (Object.keys(IPC_CONTRACT) as IpcName[]).filter((n) => IPC_CONTRACT[n].kind === 'invoke');
    const seen = { handled: 0, refused: 0 };
    await fc.assert(fc.asyncProperty(fc.constantFrom(...invokeNames), fc.array(fc.anything({ withTypedArray: true, maxDepth: 4 }), { maxLength: 3 }), async (name, args) => {
      calls.length = 0;
      const outcome = await ipc.renderer(OUR_FRAME).invoke(channelOf(name), ...args).then(() => 'handled', (e: unknown) => e);
      if (outcome === 'handled') {
        seen.handled += 1;
        expect(calls).toHaveLength(1);
        const entry = IPC_CONTRACT[name];
        if (entry.kind !== 'event') expect(entry.args.safeParse(calls[0]!.args).success).toBe(true);
      } else {
        seen.refused += 1;
        expect(outcome).toBeInstanceOf(IpcRefusedError);
        expect(calls).toHaveLength(0);
      }
    }), { numRuns: 400 });
    // Both branches ran: the property was not vacuous.
    expect(seen.handled).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(100);
  });

  it('save options are only ever a ref, a flag and a bare file name', () => {
    fc.assert(fc.property(fc.anything(), (value) => {
      const parsed = saveOptionsSchema.safeParse(value);
      if (parsed.success) {
        expect(Object.keys(parsed.data).sort()).toEqual(expect.arrayContaining(['ref', 'saveAs', 'suggestedName']));
        expect(parsed.data.suggestedName).not.toMatch(/[/\\]/);
      }
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.string(), (name) => {
      if (fileNameSchema.safeParse(name).success) expect(/[/\\]/.test(name) || name.includes(String.fromCharCode(0))).toBe(false);
    }), { numRuns: 1000 });
  });

  it('no app:// URL resolves outside dist/', () => {
    const dist = resolve('/srv/waymark/dist');
    const segment = fc.oneof(fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', '..%2f', '%5c', '%00', 'assets', 'index.html', '', '%2f'), fc.string({ maxLength: 8 }));
    fc.assert(fc.property(fc.array(segment, { maxLength: 8 }), (parts) => {
      const decision = resolveAppAsset(dist, `app://waymark/${parts.join('/')}`);
      if (decision.ok) expect(decision.filePath.startsWith(dist + sep)).toBe(true);
    }), { numRuns: 3000 });
  });
});

/** A valid result for each invoke channel, so the handler side never fails the result check. */
function sampleResult(name: IpcName): unknown {
  switch (name) {
    case 'listRecovery': case 'listRecent': return [];
    case 'writeRecovery': case 'removeRecovery': case 'clearRecent': return undefined;
    default: return { kind: 'cancelled' };
  }
}
