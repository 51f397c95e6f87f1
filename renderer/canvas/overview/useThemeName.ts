import { useSyncExternalStore } from 'react';

/** The theme applied to the page (`applyTheme` sets `data-theme` on the root), for drawing outside CSS. */
export function useThemeName(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, read, () => 'light');
}

const read = (): 'light' | 'dark' => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
