/**
 * Builds the `window.waymark` object from the contract's channel list (shared/ipc/channels.ts,
 * checked against the contract at compile time): one named function per entry, each bound
 * to its one channel. The preload passes Electron's ipcRenderer; nothing
 * else of it reaches the page, so the page can call these functions and only these.
 * Kept in shared/ (no Electron import) so a test can build the bridge over a fake.
 */
import { channelOf, IPC_CHANNELS, type IpcChannelName } from './channels';
import type { EventName, WaymarkApi } from './contract';

/** The slice of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** `menuCommand` → `onMenuCommand`. */
export const listenerNameOf = <N extends EventName>(name: N): `on${Capitalize<N>}` =>
  `on${name[0]!.toUpperCase()}${name.slice(1)}` as `on${Capitalize<N>}`;

export function createBridge(ipc: IpcRendererLike): WaymarkApi {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(IPC_CHANNELS) as IpcChannelName[]) {
    const kind = IPC_CHANNELS[name];
    const channel = channelOf(name);
    if (kind === 'invoke') {
      api[name] = (...args: unknown[]) => ipc.invoke(channel, ...args);
    } else if (kind === 'send') {
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
