/**
 * The page shows the system's light or dark theme (on the desktop: View › Theme, which
 * follows the OS unless set to Light or Dark), from the first paint on and whenever it
 * changes. The toolbar's theme toggle sets the same preference (Platform.setColorScheme).
 */
import { darkTheme, lightTheme } from '../../shared/theme/theme';
import type { Platform } from '../platform/Platform';
import { useUiStore } from '../store/uiStore';
import { applyTheme } from './applyTheme';

export function followColorScheme(platform: Pick<Platform, 'onColorSchemeChange'>): () => void {
  return platform.onColorSchemeChange((scheme) => {
    useUiStore.getState().setTheme(scheme);
    applyTheme(scheme === 'dark' ? darkTheme : lightTheme);
  });
}
