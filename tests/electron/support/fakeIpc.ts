/**
 * An in-memory ipcMain + ipcRenderer pair: handlers registered on the main side are called
 * by the renderer side with a fake IPC event naming the sending frame, so the whole path
 * (bridge → channel → sender check → schema → handler → result check) runs without Electron.
 */
import type { IpcRendererLike } from '../../../shared/ipc/createBridge';
import type { IpcMainLike } from '../../../electron/main/ipc/registerHandlers';
import type { IpcEventLike } from '../../../electron/main/security/validateSender';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

export interface Frame { url: string; parent: unknown; webContentsId: number }
export const OUR_FRAME: Frame = { url: 'app://waymark/index.html', parent: null, webContentsId: 1 };

export function fakeIpc() {
  const handlers = new Map<string, Listener>();
  const listeners = new Map<string, Listener[]>();
  const pageListeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  const main: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    on: (channel, listener) => { listeners.set(channel, [...(listeners.get(channel) ?? []), listener]); },
  };
  const eventFor = (frame: Frame): IpcEventLike => ({ sender: { id: frame.webContentsId }, senderFrame: { url: frame.url, parent: frame.parent } });
  /** The renderer side, as seen from a given frame. */
  const renderer = (frame: Frame = OUR_FRAME): IpcRendererLike => ({
    invoke: async (channel, ...args) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      // Electron structured-clones arguments; so does this fake.
      return handler(eventFor(frame), ...structuredClone(args));
    },
    send: (channel, ...args) => { for (const l of listeners.get(channel) ?? []) l(eventFor(frame), ...structuredClone(args)); },
    on: (channel, listener) => { pageListeners.set(channel, [...(pageListeners.get(channel) ?? []), listener]); },
    removeListener: (channel, listener) => { pageListeners.set(channel, (pageListeners.get(channel) ?? []).filter((l) => l !== listener)); },
  });
  /** main → page: what webContents.send would deliver. */
  const webContents = { send: (channel: string, ...args: unknown[]) => { for (const l of pageListeners.get(channel) ?? []) l({ sender: 'ipcRenderer' }, ...structuredClone(args)); } };
  return { main, renderer, webContents, handlers, listeners, pageListeners };
}
