/**
 * The name and direction of every IPC entry, without schemas: what the preload needs to
 * build `window.waymark`, so the sandboxed preload bundle does not carry zod. contract.ts
 * is checked against this list at compile time (same names, same kinds, nothing extra).
 */
export const IPC_CHANNELS = {
  openDocument: 'invoke',
  readDocument: 'invoke',
  readBackup: 'invoke',
  saveDocument: 'invoke',
  pickDataFile: 'invoke',
  saveExport: 'invoke',
  exportDocument: 'invoke',
  cancelExport: 'send',
  writeRecovery: 'invoke',
  listRecovery: 'invoke',
  removeRecovery: 'invoke',
  listRecent: 'invoke',
  openRecent: 'invoke',
  clearRecent: 'invoke',
  setDocumentState: 'send',
  setColorScheme: 'send',
  menuCommand: 'event',
  openRequest: 'event',
  exportProgress: 'event',
} as const;

export type IpcChannelName = keyof typeof IPC_CHANNELS;

/** The one channel string per entry; prefixed so nothing else on ipcMain can collide. */
export const channelOf = (name: IpcChannelName): string => `waymark:${name}`;
