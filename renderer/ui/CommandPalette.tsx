import { useMemo, useState } from 'react';
import { COMMANDS, displayShortcut, isEnabled, runCommand } from '../commands/registry';
import { useUiStore } from '../store/uiStore';
import { Dialog } from './Dialog';

/** Ctrl/Cmd+K: every command by name, filtered as you type, run with Enter. */
export function CommandPalette() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const close = () => useUiStore.getState().open(null);
  const matches = useMemo(() => {
    const q = query.toLowerCase().trim();
    return [...COMMANDS.values()].filter((c) => c.palette !== false && isEnabled(c.id) && (!q || c.label.toLowerCase().includes(q) || c.id.includes(q)));
  }, [query]);
  const run = (id: string) => { close(); setTimeout(() => runCommand(id), 0); };
  return (
    <Dialog title="Command palette" onClose={close} className="wm-palette">
      <input autoFocus aria-label="Command" placeholder="Type a command…" value={query}
        onChange={(e) => { setQuery(e.target.value); setActive(0); }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { setActive((a) => Math.min(a + 1, matches.length - 1)); e.preventDefault(); }
          else if (e.key === 'ArrowUp') { setActive((a) => Math.max(a - 1, 0)); e.preventDefault(); }
          else if (e.key === 'Enter' && matches[active]) { run(matches[active]!.id); e.preventDefault(); }
        }} />
      <ul role="listbox" aria-label="Commands">
        {matches.map((c, i) => (
          <li key={c.id} role="option" aria-selected={i === active} className={i === active ? 'is-active' : undefined} onMouseEnter={() => setActive(i)} onClick={() => run(c.id)}>
            <span>{c.label}</span>{c.shortcuts?.[0] && <kbd>{displayShortcut(c.shortcuts[0])}</kbd>}
          </li>
        ))}
        {matches.length === 0 && <li className="wm-muted">No command matches “{query}”.</li>}
      </ul>
    </Dialog>
  );
}
