import { TEMPLATES } from '../../shared/templates/templates/templates';
import { instantiateTemplate, reidJourney } from '../../shared/templates/templates/instantiateTemplate';
import type { Journey } from '../../shared/model/schema';
import { buildJourney } from '../../shared/templates/buildJourney';
import { SAMPLES } from '../../shared/templates/samples/samples';
import { confirmDiscard, showJourney } from '../app/documentLifecycle';
import { useUiStore } from '../store/uiStore';
import { Dialog } from './Dialog';

/** New from template: the five journey types, plus the two sample maps as starting points. */
export function TemplatesDialog() {
  const close = () => useUiStore.getState().open(null);
  const start = async (make: () => Journey, name: string) => {
    close();
    if (!(await confirmDiscard('start a new map'))) return;
    const journey = make();
    showJourney(journey, `${name}.journey`, null, { dirty: true });
  };
  return (
    <Dialog title="New from template" onClose={close} className="wm-templates">
      <ul className="wm-template-list">
        {TEMPLATES.map((t) => (
          <li key={t.id}>
            <button type="button" onClick={() => start(() => instantiateTemplate(t.spec), t.name)} aria-label={`Template: ${t.name}`}>
              <strong>{t.name}</strong><span className="wm-tag">{t.journeyType}</span>
              <span className="wm-muted">{t.description}</span>
            </button>
          </li>
        ))}
        {SAMPLES.map((s) => (
          <li key={s.fileName}>
            <button type="button" onClick={() => start(() => reidJourney(buildJourney(s.spec)), s.spec.title)} aria-label={`Sample: ${s.spec.title}`}>
              <strong>{s.spec.title}</strong><span className="wm-tag">sample</span>
              <span className="wm-muted">{s.spec.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
