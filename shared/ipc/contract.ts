/**
 * Every message between the page and Electron main, as one table. Main's handler
 * registration (electron/main/ipc/registerHandlers.ts) and the preload bridge
 * (shared/ipc/createBridge.ts, exposed by electron/preload/preload.ts) are both generated
 * from it, so a channel cannot exist on one side only, and the types on both sides are
 * inferred from the same zod schemas that main uses to check what arrives.
 *
 * Three kinds of entry:
 *   invoke  page → main, answered (ipcRenderer.invoke / ipcMain.handle)
 *   send    page → main, one way (ipcRenderer.send / ipcMain.on)
 *   event   main → page (webContents.send / ipcRenderer.on), exposed as `on<Name>(listener)`
 *
 * The page never names a file path: documents are referred to by an opaque `ref` that main
 * handed out and maps to a path it chose through a dialog. `maxBytes` bounds the whole
 * argument list before it is parsed (strings by length, binary data by byte length).
 */
import { z } from 'zod';
import { MAX_FILE_BYTES } from '../file/envelope';
import { channelOf, type IPC_CHANNELS } from './channels';
import { exportRequestSchema } from '../export/exportRequest';

export { channelOf };

export const MAX_DOCUMENT_BYTES = MAX_FILE_BYTES;
/** A poster-size PNG at 600 dpi stays well under this. */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;
/** KPI exports and survey dumps; larger files belong in a database, not a journey map. */
export const MAX_DATA_FILE_BYTES = 64 * 1024 * 1024;
const SMALL = 16 * 1024;

/** Refs are random tokens minted by main (see electron/main/services/documents/DocumentRefs.ts). */
export const refSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'not a document reference');

/** A bare file name: no folders, no control characters. Main decides the folder. */
export const fileNameSchema = z.string().min(1).max(255)
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[/\\\u0000-\u001f]/.test(name) && name !== '.' && name !== '..', 'expected a file name without folders');

// z.custom rather than z.instanceof: the latter narrows to Uint8Array<ArrayBuffer>, while
// Node's Buffers and Electron's deserialized arrays are typed Uint8Array<ArrayBufferLike>.
const bytesSchema = (max: number) => z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected binary data')
  .refine((b) => b.byteLength <= max, `larger than ${max} bytes`);

export const openedDocumentSchema = z.object({ ref: refSchema, name: fileNameSchema, bytes: bytesSchema(MAX_DOCUMENT_BYTES) }).strict();

export const openResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('opened'), doc: openedDocumentSchema }).strict(),
  z.object({ kind: z.literal('cancelled') }).strict(),
  z.object({ kind: z.literal('failed'), message: z.string().max(2000) }).strict(),
]);

export const saveOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), doc: z.object({ ref: refSchema, name: fileNameSchema }).strict() }).strict(),
  z.object({ kind: z.literal('cancelled') }).strict(),
  z.object({ kind: z.literal('conflict'), message: z.string().max(2000) }).strict(),
  z.object({ kind: z.literal('failed'), message: z.string().max(2000) }).strict(),
]);

export const saveOptionsSchema = z.object({
  ref: refSchema.nullable(),
  saveAs: z.boolean(),
  suggestedName: fileNameSchema,
  overwrite: z.boolean().optional(),
}).strict();

export const exportOptionsSchema = z.object({
  suggestedName: fileNameSchema,
  mime: z.enum(['image/svg+xml', 'image/png', 'application/pdf', 'application/json', 'text/csv', 'text/markdown', 'text/vnd.mermaid', 'application/vnd.openjourney+json']),
}).strict();

export const exportOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), doc: z.object({ ref: refSchema, name: fileNameSchema }).strict(), notices: z.array(z.string().max(2000)).max(20), pages: z.number().int().positive().optional() }).strict(),
  z.object({ kind: z.literal('cancelled') }).strict(),
  z.object({ kind: z.literal('failed'), message: z.string().max(2000) }).strict(),
]);

export const exportProgressSchema = z.object({ fraction: z.number().min(0).max(1), stage: z.string().max(200) }).strict();

export const pickedFileSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('picked'), name: fileNameSchema, bytes: bytesSchema(MAX_DATA_FILE_BYTES) }).strict(),
  z.object({ kind: z.literal('cancelled') }).strict(),
  z.object({ kind: z.literal('failed'), message: z.string().max(2000) }).strict(),
]);

export const recoveryKeySchema = z.string().min(1).max(300);
export const recoverySnapshotSchema = z.object({
  key: recoveryKeySchema,
  title: z.string().max(500),
  text: z.string().max(MAX_DOCUMENT_BYTES),
  updatedAt: z.string().max(40),
  /** Set by main when listing: a ref to the file the map was opened from, if known. */
  ref: refSchema.nullable().optional(),
}).strict();

export const recentFileSchema = z.object({ ref: refSchema, name: fileNameSchema, folder: z.string().max(255) }).strict();

export const menuStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  hasSelection: z.boolean(),
  dirty: z.boolean(),
  readOnly: z.boolean(),
  /** Ids of toggle commands that are on (shown with a check mark), e.g. data.toggleLayer. */
  checked: z.array(z.string().min(1).max(100)).max(20).optional(),
  /** Ids of page commands whose handler says they cannot run now (the native menu greys them out). */
  disabled: z.array(z.string().min(1).max(100)).max(200).optional(),
}).strict();

export const documentStateSchema = z.object({ title: z.string().max(500), dirty: z.boolean(), menu: menuStateSchema }).strict();

const invoke = <A extends z.ZodTuple, R extends z.ZodType>(args: A, result: R, maxBytes: number) => ({ kind: 'invoke' as const, args, result, maxBytes });
const send = <A extends z.ZodTuple>(args: A, maxBytes: number) => ({ kind: 'send' as const, args, maxBytes });
const event = <P extends z.ZodType>(payload: P) => ({ kind: 'event' as const, payload });

export const IPC_CONTRACT = {
  /** Open dialog → read → size check. */
  openDocument: invoke(z.tuple([]), openResultSchema, 0),
  /** Re-read a document main already knows (Revert). */
  readDocument: invoke(z.tuple([refSchema]), openResultSchema, SMALL),
  /** The `.bak` main kept of the version before the last save. */
  readBackup: invoke(z.tuple([refSchema]), openResultSchema, SMALL),
  /** Atomic save; a conflict is returned, never overwritten, unless `overwrite` is set. */
  saveDocument: invoke(z.tuple([z.string().max(MAX_DOCUMENT_BYTES), saveOptionsSchema]), saveOutcomeSchema, MAX_DOCUMENT_BYTES + SMALL),
  pickDataFile: invoke(z.tuple([]), pickedFileSchema, 0),
  saveExport: invoke(z.tuple([z.union([bytesSchema(MAX_EXPORT_BYTES), z.string().max(MAX_EXPORT_BYTES)]), exportOptionsSchema]), saveOutcomeSchema, MAX_EXPORT_BYTES + SMALL),
  /** Save dialog → the map drawn in a worker thread (progress events) → atomic write. */
  exportDocument: invoke(z.tuple([z.string().max(MAX_DOCUMENT_BYTES), exportRequestSchema, fileNameSchema]), exportOutcomeSchema, MAX_DOCUMENT_BYTES + 2 * 1024 * 1024),
  /** Stops this window's running export; nothing is written. */
  cancelExport: send(z.tuple([]), 0),
  writeRecovery: invoke(z.tuple([recoverySnapshotSchema]), z.void(), MAX_DOCUMENT_BYTES + SMALL),
  listRecovery: invoke(z.tuple([]), z.array(recoverySnapshotSchema), 0),
  removeRecovery: invoke(z.tuple([recoveryKeySchema]), z.void(), SMALL),
  listRecent: invoke(z.tuple([]), z.array(recentFileSchema).max(50), 0),
  openRecent: invoke(z.tuple([refSchema]), openResultSchema, SMALL),
  clearRecent: invoke(z.tuple([]), z.void(), 0),
  /** Window title, dirty marker and menu enablement. */
  setDocumentState: send(z.tuple([documentStateSchema]), SMALL),
  /** The theme the user chose in the page (the toolbar's toggle): View › Theme's setting, kept by main. */
  setColorScheme: send(z.tuple([z.enum(['system', 'light', 'dark'])]), SMALL),
  /** A native menu item was chosen: a command id from shared/commands/catalog.ts. */
  menuCommand: event(z.string().min(1).max(100)),
  /** The OS asked to open a file (double-click, "Open with", a second launch). */
  openRequest: event(openedDocumentSchema),
  /** How far this window's export has got. */
  exportProgress: event(exportProgressSchema),
} as const satisfies { readonly [N in keyof typeof IPC_CHANNELS]: { readonly kind: (typeof IPC_CHANNELS)[N] } };

export type IpcContract = typeof IPC_CONTRACT;
export type IpcName = keyof IpcContract;
type NamesOfKind<K extends string> = { [N in IpcName]: IpcContract[N]['kind'] extends K ? N : never }[IpcName];
export type InvokeName = NamesOfKind<'invoke'>;
export type SendName = NamesOfKind<'send'>;
export type EventName = NamesOfKind<'event'>;

export type IpcArgs<N extends InvokeName | SendName> = z.output<IpcContract[N]['args']>;
export type IpcResult<N extends InvokeName> = z.output<IpcContract[N]['result']>;
export type IpcEventPayload<N extends EventName> = z.output<IpcContract[N]['payload']>;


/** What the preload puts on `window.waymark`: named intent functions, nothing else. */
export type WaymarkApi =
  & { readonly [N in InvokeName]: (...args: IpcArgs<N>) => Promise<IpcResult<N>> }
  & { readonly [N in SendName]: (...args: IpcArgs<N>) => void }
  & { readonly [N in EventName as `on${Capitalize<N>}`]: (listener: (payload: IpcEventPayload<N>) => void) => () => void };

export type OpenResult = z.output<typeof openResultSchema>;
export type SaveOutcomeMessage = z.output<typeof saveOutcomeSchema>;
export type RecoverySnapshotMessage = z.output<typeof recoverySnapshotSchema>;
export type DocumentStateMessage = z.output<typeof documentStateSchema>;
export type RecentFileMessage = z.output<typeof recentFileSchema>;
export type ExportOutcomeMessage = z.output<typeof exportOutcomeSchema>;
