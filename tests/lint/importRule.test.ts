// The import rule of .dependency-cruiser.mjs, proven through dependency-cruiser's own API on the real rule set: in a
// fixture tree that mirrors the app's folders (one small file per import, the files it imports as stubs), each
// forbidden import is refused by the rule that guards it (static, type-only, re-exported and dynamic imports alike),
// each allowed one passes, and circles of rooms and of files are refused. The fixture trees live in a temporary
// folder; node_modules is linked in, so packages resolve as in the app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cruise } from 'dependency-cruiser';
import type { ICruiseResult, IConfiguration, IViolation } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Form = 'import' | 'type' | 'reexport' | 'dynamic';
const code: Record<Form, (specifier: string) => string> = {
  import: (s) => `import * as probe from '${s}';\nexport { probe };\n`,
  type: (s) => `import type { Probe } from '${s}';\nexport type { Probe };\n`,
  reexport: (s) => `export * from '${s}';\n`,
  dynamic: (s) => `export const load = () => import('${s}');\n`,
};
const STUB = 'export type Probe = unknown;\nexport const stub = 1;\n';

let config: IConfiguration;
const made: string[] = [];
beforeAll(async () => {
  config = ((await import(pathToFileURL(path.resolve('.dependency-cruiser.mjs')).href)) as { default: IConfiguration }).default;
});
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A tree of files (path → content) in a fresh folder, cruised with the real rules; its violations. */
async function cruiseTree(files: Record<string, string>): Promise<IViolation[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-rule-'));
  made.push(dir);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  const roots = ['src', 'emulator'].filter((root) => fs.existsSync(path.join(dir, root)));
  const { tsConfig: _projectOnly, ...options } = config.options ?? {};
  const result = await cruise(roots, { ...options, baseDir: dir, validate: true, ruleSet: { forbidden: config.forbidden ?? [] } });
  return (result.output as ICruiseResult).summary.violations;
}

/** Where a specifier written in `file` points, as a stub file to create (packages resolve from node_modules). */
function targetOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return /\.(ts|tsx)$/.test(resolved) ? resolved : `${resolved}.ts`;
}

/** [file the import is written in, specifier, the rule that refuses it (undefined: allowed), form (import if left out)] */
type Case = [string, string, string | undefined, Form?];

const FORBIDDEN: Case[] = [
  // model is the bottom layer.
  ['src/model/probe.ts', '../domain/types', 'layer-model'],
  ['src/model/probe.ts', '../store/ChecklistStore', 'layer-model', 'type'],
  ['src/model/probe.ts', '../i18n/defineMessages', 'layer-model'],
  ['src/model/probe.ts', '../ui/base/formatDate', 'layer-model'],
  ['src/model/probe.ts', 'react', 'package-ui'],
  // i18n sees only the model.
  ['src/i18n/probe.ts', '../domain/types', 'layer-i18n'],
  ['src/i18n/probe.ts', '../store/ChecklistStore', 'layer-i18n'],
  ['src/i18n/probe.ts', '@fluentui/react-components', 'package-ui'],
  // domain is pure.
  ['src/domain/probe.ts', 'react', 'package-ui'],
  ['src/domain/probe.ts', 'react-dom/client', 'package-ui'],
  ['src/domain/probe.ts', '../store/ChecklistStore', 'layer-domain'],
  ['src/domain/probe.ts', '../store/ChecklistStore', 'layer-domain', 'type'],
  ['src/domain/probe.ts', '../store/sharepoint/rows', 'layer-domain', 'reexport'],
  ['src/domain/probe.ts', '../store/sharepoint/rows', 'layer-domain', 'dynamic'],
  ['src/domain/portfolio/probe.ts', '../../ui/overview/PortfolioOverview', 'layer-domain'],
  ['src/domain/probe.ts', '../host/HostAdapter', 'layer-domain'],
  ['src/domain/probe.ts', '../i18n/defineMessages', 'layer-domain'],
  ['src/domain/probe.ts', '../export/csv', 'layer-domain'],
  ['src/domain/probe.ts', '@microsoft/microsoft-graph-client', 'package-store'],
  ['src/domain/probe.ts', 'idb', 'package-store', 'dynamic'],
  // store knows nothing of hosts, sign-in, presentation or UI.
  ['src/store/probe.ts', '../ui/shell/services', 'layer-store'],
  ['src/store/graph/probe.ts', '../../ui/base/storeErrorMessage', 'layer-store', 'type'],
  ['src/store/graph/probe.ts', '../../host/HostAdapter', 'layer-store'],
  ['src/store/probe.ts', '../export/xlsx', 'layer-store', 'dynamic'],
  ['src/store/probe.ts', '@microsoft/teams-js', 'package-host'],
  ['src/store/probe.ts', '@azure/msal-browser', 'package-auth'],
  // export knows nothing of Graph or UI.
  ['src/export/probe.ts', '../store/ChecklistStore', 'layer-export'],
  ['src/export/probe.ts', '../ui/base/formatDate', 'layer-export'],
  ['src/export/probe.ts', 'react', 'package-ui'],
  // host and auth sit below the UI.
  ['src/auth/probe.ts', '../ui/shell/App', 'layer-auth'],
  ['src/auth/probe.ts', '../export/csv', 'layer-auth'],
  ['src/auth/probe.ts', '@microsoft/teams-js', 'package-host'],
  ['src/host/probe.ts', '../ui/shell/App', 'layer-host', 'type'],
  ['src/host/probe.ts', '@azure/msal-browser', 'package-auth'],
  // The UI reaches outside systems through the layers below, and Graph through the port and AppServices.
  ['src/ui/shell/probe.ts', '../../store/graph/GraphChecklistStore', 'ui-through-the-port', 'type'],
  ['src/ui/overview/probe.tsx', '../../store/graph/GraphChecklistStore', 'ui-through-the-port'],
  ['src/ui/base/probe.ts', '../../store/graphClient/createGraphClient', 'ui-through-the-port', 'type'],
  ['src/ui/shell/probe.ts', '@microsoft/teams-js', 'package-host'],
  ['src/ui/shell/probe.ts', '@azure/msal-browser', 'package-auth'],
  ['src/ui/overview/probe.ts', 'exceljs', 'package-export', 'dynamic'],
  ['src/ui/shell/probe.ts', 'idb', 'package-store'],
  // A UI room reaches another only through its public face.
  ['src/ui/meeting/probe.tsx', '../project/Checklist', 'ui-room-public-face'],
  ['src/ui/shell/probe.ts', '../overview/OverviewPage', 'ui-room-public-face', 'dynamic'],
  ['src/ui/overview/probe.ts', '../project/ChecklistItem/index', 'ui-room-public-face'],
  // Neither the app nor the emulator reaches into the other.
  ['src/probe.ts', '../emulator/src/index', 'app-not-emulator'],
  ['src/store/probe.ts', '../../emulator/src/index', 'app-not-emulator'],
  ['src/ui/shell/probe.ts', '../../../emulator/src/index', 'app-not-emulator', 'dynamic'],
  ['emulator/src/handlers/probe.ts', '../../../src/model/types', 'emulator-not-app'],
  ['emulator/src/probe.ts', '../../src/domain/types', 'emulator-not-app', 'type'],
];

const ALLOWED: Case[] = [
  ['src/model/probe.ts', 'zod', undefined],
  ['src/model/probe.ts', './types', undefined],
  ['src/i18n/probe.ts', '../model/types', undefined],
  ['src/domain/probe.ts', '../model/types', undefined],
  ['src/domain/portfolio/probe.ts', '../../model/lookup', undefined],
  ['src/store/graph/probe.ts', '../../domain/types', undefined],
  ['src/store/graph/probe.ts', '../../model/types', undefined, 'type'],
  ['src/store/graph/probe.ts', '@microsoft/microsoft-graph-client', undefined],
  ['src/store/sync/probe.ts', 'idb', undefined],
  ['src/export/probe.ts', '../domain/portfolio/stall', undefined],
  ['src/export/probe.ts', '../i18n/defineMessages', undefined],
  ['src/export/probe.ts', 'exceljs', undefined, 'dynamic'],
  ['src/auth/probe.ts', '@azure/msal-browser', undefined],
  ['src/auth/probe.ts', '../store/ChecklistStore', undefined, 'type'],
  ['src/host/probe.ts', '@microsoft/teams-js', undefined, 'dynamic'],
  ['src/host/probe.ts', '../auth/index', undefined],
  ['src/ui/shell/probe.tsx', 'react', undefined],
  ['src/ui/shell/probe.tsx', '@fluentui/react-components', undefined],
  ['src/ui/shell/probe.ts', '../../store/ChecklistStore', undefined, 'type'],
  ['src/ui/shell/probe.ts', '../../store/sync/pollInterval', undefined],
  ['src/ui/overview/probe.ts', '../../export/xlsx', undefined, 'dynamic'],
  ['src/ui/shell/probe.ts', '../../host/HostAdapter', undefined],
  // The composition root is the one UI file that builds the Graph adapter.
  ['src/ui/shell/services.ts', '../../store/graph/GraphChecklistStore', undefined],
  // Rooms through their public faces, and the base open to all.
  ['src/ui/meeting/probe.tsx', '../project/index', undefined],
  ['src/ui/shell/probe.ts', '../overview/index', undefined, 'dynamic'],
  ['src/ui/overview/probe.ts', '../base/useAsync', undefined],
  ['src/ui/project/probe.ts', './ChecklistItem/useChecklistItem', undefined],
  ['src/probe.tsx', './ui/shell/App', undefined],
  ['src/probe.tsx', 'react-dom/client', undefined],
  ['emulator/src/handlers/probe.ts', '../persistence/GraphStore', undefined],
];

/** Each case its own probe file (probe-N), so every violation names the case it came from. */
const probes = [...FORBIDDEN, ...ALLOWED].map(([file, specifier, rule, form = 'import'], index) => ({
  file: path.posix.basename(file).startsWith('probe') ? file.replace(/probe(\.tsx?)$/, `probe-${index}$1`) : file,
  specifier,
  rule,
  form,
}));

describe('the import rule: layers, packages, the port and public faces', () => {
  let violations: IViolation[];
  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (const probe of probes) {
      const target = targetOf(probe.file, probe.specifier);
      if (target) files[target] = STUB;
    }
    for (const probe of probes) files[probe.file] = code[probe.form](probe.specifier);
    violations = await cruiseTree(files);
  });
  // Folder circles between the probes' layers are another rule's business (below); these are the module rules.
  const refusals = (file: string) => violations.filter((violation) => violation.from === file && violation.rule.name !== 'rooms-one-way').map((violation) => violation.rule.name);

  it.each(probes.filter((probe) => probe.rule).map((probe) => [probe.file, probe.specifier, probe.form, probe.rule] as const))('%s may not import %s (%s): %s', (file, _specifier, _form, rule) => {
    expect(refusals(file)).toEqual([rule]);
  });

  it.each(probes.filter((probe) => !probe.rule).map((probe) => [probe.file, probe.specifier, probe.form] as const))('%s may import %s (%s)', (file) => {
    expect(refusals(file)).toEqual([]);
  });
});

/** Each circle a rule refused, as the sorted names of what it runs through. */
const circles = (violations: IViolation[], rule: string) =>
  violations.filter((violation) => violation.rule.name === rule).map((violation) => [...new Set([violation.from, ...(violation.cycle ?? []).map((step) => step.name)])].sort());

describe('the import rule: circles', () => {
  it('refuses rooms that import each other round a circle, each through its public face', async () => {
    const violations = await cruiseTree({
      'src/ui/alpha/index.ts': "export * from '../beta';\n",
      'src/ui/beta/index.ts': "export * from '../gamma';\n",
      'src/ui/gamma/index.ts': "import type { Probe } from '../alpha';\nexport type { Probe };\n",
    });
    const rooms = ['src/ui/alpha', 'src/ui/beta', 'src/ui/gamma'];
    expect(circles(violations, 'rooms-one-way')).toEqual(rooms.map(() => rooms));
    expect(circles(violations, 'no-file-cycle')).toEqual([rooms.map((room) => `${room}/index.ts`)]);
    expect(violations.filter((violation) => !['rooms-one-way', 'no-file-cycle'].includes(violation.rule.name))).toEqual([]);
  });

  it('refuses two store rooms that import each other through different files (no file circle), and lets one way pass', async () => {
    const twoWay = await cruiseTree({
      'src/store/left/a.ts': "export * from '../right/b';\n",
      'src/store/left/d.ts': STUB,
      'src/store/right/b.ts': STUB,
      'src/store/right/c.ts': "export * from '../left/d';\n",
    });
    expect(twoWay.map((violation) => violation.rule.name)).toEqual(['rooms-one-way', 'rooms-one-way']);
    expect(circles(twoWay, 'rooms-one-way')).toEqual([
      ['src/store/left', 'src/store/right'],
      ['src/store/left', 'src/store/right'],
    ]);
    const oneWay = await cruiseTree({
      'src/store/left/a.ts': "export * from '../right/b';\n",
      'src/store/right/b.ts': STUB,
      'src/store/right/c.ts': "export * from './b';\n",
    });
    expect(oneWay).toEqual([]);
  });

  it('refuses a file circle inside one folder, closed by a type-only import', async () => {
    const violations = await cruiseTree({
      'src/domain/first.ts': "import { stub } from './second';\nexport const first = stub;\n",
      'src/domain/second.ts': "import type { First } from './first';\nexport type Probe = First;\nexport const stub = 1;\n",
    });
    expect(violations.map((violation) => violation.rule.name)).toEqual(['no-file-cycle']);
    expect(circles(violations, 'no-file-cycle')).toEqual([['src/domain/first.ts', 'src/domain/second.ts']]);
  });
});
