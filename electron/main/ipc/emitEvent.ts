/**
 * Sends a contract event (main → page) to one window, after checking the payload against
 * the contract's schema, so the page only ever receives what the contract promises.
 */
import { channelOf, type EventName, IPC_CONTRACT, type IpcEventPayload } from '../../../shared/ipc/contract';

export interface EventTarget {
  send(channel: string, ...args: unknown[]): void;
}

export function emitEvent<N extends EventName>(target: EventTarget, name: N, payload: IpcEventPayload<N>): void {
  const parsed = IPC_CONTRACT[name].payload.parse(payload);
  target.send(channelOf(name), parsed);
}
