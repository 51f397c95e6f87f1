import { useEffect, useRef } from 'react';
import { MAX_TITLE } from '../../../shared/model/schema';

/** Edits a name in place: Enter or blur commits, Escape cancels. */
export function InlineName({ value, onCommit, onCancel, label, multiline = false }: { value: string; onCommit(v: string): void; onCancel(): void; label: string; multiline?: boolean }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    // React Flow shows a node only after measuring it; focus fails while it is hidden, so retry for a few frames.
    let frames = 0;
    let raf = 0;
    const tryFocus = () => {
      const el = ref.current;
      if (!el) return;
      el.focus();
      if (document.activeElement === el) { el.select(); return; }
      if (++frames < 30) raf = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(raf);
  }, []);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    const v = ref.current?.value.trim() ?? '';
    if (commit && v !== value) onCommit(v); else onCancel();
  };
  return (
    <textarea
      ref={ref}
      className="wm-inline-edit nodrag nopan nowheel"
      aria-label={label}
      defaultValue={value}
      rows={multiline ? 3 : 1}
      maxLength={MAX_TITLE}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); finish(true); }
        else if (e.key === 'Escape') { e.preventDefault(); finish(false); }
      }}
    />
  );
}
