/**
 * Builds the `window.waymark` object from the contract table: one named function per
 * entry, each bound to its one channel. The preload passes Electron's ipcRenderer; nothing
 * else of it reaches the page, so the page can call these functions and only these.
 * Kept in shared/ (no Electron import) so a test can build the bridge over a fake.
 */
import { channelOf, type EventName, IPC_CONTRACT, type IpcName, listenerNameOf, type WaymarkApi } from './contract';

/** The slice of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createBridge(ipc: IpcRendererLike): WaymarkApi {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(IPC_CONTRACT) as IpcName[]) {
    const entry = IPC_CONTRACT[name];
    const channel = channelOf(name);
    if (entry.kind === 'invoke') {
      api[name] = (...args: unknown[]) => ipc.invoke(channel, ...args);
    } else if (entry.kind === 'send') {
      api[name] = (...args: unknown[]) => { ipc.send(channel, ...args); };
    } else {
      api[listenerNameOf(name as EventName)] = (listener: (payload: unknown) => void) => {
        // The IPC event object carries `sender` (the ipcRenderer itself); never hand it to the page.
        const wrapped = (_event: unknown, payload: unknown) => listener(payload);
        ipc.on(channel, wrapped);
        return () => { ipc.removeListener(channel, wrapped); };
      };
    }
  }
  return Object.freeze(api) as WaymarkApi;
}
