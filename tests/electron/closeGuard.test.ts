import { describe, expect, it } from 'vitest';
import { CloseGuard, type CloseAnswer, SAVE_THEN_CLOSE_WINDOW_MS } from '../../electron/main/services/windows/CloseGuard';

function guard(answer: CloseAnswer) {
  const calls = { asked: 0, saves: 0 };
  let t = 1_000;
  const g = new CloseGuard({ ask: () => { calls.asked++; return answer; }, requestSave: () => { calls.saves++; }, now: () => t });
  return { g, calls, advance: (ms: number) => { t += ms; } };
}
const dirty = { dirty: true, title: 'Map.journey' };

describe('closing a window with unsaved changes', () => {
  it('closes a clean window without asking', () => {
    const { g, calls } = guard('cancel');
    expect(g.onCloseRequested({ dirty: false, title: 'x' })).toBe(true);
    expect(calls.asked).toBe(0);
  });
  it('Cancel really cancels', () => {
    const { g, calls } = guard('cancel');
    expect(g.onCloseRequested(dirty)).toBe(false);
    expect(calls.saves).toBe(0);
    expect(g.onStateChanged({ dirty: false })).toBe(false);
  });
  it("Don't Save closes, and the second close event (the real one) is not asked again", () => {
    const { g, calls } = guard('discard');
    expect(g.onCloseRequested(dirty)).toBe(true);
    expect(g.onCloseRequested(dirty)).toBe(true);
    expect(calls.asked).toBe(1);
  });
  it('Save asks the page to save and closes once the map is clean', () => {
    const { g, calls } = guard('save');
    expect(g.onCloseRequested(dirty)).toBe(false);
    expect(calls.saves).toBe(1);
    expect(g.onStateChanged({ dirty: true })).toBe(false); // still saving, or the save was cancelled
    expect(g.onStateChanged({ dirty: false })).toBe(true);
    expect(g.onCloseRequested(dirty)).toBe(true);
  });
  it('a save that comes much later (the user cancelled the save dialog) does not close the window', () => {
    const { g, advance } = guard('save');
    g.onCloseRequested(dirty);
    advance(SAVE_THEN_CLOSE_WINDOW_MS + 1);
    expect(g.onStateChanged({ dirty: false })).toBe(false);
  });
});
