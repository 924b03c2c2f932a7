// The layer rule of eslint.config.js, proven through ESLint's own Node API on the real config: in each layer a
// forbidden import (static, type-only, re-exported and dynamic) is an error, and an allowed one lints clean.
// The probe files do not exist: lintText lints the code as if it lived at that path.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint();
});

type Form = 'import' | 'type' | 'reexport' | 'dynamic';
const code: Record<Form, (specifier: string) => string> = {
  import: (s) => `import * as probe from '${s}';\nexport { probe };\n`,
  type: (s) => `import type { Probe } from '${s}';\nexport type { Probe };\n`,
  reexport: (s) => `export * from '${s}';\n`,
  dynamic: (s) => `export const load = () => import('${s}');\n`,
};

async function lint(filePath: string, specifier: string, form: Form = 'import') {
  const [result] = await eslint.lintText(code[form](specifier), { filePath });
  return result!.messages;
}

const LAYER_RULES = ['no-restricted-imports', 'no-restricted-syntax'];

/** [file the import is written in, specifier, form (import if left out)] */
type Case = [string, string, Form?];
const withForm = (cases: Case[]) => cases.map(([file, specifier, form = 'import']) => [file, specifier, form] as const);

const FORBIDDEN: Case[] = [
  // model is the bottom layer.
  ['src/model/probe.ts', '../domain/types'],
  ['src/model/probe.ts', '../store/ChecklistStore', 'type'],
  ['src/model/probe.ts', '../i18n/defineMessages'],
  ['src/model/probe.ts', '../ui/base/formatDate'],
  ['src/model/probe.ts', 'react'],
  // i18n sees only the model.
  ['src/i18n/probe.ts', '../domain/types'],
  ['src/i18n/probe.ts', '../store/ChecklistStore'],
  ['src/i18n/probe.ts', '../ui/base/formatDate'],
  ['src/i18n/probe.ts', '@fluentui/react-components'],
  // domain is pure.
  ['src/domain/probe.ts', 'react'],
  ['src/domain/probe.ts', 'react-dom/client'],
  ['src/domain/probe.ts', '../store/ChecklistStore'],
  ['src/domain/probe.ts', '../store/ChecklistStore', 'type'],
  ['src/domain/probe.ts', '../store/sharepoint/rows', 'reexport'],
  ['src/domain/probe.ts', '../store/sharepoint/rows', 'dynamic'],
  ['src/domain/probe.ts', '../ui/shell/App'],
  ['src/domain/portfolio/probe.ts', '../../ui/overview/PortfolioOverview'],
  ['src/domain/probe.ts', '../host/HostAdapter'],
  ['src/domain/probe.ts', '../auth'],
  ['src/domain/probe.ts', '../i18n/defineMessages'],
  ['src/domain/probe.ts', '../export/csv'],
  ['src/domain/probe.ts', '@microsoft/microsoft-graph-client'],
  ['src/domain/probe.ts', 'idb', 'dynamic'],
  // store knows nothing of hosts, sign-in, presentation or UI.
  ['src/store/probe.ts', '../ui/shell/services'],
  ['src/store/graph/probe.ts', '../../ui/base/storeErrorMessage', 'type'],
  ['src/store/graph/probe.ts', '../../host/HostAdapter'],
  ['src/store/probe.ts', '../auth'],
  ['src/store/probe.ts', '../i18n/defineMessages'],
  ['src/store/probe.ts', '../export/xlsx', 'dynamic'],
  ['src/store/probe.ts', 'react'],
  ['src/store/probe.ts', '@microsoft/teams-js'],
  ['src/store/probe.ts', '@azure/msal-browser'],
  // export knows nothing of Graph or UI.
  ['src/export/probe.ts', '../store/ChecklistStore'],
  ['src/export/probe.ts', '../ui/base/formatDate'],
  ['src/export/probe.ts', '../host/HostAdapter'],
  ['src/export/probe.ts', 'react'],
  ['src/export/probe.ts', '@microsoft/microsoft-graph-client'],
  // host and auth sit below the UI.
  ['src/auth/probe.ts', '../ui/shell/App'],
  ['src/auth/probe.ts', '../export/csv'],
  ['src/auth/probe.ts', '@fluentui/react-components'],
  ['src/auth/probe.ts', '@microsoft/teams-js'],
  ['src/host/probe.ts', '../ui/shell/App', 'type'],
  ['src/host/probe.ts', 'react'],
  ['src/host/probe.ts', '@azure/msal-browser'],
  // The UI reaches outside systems through the layers below, and Graph through the port.
  ['src/ui/shell/probe.ts', '../../store/graph/GraphChecklistStore', 'type'],
  ['src/ui/overview/probe.tsx', '../../store/graph/GraphChecklistStore'],
  ['src/ui/shell/probe.ts', '@microsoft/teams-js'],
  ['src/ui/shell/probe.ts', '@azure/msal-browser'],
  ['src/ui/overview/probe.ts', 'exceljs', 'dynamic'],
  ['src/ui/shell/probe.ts', 'idb'],
  // Neither the app nor the emulator reaches into the other.
  ['src/probe.ts', '../emulator/src/index'],
  ['src/store/probe.ts', '../../emulator/src/index'],
  ['src/ui/shell/probe.ts', '../../../emulator/src/index', 'dynamic'],
  ['emulator/src/handlers/probe.ts', '../../../src/model/types'],
  ['emulator/src/probe.ts', '../../src/domain/types', 'type'],
];

const ALLOWED: Case[] = [
  ['src/model/probe.ts', 'zod'],
  ['src/model/probe.ts', './types'],
  ['src/i18n/probe.ts', '../model/types'],
  ['src/domain/probe.ts', '../model/types'],
  ['src/domain/portfolio/probe.ts', '../../model/lookup'],
  ['src/domain/portfolio/probe.ts', '../types'],
  ['src/store/graph/probe.ts', '../../domain/types'],
  ['src/store/graph/probe.ts', '../../model/types', 'type'],
  ['src/store/graph/probe.ts', '@microsoft/microsoft-graph-client'],
  ['src/store/sync/probe.ts', 'idb'],
  ['src/export/probe.ts', '../domain/portfolio/stall'],
  ['src/export/probe.ts', '../i18n/defineMessages'],
  ['src/export/probe.ts', 'exceljs', 'dynamic'],
  ['src/auth/probe.ts', '@azure/msal-browser'],
  ['src/auth/probe.ts', '../store/ChecklistStore', 'type'],
  ['src/host/probe.ts', '@microsoft/teams-js', 'dynamic'],
  ['src/host/probe.ts', '../auth'],
  ['src/ui/shell/probe.tsx', 'react'],
  ['src/ui/shell/probe.tsx', '@fluentui/react-components'],
  ['src/ui/shell/probe.ts', '../../store/ChecklistStore', 'type'],
  ['src/ui/shell/probe.ts', '../../store/sync/pollInterval'],
  ['src/ui/overview/probe.ts', '../../export/xlsx', 'dynamic'],
  ['src/ui/shell/probe.ts', '../../auth'],
  ['src/ui/shell/probe.ts', '../../host/HostAdapter'],
  ['src/ui/shell/services.ts', '../../store/graph/GraphChecklistStore'],
  ['src/probe.tsx', './ui/shell/App'],
  ['emulator/src/handlers/probe.ts', '../persistence/GraphStore'],
];

describe('the layer rule', () => {
  it.each(withForm(FORBIDDEN))('%s may not import %s (%s)', async (file, specifier, form) => {
    const messages = await lint(file, specifier, form);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(messages.filter((m) => m.severity === 2 && LAYER_RULES.includes(m.ruleId ?? '')), JSON.stringify(messages)).toHaveLength(1);
  });

  it.each(withForm(ALLOWED))('%s may import %s (%s)', async (file, specifier, form) => {
    expect(await lint(file, specifier, form)).toEqual([]);
  });
});
