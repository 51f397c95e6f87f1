import { useQuestionStore } from './ask';
import { Dialog } from './Dialog';

/** Renders the current question from `ask()`. Escape answers with the last (cancelling) button. */
export function QuestionModal() {
  const q = useQuestionStore((s) => s.question);
  if (!q) return null;
  const cancel = q.buttons[q.buttons.length - 1]!.id;
  return (
    <Dialog title={q.title} onClose={() => q.resolve(cancel)} className="wm-question">
      <p>{q.message}</p>
      {q.details && <ul className="wm-details">{q.details.map((d, i) => <li key={i}><code>{d}</code></li>)}</ul>}
      <div className="wm-buttons">
        {q.buttons.map((b) => <button key={b.id} type="button" className={b.primary ? 'is-primary' : undefined} autoFocus={b.primary} onClick={() => q.resolve(b.id)}>{b.label}</button>)}
      </div>
    </Dialog>
  );
}
