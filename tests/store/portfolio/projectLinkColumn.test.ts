// One kind of project link on the Portfolio row (issue 18, "one link"): the tab writes TabUrl as domain/projectLinks.ts
// makes it, for the host the project lives in: a Teams deep link to its channel tab when the project is in a channel
// (and the build knows the Teams app), the app's own route to the project otherwise; never the bare SharePoint site.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { perFile } from '../../../testkit/emulatorHooks';
import { emulatorWithProjectSite, intentOf, MANDATE, newProject, storeFor } from '../../../testkit/storeFixture';
import type { TestEmulator } from '../../../testkit/emulator';
import type { ProjectLocation } from '../../../src/store/ChecklistStore';
import { loadPortfolio } from '../../../src/store/portfolio/PortfolioReader';
import { fixedModels } from '../../../src/store/portfolio/rowModels';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import { projectLink, TEXT_COLUMN_MAX_LENGTH } from '../../../src/domain/projectLinks';
import { graphAs } from '../../../testkit/portfolioEmulator';

let emulator: TestEmulator;
let location: ProjectLocation;
perFile(() => emulatorWithProjectSite({ coordination: true }), (world) => ({ emulator, location } = world));

const maker = { appBaseUrl: 'https://felles-modell.example.org', teamsAppId: '00000000-0000-4000-8000-000000000001' };

async function linkOf(project: ReturnType<typeof newProject>): Promise<string | undefined> {
  const coordination = { siteUrl: emulator.sites.koordinering!.webUrl };
  // As the composition root builds the store (src/ui/shell/services.ts).
  const store = storeFor(emulator, 'kari', {
    portfolioSite: coordination,
    tabUrl: (info, siteUrl) => projectLink(maker, { projectKey: info.projectKey, siteUrl, label: info.title, ...(info.teamGroupId ? { teamGroupId: info.teamGroupId } : {}), ...(info.channelId ? { channelId: info.channelId } : {}) }, TEXT_COLUMN_MAX_LENGTH),
  });
  await store.createProject(location, project, randomUUID());
  await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' }));
  const { rows } = await loadPortfolio(graphAs(emulator, 'kristin'), coordination, { models: fixedModels(DEFAULT_MODEL) });
  return rows.find((r) => r.projectKey === project.projectKey)?.tabUrl;
}

describe('the Portfolio row’s link to its project', () => {
  it('is a Teams deep link to the project’s channel tab for a project in a channel, short enough for the column', async () => {
    // A channel id as Teams gives them (48 characters): the link with its fallback would pass the column's 255.
    const channelId = '19:0ea5de04de4743bcb4cd20cb99235d99@thread.tacv2';
    const project = newProject({ teamGroupId: emulator.sites.lungepasienter!.groupId, channelId });
    const written = await linkOf(project);
    expect(written?.length).toBeLessThanOrEqual(TEXT_COLUMN_MAX_LENGTH);
    const link = new URL(written!);
    expect(`${link.origin}${link.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${maker.teamsAppId}/${project.projectKey}`);
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ channelId });
  });

  it('is the app’s own route (project and site) for a project set up outside a Teams channel', async () => {
    const project = newProject();
    expect(await linkOf(project)).toBe(`${maker.appBaseUrl}/index.html#/tab?project=${project.projectKey}&site=${encodeURIComponent(location.siteUrl)}`);
  });
});
