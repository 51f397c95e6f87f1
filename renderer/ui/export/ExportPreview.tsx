import { useEffect, useState } from 'react';
import { type ExportRequest, requestSvgOptions } from '../../../shared/export/exportRequest';
import { renderJourneySvg } from '../../../shared/export/renderJourneySvg';
import type { Journey } from '../../../shared/model/schema';
import { embeddedFonts } from '../../export/browserFonts';

/** A live preview: the same SVG the export draws, redrawn (debounced) as the options change. */
export function ExportPreview({ journey, request }: { journey: Journey; request: ExportRequest }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    let made: string | null = null;
    const timer = setTimeout(() => {
      void embeddedFonts().then((fonts) => {
        if (cancelled) return;
        try {
          const svg = renderJourneySvg(journey, { ...requestSvgOptions(request), fonts: { mode: 'embed', ...fonts } });
          made = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
          setUrl(made);
          setError(null);
        } catch (e) {
          setError(e instanceof Error ? e.message : String(e));
        }
      });
    }, 150);
    return () => { cancelled = true; clearTimeout(timer); if (made) URL.revokeObjectURL(made); };
  }, [journey, request]);
  if (request.format === 'csv' || request.format === 'md') return <p className="wm-muted">{request.format === 'csv' ? 'A table of the grid: one row per card, with its stage and lane.' : 'A report: stages, touchpoints, pain points by severity and KPIs with their sources.'}</p>;
  if (error) return <p role="alert" className="wm-export-preview-error">{error}</p>;
  return url ? <img className="wm-export-preview" src={url} alt="Preview of the export" data-testid="export-preview" /> : <p className="wm-muted">Drawing the preview…</p>;
}
