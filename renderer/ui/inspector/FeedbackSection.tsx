import { useMemo } from 'react';
import type { Journey } from '../../../shared/model/schema';
import { useDocumentStore } from '../../store/documentStore';
import { Section } from './fields';

/** Survey and review comments about a card: those of the scopes mapped onto it, most negative first. */
export function feedbackFor(journey: Pick<Journey, 'bindings' | 'datasets'>, cardId: string) {
  const scopes = new Map<string, Set<string>>();
  for (const b of Object.values(journey.bindings)) {
    if (b.target.type !== 'card' || b.target.id !== cardId) continue;
    const set = scopes.get(b.datasetId) ?? new Set<string>();
    set.add(b.scope);
    scopes.set(b.datasetId, set);
  }
  const out: { text: string; score?: number; sentiment?: number; dataset: string; respondentId?: string }[] = [];
  for (const [datasetId, set] of scopes) {
    const d = journey.datasets[datasetId];
    if (!d) continue;
    for (const f of d.feedback) if (set.has(f.scope)) out.push({ ...f, dataset: d.name });
  }
  return out.sort((a, b) => (a.sentiment ?? 0) - (b.sentiment ?? 0));
}

export function FeedbackSection({ cardId }: { cardId: string }) {
  const bindings = useDocumentStore((s) => s.journey.bindings);
  const datasets = useDocumentStore((s) => s.journey.datasets);
  const items = useMemo(() => feedbackFor({ bindings, datasets }, cardId), [bindings, datasets, cardId]);
  if (items.length === 0) return null;
  return (
    <Section title={`Feedback (${items.length})`}>
      <ul className="wm-feedback" data-testid="feedback">
        {items.slice(0, 50).map((f, i) => (
          <li key={i} className={f.sentiment === undefined ? '' : f.sentiment < -0.1 ? 'is-negative' : f.sentiment > 0.1 ? 'is-positive' : ''}>
            “{f.text}”
            <div className="wm-muted">{f.dataset}{f.score !== undefined ? ` · score ${f.score}` : ''}{f.sentiment !== undefined ? ` · sentiment ${f.sentiment >= 0 ? '+' : ''}${f.sentiment.toFixed(2)}` : ''}{f.respondentId ? ` · ${f.respondentId}` : ''}</div>
          </li>
        ))}
        {items.length > 50 && <li className="wm-muted">…and {items.length - 50} more</li>}
      </ul>
    </Section>
  );
}
