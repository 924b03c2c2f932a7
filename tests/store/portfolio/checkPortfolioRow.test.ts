// Self-healing: a project tab checks its Portfolio row in the coordination site; a row deleted or edited by hand is
// found 'missing' or 'stale', and the tab's next load + write (the Portfolio writer in GraphChecklistStore) heals it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator } from '../../support/emulator';
import type { TestEmulator } from '../../support/emulator';
import { intentOf, newProject, provisioned, storeFor, MANDATE } from '../storeFixture';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { summarizeProject } from '../../../src/domain/summary';
import type { ProjectSummary } from '../../../src/domain/summary';
import type { ProjectState } from '../../../src/domain/types';
import { createPortfolioReader } from '../../../src/store/portfolio/PortfolioReader';
import type { PortfolioReader } from '../../../src/store/portfolio/PortfolioReader';
import { checkPortfolioRow } from '../../../src/store/portfolio/checkPortfolioRow';
import { locatePortfolio } from '../../../src/store/portfolio/locatePortfolio';
import { graphAs } from './portfolioEmulator';

let emulator: TestEmulator;
let coordination: { siteUrl: string };
let reader: PortfolioReader;

beforeAll(async () => {
  emulator = await startTestEmulator();
  await provisioned(emulator, 'lungepasienter', 'kari');
  await provisioned(emulator, 'koordinering', 'kristin');
  coordination = { siteUrl: emulator.sites.koordinering!.webUrl };
  reader = createPortfolioReader(graphAs(emulator, 'kari'), coordination, { model: DEFAULT_MODEL });
});

afterAll(async () => {
  await emulator?.close();
});

/** What the tab knows: the summary of the state it holds. */
const expectedOf = (state: ProjectState): ProjectSummary => summarizeProject(DEFAULT_MODEL, state, []);

async function projectWithRow() {
  const store = storeFor(emulator, 'kari', { portfolioSite: coordination });
  const location = await store.locate({ siteUrl: emulator.sites.lungepasienter!.webUrl });
  const project = newProject();
  await store.createProject(location, project, crypto.randomUUID());
  await store.loadProject(location, project.projectKey);
  const state = await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'kommune' }));
  return { store, location, project, state };
}

describe('checkPortfolioRow', () => {
  it('finds the row a write left behind current', async () => {
    const { project, state } = await projectWithRow();
    expect(await checkPortfolioRow(reader, project.projectKey, expectedOf(state), state.project.updatedAt)).toBe('current');
  });

  it('finds a row deleted by hand missing, and the tab heals it', async () => {
    const { store, location, project, state } = await projectWithRow();
    const { siteBase, listId } = await locatePortfolio(graphAs(emulator, 'kristin'), coordination);
    const row = await reader.readRow(project.projectKey);
    expect(row).toBeDefined();
    expect((await emulator.graph('kristin', 'DELETE', `${siteBase}/lists/${listId}/items/${row!.itemId}`)).status).toBe(204);

    expect(await checkPortfolioRow(reader, project.projectKey, expectedOf(state), state.project.updatedAt)).toBe('missing');

    // The heal: the tab's next load reads its row along with the project (same $batch), sees it missing and writes it.
    const loaded = await store.loadProject(location, project.projectKey);
    expect(store.portfolioStatus().behind).toBe(false);
    expect(await checkPortfolioRow(reader, project.projectKey, expectedOf(loaded.state), loaded.state.project.updatedAt)).toBe('current');
    // And a later write patches the new row instead of failing on the deleted one.
    const healed = await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'setComment', itemKey: MANDATE, comment: 'Godkjent i møte' }));
    expect(store.portfolioStatus().behind).toBe(false);
    expect(await checkPortfolioRow(reader, project.projectKey, expectedOf(healed), healed.project.updatedAt)).toBe('current');
  });

  it('a tab rewrites a row edited by hand when it loads the project', async () => {
    const { store, location, project } = await projectWithRow();
    const { siteBase, listId } = await locatePortfolio(graphAs(emulator, 'kristin'), coordination);
    const row = await reader.readRow(project.projectKey);
    await emulator.graph('kristin', 'PATCH', `${siteBase}/lists/${listId}/items/${row!.itemId}/fields`, { OpenDualConfirmations: 9, CurrentPhase: 'levere' });
    const loaded = await store.loadProject(location, project.projectKey);
    expect(await checkPortfolioRow(reader, project.projectKey, expectedOf(loaded.state), loaded.state.project.updatedAt)).toBe('current');
    expect((await reader.readRow(project.projectKey))?.currentPhase).toBe(project.currentPhase);
  });

  it('finds a row edited by hand, or older than the project, stale', async () => {
    const { project, state } = await projectWithRow();
    const { siteBase, listId } = await locatePortfolio(graphAs(emulator, 'kristin'), coordination);
    const row = await reader.readRow(project.projectKey);
    const later = new Date(Date.parse(row!.rowUpdatedAt!) + 60_000).toISOString();
    expect(await checkPortfolioRow(reader, project.projectKey, expectedOf(state), later)).toBe('stale');

    await emulator.graph('kristin', 'PATCH', `${siteBase}/lists/${listId}/items/${row!.itemId}/fields`, { OpenDualConfirmations: 9 });
    expect(await checkPortfolioRow(reader, project.projectKey, expectedOf(state), state.project.updatedAt)).toBe('stale');
  });

  it('says unreachable when the coordination site cannot be read, and missing for an unknown project', async () => {
    const { state } = await projectWithRow();
    const stranger = createPortfolioReader(graphAs(emulator, 'eva'), coordination, { model: DEFAULT_MODEL });
    expect(await checkPortfolioRow(stranger, state.project.projectKey, expectedOf(state))).toBe('unreachable');
    expect(await checkPortfolioRow(reader, crypto.randomUUID(), expectedOf(state))).toBe('missing');
  });
});
