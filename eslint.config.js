// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The import boundaries of docs/ARCHITECTURE.md, enforced:
 * - shared/ is pure: no node:*, no DOM-only libs of ours, no electron, nothing outside shared/.
 * - renderer/ talks to shared/ only (never electron/).
 * - services, host, cli and the npm start launcher never import electron at runtime, and never
 *   electron/main (the launcher resolves the electron package's path in a child Node instead).
 * - only electron/main and electron/preload may import 'electron' at runtime.
 * No import cycles is checked beside this file, by tools/import-cycles.mjs (npm run lint).
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads'];
const electronRuntime = { name: 'electron', message: "Only electron/main and electron/preload may import 'electron' at runtime (it throws outside Electron).", allowTypeImports: true };

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'test-results', 'playwright-report', '.tmp', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [electronRuntime] }],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error (an unhandled rejection ends
    // browser mode and the CLI), and an async handler where a void one is expected does the same
    // silently. They need the type checker, which costs about a minute of CPU over the tree.
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/src/**/*.ts', 'renderer/src/**/*.tsx', 'tests/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronRuntime],
          patterns: [
            { group: NODE_BUILTINS, message: 'shared/ is pure TypeScript: it runs in the renderer too. Do file and process work in electron/services.' },
            { group: ['**/electron/**', '**/renderer/**', '../../electron/*', '../../renderer/*'], message: 'shared/ imports nothing of ours outside shared/.' },
            { group: ['react', 'react-dom', 'react/*'], message: 'shared/ has no UI.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [electronRuntime],
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer runs sandboxed in Chromium: no Node modules.' },
            { group: ['**/electron/**'], message: 'The renderer reaches the services only through its ApiClient.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts', 'electron/launcher/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: "services, host and cli run in plain Node: never import 'electron' at runtime.", allowTypeImports: true }],
          patterns: [{ group: ['**/electron/main/**', '**/main/*', '../main/*', '**/preload/**', '**/renderer/**'], message: 'main and preload depend on services, not the other way.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronRuntime] }] },
  },
);
