/** The last export settings of each map, kept in the browser's storage by map id (not in the document: exporting is no edit). */
import { DEFAULT_EXPORT_REQUEST, type ExportRequest, parseRememberedRequest } from '../../../shared/export/exportRequest';

const key = (journeyId: string) => `waymark.export.${journeyId}`;

export function rememberedExport(journeyId: string): ExportRequest {
  try {
    const text = globalThis.localStorage?.getItem(key(journeyId));
    // The scope is chosen afresh each time: a remembered selection may be gone.
    return text ? { ...parseRememberedRequest(JSON.parse(text)), scope: 'map' } : DEFAULT_EXPORT_REQUEST;
  } catch {
    return DEFAULT_EXPORT_REQUEST;
  }
}

export function rememberExport(journeyId: string, request: ExportRequest): void {
  try { globalThis.localStorage?.setItem(key(journeyId), JSON.stringify({ ...request, scope: 'map' })); } catch { /* storage full or off: nothing to keep */ }
}
