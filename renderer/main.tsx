import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { applyTheme } from './theme/applyTheme';
import { darkTheme, lightTheme } from '../shared/theme/theme';

applyTheme(window.matchMedia?.('(prefers-color-scheme: dark)').matches ? darkTheme : lightTheme);

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
