import { useEffect, useRef } from 'react';

/** Edits a name in place: Enter or blur commits, Escape cancels. */
export function InlineName({ value, onCommit, onCancel, label, multiline = false }: { value: string; onCommit(v: string): void; onCancel(): void; label: string; multiline?: boolean }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => { ref.current?.focus(); ref.current?.select(); }, []);
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
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); finish(true); }
        else if (e.key === 'Escape') { e.preventDefault(); finish(false); }
      }}
    />
  );
}
