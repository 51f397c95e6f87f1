import { useEffect, useRef } from 'react';

export interface MenuItem { id: string; label: string; onSelect(): void; disabled?: boolean; danger?: boolean; swatch?: string }

/** A small keyboard-friendly menu: arrow keys move, Enter picks, Escape closes. */
export function HeaderMenu({ items, onClose, label }: { items: MenuItem[]; onClose(): void; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const away = (e: PointerEvent) => { if (!ref.current?.contains(e.target as Node)) onClose(); };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [onClose]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown') { buttons[(at + 1) % buttons.length]?.focus(); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { buttons[(at - 1 + buttons.length) % buttons.length]?.focus(); e.preventDefault(); }
    else if (e.key === 'Escape') { onClose(); e.preventDefault(); }
    e.stopPropagation();
  };
  return (
    <div className="wm-menu nodrag nopan nowheel" role="menu" aria-label={label} ref={ref} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button key={item.id} type="button" role="menuitem" disabled={item.disabled} className={item.danger ? 'is-danger' : undefined}
          onClick={() => { onClose(); item.onSelect(); }}>
          {item.swatch && <span className="wm-swatch" style={{ background: item.swatch }} aria-hidden />}{item.label}
        </button>
      ))}
    </div>
  );
}
