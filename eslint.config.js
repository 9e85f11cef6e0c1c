import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The analysis must stay pure: it runs in Node, a worker and the CLI.
    files: ['renderer/analysis/**/*.ts'],
    ignores: ['renderer/analysis/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', 'prosemirror-*', 'node:*', 'electron', '../editor/*', '../app/*', '../layout/*'] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator'],
    },
  },
  {
    // Node-side code and the layout never import React.
    files: ['electron/**/*.ts', 'renderer/layout/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react/*'] }] },
  },
);
