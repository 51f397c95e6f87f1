import type { ReactNode } from 'react';

/** Text that commits on blur (one undo step per edit, not per keystroke). */
export function TextField({ label, value, onCommit, multiline, readOnly, placeholder }: { label: string; value: string; onCommit(v: string): void; multiline?: boolean; readOnly?: boolean; placeholder?: string }) {
  const props = {
    defaultValue: value, readOnly, placeholder, 'aria-label': label,
    onBlur: (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => { if (e.currentTarget.value !== value) onCommit(e.currentTarget.value); },
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => { if (e.key === 'Enter' && !multiline) e.currentTarget.blur(); },
  };
  return (
    <label className="wm-field"><span>{label}</span>
      {multiline ? <textarea rows={4} {...props} key={value} /> : <input type="text" {...props} key={value} />}
    </label>
  );
}

export function NumberField({ label, value, onCommit, min, max, step = 1, readOnly }: { label: string; value: number | undefined; onCommit(v: number | undefined): void; min?: number; max?: number; step?: number; readOnly?: boolean }) {
  return (
    <label className="wm-field"><span>{label}</span>
      <input type="number" key={String(value)} defaultValue={value ?? ''} min={min} max={max} step={step} readOnly={readOnly} aria-label={label}
        onBlur={(e) => {
          const raw = e.currentTarget.value.trim();
          const v = raw === '' ? undefined : Number(raw);
          if (v !== undefined && !Number.isFinite(v)) return;
          if (v !== value) onCommit(v);
        }}
        onKeyDown={(e) => { if (e.key === 'Enter') e.currentTarget.blur(); }} />
    </label>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange, disabled }: { label: string; value: T; options: readonly { value: T; label: string }[]; onChange(v: T): void; disabled?: boolean }) {
  return (
    <label className="wm-field"><span>{label}</span>
      <select value={value} disabled={disabled} aria-label={label} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return <section className="wm-section" aria-label={title}><h3>{title}</h3>{children}</section>;
}
