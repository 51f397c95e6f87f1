import { useEffect, useRef } from 'react';
import type { Card } from '../../../shared/model/schema';
import { MAX_TEXT, MAX_TITLE } from '../../../shared/model/schema';
import { updateCard } from '../../../shared/model/operations';
import { useDocumentStore } from '../../store/documentStore';
import { useUiStore } from '../../store/uiStore';

/**
 * Edits a card's title and body in place. Enter in the title (or Ctrl/Cmd+Enter anywhere)
 * saves both as one undo step, Tab moves to the body, Escape cancels, leaving the card saves.
 */
export function CardEditor({ card }: { card: Card }) {
  const form = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLTextAreaElement>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    // React Flow reveals a node only after measuring it; retry focus for a few frames.
    let frames = 0;
    let raf = 0;
    const tryFocus = () => {
      const el = title.current;
      if (!el) return;
      el.focus();
      if (document.activeElement === el) { el.select(); return; }
      if (++frames < 30) raf = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(raf);
  }, []);
  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    const t = title.current?.value.trim() ?? card.title;
    const b = body.current?.value ?? card.body;
    if (save && (t !== card.title || b !== card.body)) {
      useDocumentStore.getState().change('Edit card', (d) => updateCard(d, card.id, { title: t, body: b }));
    }
    useUiStore.getState().editCard(null);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') { e.preventDefault(); finish(false); }
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey || (e.currentTarget === title.current && !e.shiftKey))) { e.preventDefault(); finish(true); }
  };
  return (
    <div ref={form} className="wm-card-editor nodrag nopan nowheel"
      onBlur={(e) => { if (!form.current?.contains(e.relatedTarget as Node | null)) finish(true); }}>
      <textarea ref={title} className="wm-inline-edit" aria-label="Card title" rows={2} defaultValue={card.title} maxLength={MAX_TITLE} onKeyDown={onKeyDown} />
      <textarea ref={body} className="wm-inline-edit wm-inline-body" aria-label="Card notes" rows={2} placeholder="Notes" defaultValue={card.body} maxLength={MAX_TEXT} onKeyDown={onKeyDown} />
    </div>
  );
}
