// Lint is where the layering is enforced: one runtime per folder.
// A wrong-layer import (shared/ importing react or node:fs, renderer/ importing electron, ...)
// is an error, so CI fails on it. See docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Bare module names are matched exactly (`paths`); folders and scopes by glob (`patterns`),
// so `../util/path` is not mistaken for Node's `path`.
const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'util', 'worker_threads', 'zlib', 'http', 'https', 'net'];
const NODE = 'node:*';

/** @param {string[]} entries module names (exact) or globs (containing * or /) @param {string} why */
const forbid = (entries, why) => {
  const isGlob = (e) => e.includes('*') || e.startsWith('.');
  return {
    'no-restricted-imports': ['error', {
      paths: entries.filter((e) => !isGlob(e)).map((name) => ({ name, message: why })),
      patterns: [{ group: entries.filter(isGlob), message: why }],
    }],
  };
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'dist-cli', 'release', 'artifacts', 'test-results', 'playwright-report', 'coverage', '.fake-electron-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      ...forbid(['react', 'react-dom', 'react/*', 'react-dom/*', 'electron', '@xyflow/*', 'zustand', 'zustand/*', ...nodeBuiltins, NODE, '**/renderer/**', '**/electron/**', '**/cli/**'],
        'shared/ is pure TypeScript that runs anywhere: no React, React Flow, Electron, Node or DOM.'),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...forbid(['electron', ...nodeBuiltins, NODE, '**/electron/**', '**/cli/**'],
        'renderer/ runs in the sandboxed page: no Electron or Node. Talk to the desktop through renderer/platform/.'),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/adapters/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      ...forbid(['electron', 'react', 'react-dom', '@xyflow/*', '**/renderer/**', '**/cli/**'],
        'electron/main/ outside adapters/ is plain Node: take ports, never import electron (only adapters/ may).'),
    },
  },
  {
    files: ['electron/main/adapters/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { ...forbid(['react', 'react-dom', '@xyflow/*', '**/renderer/**', '**/cli/**'], 'electron/ has no React.') },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      ...forbid(['react', 'react-dom', '@xyflow/*', '**/renderer/**', '**/cli/**', '**/electron/main/**', ...nodeBuiltins, NODE],
        'The preload is sandboxed: electron (contextBridge, ipcRenderer) and shared/ipc only.'),
    },
  },
  {
    files: ['cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { ...forbid(['electron', 'react', 'react-dom', '@xyflow/*', '**/renderer/**', '**/electron/main/adapters/**'], 'cli/ is Node: shared/ and the Node services only.') },
  },
  {
    // Benchmarks: Node harnesses plus a plain React Flow page built for the browser.
    files: ['bench/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,cjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Tests poke at untyped JSON on purpose (corrupt files, fuzzing).
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
