import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { applyTheme } from './theme/applyTheme';
import { useDocumentStore } from './store/documentStore';
import { darkTheme, lightTheme } from '../shared/theme/theme';

applyTheme(window.matchMedia?.('(prefers-color-scheme: dark)').matches ? darkTheme : lightTheme);

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);

// A read-only window into the open map for the devtools console and for end-to-end tests
// that check what the user built (a deep copy: nothing can change the document through it).
Object.defineProperty(window, '__waymark', {
  value: Object.freeze({
    journey: () => structuredClone(useDocumentStore.getState().journey),
    historyLength: () => useDocumentStore.getState().past.length,
  }),
});
