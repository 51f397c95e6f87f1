import { useEffect } from 'react';
import { applyPaste, copySelection } from './editHandlers';
import { parseClipboard } from './clipboard';
import { commandForEvent, runCommand } from './registry';
import { deleteCards } from '../../shared/model/operations';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';

const isTyping = (t: EventTarget | null) => {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
};
/** Keys that keep their meaning on a focused button or menu (Tab moves focus, Enter presses). */
const isControl = (t: EventTarget | null) => !!(t as HTMLElement | null)?.closest?.('button, [role="menu"], [role="dialog"], .wm-panel');

/**
 * Keyboard shortcuts and the clipboard for the whole window, all through the registry.
 * Copy, cut and paste use the browser's clipboard events (they work without clipboard
 * permissions and carry both our JSON and plain text).
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.defaultPrevented) return;
      const id = commandForEvent(e);
      if (!id || id === 'edit.copy' || id === 'edit.cut' || id === 'edit.paste') return;
      if (isControl(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey && ['Tab', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Escape'].includes(e.key)) {
        if (e.key !== 'Escape') return;
      }
      if (runCommand(id)) e.preventDefault();
    };
    const onCopy = (e: ClipboardEvent) => {
      if (isTyping(e.target) || !useUiStore.getState().selectedIds.length) return;
      const data = copySelection();
      if (data === null || !e.clipboardData) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', data.text);
      e.clipboardData.setData('application/x-waymark-cards', data.json);
    };
    const onCut = (e: ClipboardEvent) => {
      if (isTyping(e.target) || useDocumentStore.getState().readOnly) return;
      onCopy(e);
      const ids = useUiStore.getState().selectedIds;
      if (ids.length) { useDocumentStore.getState().change('Cut', (d) => deleteCards(d, ids)); useUiStore.getState().select([]); }
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target) || !e.clipboardData) return;
      const ours = e.clipboardData.getData('application/x-waymark-cards');
      applyPaste(parseClipboard(ours || e.clipboardData.getData('text/plain')));
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('copy', onCopy);
    window.addEventListener('cut', onCut);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('copy', onCopy);
      window.removeEventListener('cut', onCut);
      window.removeEventListener('paste', onPaste);
    };
  }, []);
}
