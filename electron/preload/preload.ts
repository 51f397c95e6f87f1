/**
 * The sandboxed preload: exposes the contract's named intent functions on `window.waymark`
 * and nothing else (never ipcRenderer itself, never a generic "send any channel"). Bundled
 * by scripts/build-electron.mjs into one CommonJS file, as sandboxed preloads require.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../../shared/ipc/createBridge';

contextBridge.exposeInMainWorld('waymark', createBridge(ipcRenderer));
