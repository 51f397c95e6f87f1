import { useMemo, useState } from 'react';
import { type ExportRequest, exportFileName, PAGE_NAMES } from '../../../shared/export/exportRequest';
import { EXPORT_LAYERS, type ExportLayer } from '../../../shared/export/svgTypes';
import { serializeJourney } from '../../../shared/file/serializeJourney';
import { orderedLanes } from '../../../shared/model/journey';
import { currentPlatform } from '../../app/session';
import { canvasApi } from '../../canvas/canvasApi';
import type { ExportProgress } from '../../platform/Platform';
import { useDocumentStore } from '../../store/documentStore';
import { useUiStore } from '../../store/uiStore';
import { Dialog } from '../Dialog';
import { ExportPreview } from './ExportPreview';
import { rememberExport, rememberedExport } from './rememberedExport';

const FORMATS: { id: ExportRequest['format']; label: string }[] = [
  { id: 'pdf', label: 'PDF' }, { id: 'png', label: 'PNG' }, { id: 'svg', label: 'SVG' }, { id: 'csv', label: 'CSV grid' }, { id: 'md', label: 'Markdown report' },
];
const LAYER_LABELS: Record<ExportLayer, string> = { kpis: 'Data (KPIs)', comments: 'Comments', background: 'Background', legend: 'Legend' };

/** The part of the map on screen, in canvas units, for "current view". */
function currentView(): ExportRequest['scope'] {
  const el = document.querySelector('.wm-canvas');
  const api = canvasApi();
  if (!el || !api) return 'map';
  const r = el.getBoundingClientRect();
  const a = api.toCanvas({ x: r.left, y: r.top });
  const b = api.toCanvas({ x: r.right, y: r.bottom });
  return { viewport: { x: a.x, y: a.y, width: Math.max(1, b.x - a.x), height: Math.max(1, b.y - a.y) } };
}

/** Export: format, scope, layers and page options with a live preview; remembers the last settings per map. */
export function ExportDialog() {
  const journey = useDocumentStore((s) => s.journey);
  const selected = useUiStore((s) => s.selectedIds).filter((id) => journey.cards[id]);
  const [request, setRequest] = useState<ExportRequest>(() => rememberedExport(journey.id));
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lanes = useMemo(() => orderedLanes(journey), [journey]);
  const close = () => { if (progress) currentPlatform()?.cancelExport(); useUiStore.getState().open(null); };
  const set = (patch: Partial<ExportRequest>) => setRequest((r) => ({ ...r, ...patch }));
  const scopeKind = request.scope === 'map' ? 'map' : 'cardIds' in request.scope ? 'selection' : 'view';

  const run = async () => {
    const platform = currentPlatform();
    if (!platform) return;
    setError(null);
    setProgress({ fraction: 0, stage: 'starting' });
    rememberExport(journey.id, request);
    const outcome = await platform.exportDocument(serializeJourney(journey), request, exportFileName(journey.settings.title, request.format), setProgress);
    setProgress(null);
    if (outcome.kind === 'failed') { setError(outcome.message); return; }
    if (outcome.kind === 'saved') {
      const pages = outcome.pages ? ` (${outcome.pages} page${outcome.pages === 1 ? '' : 's'})` : '';
      useUiStore.getState().notify({ kind: outcome.notices.length ? 'error' : 'info', text: [`Exported ${outcome.doc.name}${pages}.`, ...outcome.notices].join(' ') });
      useUiStore.getState().open(null);
    }
  };

  return (
    <Dialog title="Export" onClose={close} className="wm-export">
      <div className="wm-export-body">
        <div className="wm-export-options">
          <fieldset><legend>Format</legend>
            {FORMATS.map((f) => (
              <label key={f.id} className="wm-inline"><input type="radio" name="format" checked={request.format === f.id} onChange={() => set({ format: f.id })} /> {f.label}</label>
            ))}
          </fieldset>
          {request.format !== 'csv' && request.format !== 'md' && (
            <>
              <fieldset><legend>What</legend>
                <label className="wm-inline"><input type="radio" name="scope" checked={scopeKind === 'map'} onChange={() => set({ scope: 'map' })} /> Whole map</label>
                <label className="wm-inline"><input type="radio" name="scope" disabled={selected.length === 0} checked={scopeKind === 'selection'} onChange={() => set({ scope: { cardIds: selected } })} /> Selection ({selected.length} card{selected.length === 1 ? '' : 's'})</label>
                <label className="wm-inline"><input type="radio" name="scope" checked={scopeKind === 'view'} onChange={() => set({ scope: currentView() })} /> Current view</label>
              </fieldset>
              <fieldset><legend>Show</legend>
                {EXPORT_LAYERS.map((layer) => (
                  <label key={layer} className="wm-inline"><input type="checkbox" checked={!request.hideLayers.includes(layer)}
                    onChange={(e) => set({ hideLayers: e.target.checked ? request.hideLayers.filter((l) => l !== layer) : [...request.hideLayers, layer] })} /> {LAYER_LABELS[layer]}</label>
                ))}
                <label className="wm-inline">Theme <select value={request.theme} onChange={(e) => set({ theme: e.target.value as ExportRequest['theme'] })}><option value="light">Light</option><option value="dark">Dark</option></select></label>
              </fieldset>
            </>
          )}
          <fieldset><legend>Lanes</legend>
            {lanes.map((l) => (
              <label key={l.id} className="wm-inline"><input type="checkbox" checked={!request.hideLanes.includes(l.id)}
                onChange={(e) => set({ hideLanes: e.target.checked ? request.hideLanes.filter((id) => id !== l.id) : [...request.hideLanes, l.id] })} /> {l.name}</label>
            ))}
          </fieldset>
          {request.format === 'png' && (
            <fieldset><legend>Image</legend>
              <label className="wm-inline">Scale <select value={request.png.dpi ? 'dpi' : String(request.png.scale)} onChange={(e) => set({ png: e.target.value === 'dpi' ? { ...request.png, dpi: 300 } : { scale: Number(e.target.value), background: request.png.background } })}>
                {[1, 2, 3, 4].map((s) => <option key={s} value={s}>{s}×</option>)}<option value="dpi">DPI…</option>
              </select></label>
              {request.png.dpi !== undefined && <label className="wm-inline">DPI <input type="number" min={24} max={1200} step={1} value={request.png.dpi} onChange={(e) => set({ png: { ...request.png, dpi: Math.min(1200, Math.max(24, Math.round(Number(e.target.value) || 300))) } })} /></label>}
              <label className="wm-inline">Background <select value={request.png.background} onChange={(e) => set({ png: { ...request.png, background: e.target.value as 'white' | 'transparent' } })}><option value="white">White</option><option value="transparent">Transparent</option></select></label>
            </fieldset>
          )}
          {request.format === 'pdf' && <PdfOptions request={request} set={set} />}
          {request.format === 'svg' && (
            <fieldset><legend>Font</legend>
              <label className="wm-inline"><input type="radio" name="fonts" checked={request.svgFonts === 'embed'} onChange={() => set({ svgFonts: 'embed' })} /> Embed Inter (self-contained)</label>
              <label className="wm-inline"><input type="radio" name="fonts" checked={request.svgFonts === 'reference'} onChange={() => set({ svgFonts: 'reference' })} /> Refer to Inter by name (smaller)</label>
            </fieldset>
          )}
        </div>
        <div className="wm-export-preview-box"><ExportPreview journey={journey} request={request} /></div>
      </div>
      {error && <p role="alert" className="wm-export-error" data-testid="export-error">{error}</p>}
      {progress && <progress max={1} value={progress.fraction} aria-label={`Export: ${progress.stage}`} data-testid="export-progress" />}
      <div className="wm-buttons">
        {progress ? <button type="button" onClick={() => currentPlatform()?.cancelExport()}>Cancel export</button>
          : <button type="button" className="wm-primary" onClick={() => void run()}>Export {FORMATS.find((f) => f.id === request.format)!.label}…</button>}
        <button type="button" onClick={close}>Close</button>
      </div>
    </Dialog>
  );
}

function PdfOptions({ request, set }: { request: ExportRequest; set(patch: Partial<ExportRequest>): void }) {
  const pdf = request.pdf;
  const setPdf = (patch: Partial<ExportRequest['pdf']>) => set({ pdf: { ...pdf, ...patch } });
  const custom = typeof pdf.page !== 'string';
  return (
    <fieldset><legend>Pages</legend>
      <label className="wm-inline">Paper <select value={custom ? 'custom' : (pdf.page as string)} onChange={(e) => setPdf({ page: e.target.value === 'custom' ? { widthMm: 1000, heightMm: 700 } : e.target.value as (typeof PAGE_NAMES)[number] })}>
        {PAGE_NAMES.map((p) => <option key={p} value={p}>{p}</option>)}<option value="custom">Custom…</option>
      </select></label>
      {custom && typeof pdf.page !== 'string' && (
        <>
          <label className="wm-inline">Width (mm) <input type="number" min={50} max={5000} value={pdf.page.widthMm} onChange={(e) => setPdf({ page: { widthMm: Math.min(5000, Math.max(50, Number(e.target.value) || 50)), heightMm: (pdf.page as { heightMm: number }).heightMm } })} /></label>
          <label className="wm-inline">Height (mm) <input type="number" min={50} max={5000} value={pdf.page.heightMm} onChange={(e) => setPdf({ page: { widthMm: (pdf.page as { widthMm: number }).widthMm, heightMm: Math.min(5000, Math.max(50, Number(e.target.value) || 50)) } })} /></label>
        </>
      )}
      <label className="wm-inline">Orientation <select value={pdf.orientation} onChange={(e) => setPdf({ orientation: e.target.value as ExportRequest['pdf']['orientation'] })}><option value="auto">Fit the map</option><option value="landscape">Landscape</option><option value="portrait">Portrait</option></select></label>
      <label className="wm-inline">Margins (mm) <input type="number" min={0} max={100} value={pdf.marginMm} onChange={(e) => setPdf({ marginMm: Math.min(100, Math.max(0, Number(e.target.value) || 0)) })} /></label>
      <label className="wm-inline"><input type="radio" name="pdflayout" checked={pdf.layout === 'fit'} onChange={() => setPdf({ layout: 'fit' })} /> Fit to one page</label>
      <label className="wm-inline"><input type="radio" name="pdflayout" checked={pdf.layout === 'tile'} onChange={() => setPdf({ layout: 'tile' })} /> Tile across pages (wall poster)</label>
      {pdf.layout === 'tile' && (
        <>
          <label className="wm-inline">Overlap (mm) <input type="number" min={0} max={50} value={pdf.overlapMm} onChange={(e) => setPdf({ overlapMm: Math.min(50, Math.max(0, Number(e.target.value) || 0)) })} /></label>
          <label className="wm-inline"><input type="checkbox" checked={pdf.cropMarks} onChange={(e) => setPdf({ cropMarks: e.target.checked })} /> Crop marks</label>
          <label className="wm-inline"><input type="checkbox" checked={pdf.pageLabels} onChange={(e) => setPdf({ pageLabels: e.target.checked })} /> Page labels</label>
        </>
      )}
      <label className="wm-inline"><input type="checkbox" checked={pdf.titleBlock} onChange={(e) => setPdf({ titleBlock: e.target.checked })} /> Title block (title, persona, date, sources)</label>
    </fieldset>
  );
}
