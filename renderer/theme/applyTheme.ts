import { FONT_STACK, type Theme } from '../../shared/theme/theme';
import { CARD_KINDS } from '../../shared/model/vocabulary';

/** Publishes the shared theme as CSS variables, so the canvas and the export use one palette. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  const set = (name: string, value: string) => root.style.setProperty(`--wm-${name}`, value);
  set('bg', theme.background);
  set('surface', theme.stageHeaderFill);
  set('text', theme.text);
  set('muted', theme.mutedText);
  set('grid', theme.gridLine);
  set('cell-border', theme.cellBorder);
  set('band-0', theme.laneBandFill[0]);
  set('band-1', theme.laneBandFill[1]);
  set('connection', theme.connection);
  set('selection', theme.selection);
  set('font', FONT_STACK);
  set('good', theme.statusGood);
  set('warn', theme.statusWarn);
  set('bad', theme.statusBad);
  for (const kind of CARD_KINDS) {
    const k = theme.kinds[kind];
    set(`${kind}-fill`, k.fill);
    set(`${kind}-stroke`, k.stroke);
    set(`${kind}-accent`, k.accent);
    set(`${kind}-text`, k.text);
  }
  root.dataset.theme = theme.name;
}
