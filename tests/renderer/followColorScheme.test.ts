import { describe, expect, it } from 'vitest';
import { useUiStore } from '../../renderer/store/uiStore';
import { followColorScheme } from '../../renderer/theme/followColorScheme';
import { darkTheme } from '../../shared/theme/theme';

describe('followColorScheme', () => {
  it('shows the system’s scheme at once and follows every change', () => {
    let push: (scheme: 'light' | 'dark') => void = () => undefined;
    followColorScheme({ onColorSchemeChange: (listener) => { push = listener; listener('dark'); return () => undefined; } });
    expect(useUiStore.getState().theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe(darkTheme.name);
    expect(document.documentElement.style.getPropertyValue('--wm-bg')).toBe(darkTheme.background);
    push('light');
    expect(useUiStore.getState().theme).toBe('light');
    expect(document.documentElement.dataset.theme).not.toBe(darkTheme.name);
  });
});
