/**
 * Every IPC message is checked for who sent it before its arguments are even parsed:
 * only the main frame (not an iframe) of one of our own windows, showing our own page
 * from app://waymark. A subframe or a page from elsewhere (a navigation that slipped
 * through, injected content) gets nothing.
 */
import { isAppUrl } from './appOrigin';

/** The parts of Electron's IpcMainEvent / IpcMainInvokeEvent this check reads. */
export interface SenderFrameLike {
  readonly url: string;
  /** null for a top-level (main) frame. */
  readonly parent: unknown;
}
export interface IpcEventLike {
  readonly sender: { readonly id: number };
  /** null when the frame has navigated away or been destroyed. */
  readonly senderFrame: SenderFrameLike | null;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string };

export function validateSender(event: IpcEventLike, isOurWindow: (webContentsId: number) => boolean): SenderVerdict {
  const frame = event.senderFrame;
  if (!frame) return { ok: false, reason: 'the sending frame is gone' };
  if (!isOurWindow(event.sender.id)) return { ok: false, reason: `webContents ${event.sender.id} is not a Waymark window` };
  if (frame.parent !== null) return { ok: false, reason: 'sent from a subframe' };
  if (!isAppUrl(frame.url)) return { ok: false, reason: `sent from a foreign page (${frame.url.slice(0, 100)})` };
  return { ok: true };
}
