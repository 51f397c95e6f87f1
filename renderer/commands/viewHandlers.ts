import { darkTheme, lightTheme } from '../../shared/theme/theme';
import { canvasApi } from '../canvas/canvasApi';
import { applyTheme } from '../theme/applyTheme';
import { currentPlatform } from '../app/session';
import { useUiStore } from '../store/uiStore';
import type { Handlers } from './Handler';

export const viewHandlers: Handlers = {
  'view.zoomIn': { run: () => canvasApi()?.zoomIn() },
  'view.zoomOut': { run: () => canvasApi()?.zoomOut() },
  'view.fit': { run: () => canvasApi()?.fitView() },
  'view.palette': { run: () => useUiStore.getState().open('palette') },
  'edit.find': { run: () => useUiStore.getState().open('find') },
  'view.focusPanel': {
    run: () => {
      const panel = document.querySelector<HTMLElement>('.wm-panel [role="tabpanel"]');
      panel?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
    },
  },
  'view.toggleTheme': {
    // Kept for the next start (View › Theme's setting on the desktop); the platform's
    // color-scheme listener (theme/followColorScheme.ts) then applies it.
    run: () => {
      const next = useUiStore.getState().theme === 'dark' ? 'light' : 'dark';
      const platform = currentPlatform();
      if (platform) { platform.setColorScheme(next); return; }
      useUiStore.getState().setTheme(next);
      applyTheme(next === 'dark' ? darkTheme : lightTheme);
    },
  },
};
