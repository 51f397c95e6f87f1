/**
 * Registers main's handlers for every invoke/send entry of the contract, generically:
 *   1. the sender must be the main frame of one of our windows showing app://waymark;
 *   2. the arguments must fit the entry's size limit (checked before parsing);
 *   3. the arguments must parse with the entry's zod schema;
 *   4. the handler runs with parsed, typed arguments, and its result is checked against the
 *      result schema before it leaves main (a bug in main cannot send the page junk).
 * A refused invoke rejects in the page with a short reason; a refused send is dropped.
 * Both are reported through the injected logger.
 */
import type { z } from 'zod';
import { channelOf, IPC_CONTRACT, type InvokeName, type IpcArgs, type IpcName, type IpcResult, type SendName } from '../../../shared/ipc/contract';
import { type IpcEventLike, validateSender } from '../security/validateSender';
import { exceedsPayloadLimit } from './measurePayload';

/** The slice of Electron's ipcMain used here (ipcMain itself satisfies it). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): unknown;
}

/** Which window a message came from, for handlers that act on "this window". */
export interface HandlerContext {
  readonly webContentsId: number;
}

export type MainHandlers =
  & { [N in InvokeName]: (ctx: HandlerContext, ...args: IpcArgs<N>) => Promise<IpcResult<N>> | IpcResult<N> }
  & { [N in SendName]: (ctx: HandlerContext, ...args: IpcArgs<N>) => void };

export interface RegisterOptions {
  isOurWindow(webContentsId: number): boolean;
  log(message: string): void;
}

/** Thrown into the page's promise; the message says why without echoing the payload. */
export class IpcRefusedError extends Error {
  override readonly name = 'IpcRefusedError';
}

type Check = { ok: true; args: unknown[] } | { ok: false; reason: string };

function check(name: IpcName, event: IpcEventLike, args: unknown[], options: RegisterOptions): Check {
  const entry = IPC_CONTRACT[name];
  if (entry.kind === 'event') return { ok: false, reason: 'not a page-to-main channel' };
  const sender = validateSender(event, options.isOurWindow);
  if (!sender.ok) return sender;
  if (exceedsPayloadLimit(args, entry.maxBytes)) return { ok: false, reason: `arguments larger than ${entry.maxBytes} bytes` };
  const parsed = (entry.args as z.ZodTuple).safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `invalid arguments (${issue ? `${issue.path.join('.') || 'args'}: ${issue.message}` : 'unknown'})` };
  }
  return { ok: true, args: parsed.data as unknown[] };
}

export function registerHandlers(ipc: IpcMainLike, handlers: MainHandlers, options: RegisterOptions): void {
  for (const name of Object.keys(IPC_CONTRACT) as IpcName[]) {
    const entry = IPC_CONTRACT[name];
    const channel = channelOf(name);
    if (entry.kind === 'invoke') {
      const handler = handlers[name as InvokeName] as (ctx: HandlerContext, ...args: unknown[]) => unknown;
      ipc.handle(channel, async (event, ...args) => {
        const verdict = check(name, event, args, options);
        if (!verdict.ok) {
          options.log(`ipc ${name} refused: ${verdict.reason}`);
          throw new IpcRefusedError(`${name} refused: ${verdict.reason}`);
        }
        const result = await handler({ webContentsId: event.sender.id }, ...verdict.args);
        const checked = entry.result.safeParse(result);
        if (!checked.success) {
          options.log(`ipc ${name}: handler returned a result outside the contract: ${checked.error.issues[0]?.message}`);
          throw new Error(`${name} failed inside Waymark`);
        }
        return checked.data;
      });
    } else if (entry.kind === 'send') {
      const handler = handlers[name as SendName] as (ctx: HandlerContext, ...args: unknown[]) => void;
      ipc.on(channel, (event, ...args) => {
        const verdict = check(name, event, args, options);
        if (!verdict.ok) { options.log(`ipc ${name} dropped: ${verdict.reason}`); return; }
        handler({ webContentsId: event.sender.id }, ...verdict.args);
      });
    }
  }
}
