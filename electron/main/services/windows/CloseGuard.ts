/**
 * What closing a window with unsaved changes does: ask Save / Don't Save / Cancel; Save
 * asks the page to save and closes the window only once the page reports the map clean.
 * A save the user cancels (or that fails) leaves the window open. The decision is pure
 * so it is tested without Electron.
 */
export type CloseAnswer = 'save' | 'discard' | 'cancel';

export interface CloseGuardPorts {
  ask(title: string): CloseAnswer;
  requestSave(): void;
  now(): number;
}

/** How long a requested save may take before a later, unrelated save no longer closes the window. */
export const SAVE_THEN_CLOSE_WINDOW_MS = 120_000;

export class CloseGuard {
  private saveRequestedAt: number | null = null;
  private closing = false;

  constructor(private readonly ports: CloseGuardPorts) {}

  /** Called on the window's close event; returns whether the close may go ahead now. */
  onCloseRequested(state: { dirty: boolean; title: string }): boolean {
    if (this.closing || !state.dirty) return true;
    const answer = this.ports.ask(state.title);
    if (answer === 'discard') { this.closing = true; return true; }
    if (answer === 'save') { this.saveRequestedAt = this.ports.now(); this.ports.requestSave(); }
    return false;
  }

  /** Called whenever the page reports its state; returns whether to close the window now. */
  onStateChanged(state: { dirty: boolean }): boolean {
    if (this.saveRequestedAt === null || state.dirty) return false;
    const inTime = this.ports.now() - this.saveRequestedAt <= SAVE_THEN_CLOSE_WINDOW_MS;
    this.saveRequestedAt = null;
    if (inTime) this.closing = true;
    return inTime;
  }
}
