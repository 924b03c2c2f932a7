// Lint rules, including the layer rule of docs/architecture.md: imports go downward only
// (ui -> host/auth -> store -> domain -> model; i18n sits on model, export on domain and i18n), and the emulator
// shares no code with the app. tests/lint/layers.test.ts proves each layer's rule fails on a forbidden import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Each folder of src/ is a layer; `mayImport` lists the layers it may use (its own folder is always allowed).
// `packages` are the libraries only that layer may import: each outside system is touched in one place.
// Specifiers are matched by folder name, so inside src/ a folder may carry a layer's name only if it is that layer.
const LAYERS = {
  model: { mayImport: [], why: 'model is the bottom layer: data and its schema only' },
  i18n: { mayImport: ['model'], why: 'i18n holds the strings machinery and the language choice; it sees only the model' },
  domain: { mayImport: ['model'], why: 'domain is pure: no I/O, no React, no Graph, no presentation' },
  store: { mayImport: ['model', 'domain'], packages: ['@microsoft/microsoft-graph-client', 'idb'], why: 'store talks to Graph and device storage; it knows nothing of hosts, sign-in or UI' },
  export: { mayImport: ['model', 'domain', 'i18n'], packages: ['exceljs'], why: 'export turns model and domain data into files; it knows nothing of Graph or UI' },
  auth: { mayImport: ['model', 'domain', 'store', 'host'], packages: ['@azure/msal-browser'], why: 'host and auth sit below the UI' },
  host: { mayImport: ['model', 'domain', 'store', 'auth'], packages: ['@microsoft/teams-js'], why: 'host and auth sit below the UI' },
  ui: { mayImport: ['model', 'i18n', 'domain', 'store', 'export', 'auth', 'host'], packages: ['react', 'react-dom', '@fluentui/*'], why: 'the UI sits on top' },
};

/** Specifier patterns (gitignore syntax, as no-restricted-imports reads them) for a folder or a package. */
const folderGlobs = (name) => [`**/${name}`, `**/${name}/**`];
const packageGlobs = (name) => (name.endsWith('/*') ? [name.replace(/\*$/, '**')] : [name, `${name}/**`]);

/** The same for `import()`, which no-restricted-imports does not see: an esquery regex (no '/' allowed in it). */
const slash = String.raw`\x2F`;
const folderRegex = (names) => `(^|${slash})(${names.map((n) => n.replaceAll('/', slash)).join('|')})(${slash}|$)`;
const packageRegex = (names) => `^(${names.map((n) => n.replace(/\/\*$/, '').replaceAll('/', slash)).join('|')})(${slash}|$)`;

const restrictions = (forbidden) => ({
  'no-restricted-imports': ['error', { patterns: forbidden.map(({ folders = [], packages = [], message }) => ({ group: [...folders.flatMap(folderGlobs), ...packages.flatMap(packageGlobs)], message })) }],
  'no-restricted-syntax': ['error', ...forbidden.flatMap(({ folders = [], packages = [], message }) => [
    ...(folders.length ? [{ selector: `ImportExpression[source.value=/${folderRegex(folders)}/]`, message }] : []),
    ...(packages.length ? [{ selector: `ImportExpression[source.value=/${packageRegex(packages)}/]`, message }] : []),
  ])],
});

const EMULATOR = { folders: ['emulator'], message: 'the app never imports the Graph emulator.' };

/** Everything one layer forbids, in one object: flat config replaces (never merges) a rule's options set twice. */
function layerRule(name, extra = []) {
  const { mayImport, packages = [], why } = LAYERS[name];
  const otherLayers = Object.keys(LAYERS).filter((l) => l !== name && !mayImport.includes(l));
  const otherPackages = Object.entries(LAYERS)
    .filter(([owner, l]) => owner !== name && l.packages?.some((p) => !packages.includes(p)))
    .map(([owner, l]) => ({ packages: l.packages.filter((p) => !packages.includes(p)), message: `only the ${owner} layer imports ${l.packages.join(', ')}.` }));
  return {
    files: [`src/${name}/**`],
    rules: restrictions([
      ...(otherLayers.length ? [{ folders: otherLayers, message: `${why}: ${name} may import ${mayImport.join(', ') || 'none of our layers'}.` }] : []),
      ...otherPackages,
      EMULATOR,
      ...extra,
    ]),
  };
}

// The UI reaches Graph through the ChecklistStore port; only the composition root builds the Graph adapter.
const COMPOSITION_ROOT = 'src/ui/shell/services.ts';
const GRAPH_ADAPTER = { folders: ['store/graph'], message: `the UI uses the ChecklistStore port; only ${COMPOSITION_ROOT} (the composition root) builds the Graph adapter.` };

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
  // Files directly in src/ (main.tsx) start the app: anything of ours, never the emulator.
  { files: ['src/*'], rules: restrictions([EMULATOR]) },
  ...Object.keys(LAYERS).filter((l) => l !== 'ui').map((l) => layerRule(l)),
  { ...layerRule('ui', [GRAPH_ADAPTER]), ignores: [COMPOSITION_ROOT] },
  { ...layerRule('ui'), files: [COMPOSITION_ROOT] },
  // The emulator's own imports never name a folder called src, so any specifier that does reaches into the app.
  { files: ['emulator/**'], rules: restrictions([{ folders: ['src'], message: 'the emulator shares no code with the app.' }]) },
);
