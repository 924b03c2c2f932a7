// Lint rules, including the layer rule of design/architecture.md: imports go downward only
// (ui -> host/auth -> store -> domain -> model), and the emulator shares no runtime code with the app.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.local/**', 'build/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  layer(['src/model/**'], ['**/domain/**', '**/store/**', '**/host/**', '**/auth/**', '**/ui/**', 'react', 'react-dom', '@microsoft/*', '@fluentui/*'],
    'model is the bottom layer: data and its schema only.'),
  layer(['src/domain/**'], ['**/store/**', '**/host/**', '**/auth/**', '**/ui/**', 'react', 'react-dom', '@microsoft/*', '@fluentui/*', '@azure/*'],
    'domain is pure: no I/O, no React, no Graph.'),
  layer(['src/store/**'], ['**/host/**', '**/ui/**', 'react', 'react-dom', '@fluentui/*', '@microsoft/teams-js'],
    'store talks to Graph; it knows nothing of hosts or UI.'),
  layer(['src/auth/**', 'src/host/**'], ['**/ui/**', '@fluentui/*'],
    'host and auth sit below the UI.'),
  layer(['src/**'], ['**/emulator/**'], 'the app never imports the Graph emulator.'),
  layer(['emulator/**'], ['**/src/**'], 'the emulator shares no runtime code with the app.'),
);
