// The import rule of docs/architecture.md, checked by dependency-cruiser on the whole import graph (`npm run lint`):
//  - layers: imports go downward only (ui -> host/auth -> store -> domain -> model; i18n sits on model, export on
//    domain and i18n), and each outside system is touched by one layer (Graph client and idb: store, teams-js: host,
//    msal: auth, exceljs: export, React and Fluent: ui);
//  - the app and the Graph emulator share no code;
//  - the UI reaches Graph through the ChecklistStore port: only the composition root (src/ui/shell/services.ts) names
//    the Graph adapter or holds a Graph connection;
//  - rooms import one way: no two folders under src/ import each other, directly or round a circle (so the rooms of
//    src/store and src/ui stand on each other one way), and a UI room reaches another only through its index.ts
//    (its public face), except the base every room stands on;
//  - no file-level import cycle under src/.
// tests/lint/importRule.test.ts proves that each rule refuses what it must, on a fixture tree cruised with this file.
//
// Why dependency-cruiser and not eslint-plugin-boundaries: the rule is about the graph, not one file. Cycles (of
// files and of folders) are only visible on the whole graph, which dependency-cruiser builds and checks natively
// (`circular`, and `scope: 'folder'` for rooms); an ESLint rule sees one file at a time, so boundaries can state the
// layers but no cycle, and eslint-plugin-import's no-cycle walks the graph again for every file. Why 17.4: 18.x needs
// Node 22 (`engines`), and this project runs on Node 20.19+ with engine-strict.

/**
 * Each folder of src/ is a layer; `mayImport` lists the layers it may use (its own folder is always allowed).
 * `packages` are the libraries only that layer may import. Files directly in src/ (main.tsx) start the app and may
 * import any layer and package.
 */
const LAYERS = {
  model: { mayImport: [], why: 'model is the bottom layer: data and its schema only' },
  i18n: { mayImport: ['model'], why: 'i18n holds the strings machinery and the language choice; it sees only the model' },
  domain: { mayImport: ['model'], why: 'domain is pure: no I/O, no React, no Graph, no presentation' },
  store: { mayImport: ['model', 'domain'], packages: ['@microsoft/microsoft-graph-client', 'idb'], why: 'store talks to Graph and device storage; it knows nothing of hosts, sign-in or UI' },
  export: { mayImport: ['model', 'domain', 'i18n'], packages: ['exceljs'], why: 'export turns model and domain data into files; it knows nothing of Graph or UI' },
  auth: { mayImport: ['model', 'domain', 'store', 'host'], packages: ['@azure/msal-browser'], why: 'host and auth sit below the UI' },
  host: { mayImport: ['model', 'domain', 'store', 'auth'], packages: ['@microsoft/teams-js'], why: 'host and auth sit below the UI' },
  ui: { mayImport: ['model', 'i18n', 'domain', 'store', 'export', 'auth', 'host'], packages: ['react', 'react-dom', '@fluentui/[^/]+'], why: 'the UI sits on top' },
};

const COMPOSITION_ROOT = 'src/ui/shell/services.ts';
const escape = (path) => path.replaceAll('.', '\\.');
const anyOf = (names) => `(${names.join('|')})`;
/** A package's files, wherever the resolver found them (its own folder or its @types). */
const packagePath = (names) => `(^|/)node_modules/(@types/)?${anyOf(names)}/`;

const layerRules = Object.entries(LAYERS).flatMap(([name, { mayImport, why }]) => {
  const others = Object.keys(LAYERS).filter((layer) => layer !== name && !mayImport.includes(layer));
  return others.length === 0 ? [] : [{ name: `layer-${name}`, comment: `${why}: ${name} may import ${mayImport.join(', ') || 'none of our layers'}.`, severity: 'error', from: { path: `^src/${name}/` }, to: { path: `^src/${anyOf(others)}/` } }];
});

const packageRules = Object.entries(LAYERS)
  .filter(([, { packages }]) => packages)
  .map(([owner, { packages }]) => ({
    name: `package-${owner}`,
    comment: `only the ${owner} layer imports ${packages.join(', ')}: each outside system is touched in one place.`,
    severity: 'error',
    from: { path: '^src/', pathNot: `^src/(${owner}/|[^/]+$)` },
    to: { path: packagePath(packages) },
  }));

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...layerRules,
    ...packageRules,
    { name: 'app-not-emulator', comment: 'the app never imports the Graph emulator.', severity: 'error', from: { path: '^src/' }, to: { path: '^emulator/' } },
    { name: 'emulator-not-app', comment: 'the emulator shares no code with the app.', severity: 'error', from: { path: '^emulator/' }, to: { path: '^src/' } },
    {
      name: 'ui-through-the-port',
      comment: `the UI uses the ChecklistStore port and the services of AppServices; only ${COMPOSITION_ROOT} (the composition root) builds the Graph adapter and holds a Graph connection.`,
      severity: 'error',
      from: { path: '^src/ui/', pathNot: `^${escape(COMPOSITION_ROOT)}$` },
      to: { path: '^src/store/(graph|graphClient)/' },
    },
    {
      name: 'ui-room-public-face',
      comment: "a UI room reaches another room only through its index.ts (its public face), never its internals; base, which every room stands on, is open to all.",
      severity: 'error',
      from: { path: '^src/ui/([^/]+)/' },
      to: { path: '^src/ui/[^/]+/', pathNot: ['^src/ui/$1/', '^src/ui/base/', '^src/ui/[^/]+/index\\.tsx?$'] },
    },
    {
      name: 'rooms-one-way',
      comment: 'folders import one way: two folders that import each other, directly or round a circle, hide something shared that wants a room of its own below both.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    { name: 'no-file-cycle', comment: 'no file imports itself round a circle (type-only imports count: they tie the files as much).', severity: 'error', from: { path: '^src/' }, to: { circular: true } },
  ],
  options: {
    // Type-only imports are imports: a layer may not name another's types either.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    moduleSystems: ['es6'],
  },
};
