// The Portfolio row says which model version its project follows (issue 12: Oversikt shows and filters on it), written
// by the project's own tab and read back by Oversikt, against the emulator over real HTTPS.
import { describe, expect, it } from 'vitest';
import { perFile } from '../../../testkit/emulatorHooks';
import { randomUUID } from 'node:crypto';
import { emulatorWithProjectSite, intentOf, MANDATE, newProject, storeFor } from '../../../testkit/storeFixture';
import type { TestEmulator } from '../../../testkit/emulator';
import type { ProjectLocation } from '../../../src/store/ChecklistStore';
import { loadPortfolio } from '../../../src/store/portfolio/PortfolioReader';
import { fixedModels } from '../../../src/store/portfolio/rowModels';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { graphAs } from '../../../testkit/portfolioEmulator';

let emulator: TestEmulator;
let location: ProjectLocation;
perFile(() => emulatorWithProjectSite({ coordination: true }), (world) => ({ emulator, location } = world));

describe('the Portfolio row’s model version', () => {
  it('is written beside the keys and read back as the row’s modelVersion', async () => {
    const coordination = { siteUrl: emulator.sites.koordinering!.webUrl };
    const store = storeFor(emulator, 'kari', { portfolioSite: coordination });
    const project = newProject({ modelVersion: '3.0.0' });
    await store.createProject(location, project, randomUUID());
    await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' }));
    const { rows } = await loadPortfolio(graphAs(emulator, 'kristin'), coordination, { models: fixedModels(DEFAULT_MODEL) });
    const row = rows.find((r) => r.projectKey === project.projectKey);
    expect(row?.modelVersion).toBe('3.0.0');
  });
});
