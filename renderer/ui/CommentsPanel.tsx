import { useMemo, useState } from 'react';
import { addComment, setCommentResolved } from '../../shared/model/operations';
import type { Comment } from '../../shared/model/schema';
import { createId } from '../../shared/model/ids';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { Dialog } from './Dialog';

const change: ReturnType<typeof useDocumentStore.getState>['change'] = (...args) => useDocumentStore.getState().change(...args);

function targetName(c: Comment): string {
  const j = useDocumentStore.getState().journey;
  const t = c.target;
  const name = t.type === 'stage' ? j.stages[t.id]?.name : t.type === 'lane' ? j.lanes[t.id]?.name : j.cards[t.id]?.title;
  return `${t.type[0]!.toUpperCase()}${t.type.slice(1)}: ${name ?? '(deleted)'}`;
}

export function CommentsPanel() {
  const records = useDocumentStore((s) => s.journey.comments);
  const comments = useMemo(() => Object.values(records).sort((a, b) => a.createdAt.localeCompare(b.createdAt)), [records]);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const [showResolved, setShowResolved] = useState(false);
  const shown = comments.filter((c) => showResolved || !c.resolved);
  return (
    <div className="wm-comments">
      <h2>Comments</h2>
      <label className="wm-inline-check"><input type="checkbox" checked={showResolved} onChange={() => setShowResolved(!showResolved)} /> Show resolved</label>
      {shown.length === 0 && <p className="wm-muted">No open comments.</p>}
      <ol>
        {shown.map((c) => (
          <li key={c.id} className={c.resolved ? 'is-resolved' : undefined} aria-label={`Comment by ${c.author}`}>
            <button type="button" className="wm-link" onClick={() => { if (c.target.type === 'card') useUiStore.getState().select([c.target.id]); }}>{targetName(c)}</button>
            <p>{c.text}</p>
            <p className="wm-muted">{c.author} · {new Date(c.createdAt).toLocaleString()}</p>
            {!readOnly && <button type="button" onClick={() => change(c.resolved ? 'Reopen comment' : 'Resolve comment', (d) => setCommentResolved(d, c.id, !c.resolved))}>{c.resolved ? 'Reopen' : 'Resolve'}</button>}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Insert › Comment: on the selected card, else on the active cell's stage. */
export function CommentDialog() {
  const [text, setText] = useState('');
  const [author, setAuthor] = useState(() => localStorage.getItem('waymark.author') ?? '');
  const close = () => useUiStore.getState().open(null);
  const { selectedIds, activeCell } = useUiStore.getState();
  const j = useDocumentStore.getState().journey;
  const card = selectedIds.length === 1 ? j.cards[selectedIds[0]!] : undefined;
  const cell = card ? { stageId: card.stageId, laneId: card.laneId } : activeCell;
  const choices: { target: Comment['target']; label: string }[] = [
    ...(card ? [{ target: { type: 'card' as const, id: card.id }, label: `Card “${card.title}”` }] : []),
    ...(cell && j.stages[cell.stageId] ? [{ target: { type: 'stage' as const, id: cell.stageId }, label: `Stage “${j.stages[cell.stageId]!.name}”` }] : []),
    ...(cell && j.lanes[cell.laneId] ? [{ target: { type: 'lane' as const, id: cell.laneId }, label: `Lane “${j.lanes[cell.laneId]!.name}”` }] : []),
  ];
  const [choice, setChoice] = useState(0);
  const target = choices[choice]?.target ?? null;
  const save = () => {
    if (!target || !text.trim()) return;
    localStorage.setItem('waymark.author', author);
    change('Add comment', (d) => addComment(d, { id: createId('comment'), target, author: author.trim() || 'Anonymous', text: text.trim(), createdAt: new Date().toISOString(), resolved: false }));
    close();
    useUiStore.getState().setPanel('comments');
  };
  return (
    <Dialog title="Add a comment" onClose={close}>
      {choices.length === 0 && <p>Select a card or a cell first.</p>}
      {choices.length > 0 && (
        <fieldset className="wm-radio" aria-label="Comment on">
          <legend>Comment on</legend>
          {choices.map((c, i) => <label key={c.target.type}><input type="radio" name="target" checked={choice === i} onChange={() => setChoice(i)} /> {c.label}</label>)}
        </fieldset>
      )}
      <label className="wm-field"><span>Your name</span><input value={author} onChange={(e) => setAuthor(e.target.value)} aria-label="Your name" /></label>
      <label className="wm-field"><span>Comment</span><textarea autoFocus rows={4} value={text} onChange={(e) => setText(e.target.value)} aria-label="Comment"
        onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save(); }} /></label>
      <div className="wm-buttons"><button type="button" className="is-primary" disabled={!target || !text.trim()} onClick={save}>Add comment</button><button type="button" onClick={close}>Cancel</button></div>
    </Dialog>
  );
}
