// Issue #7, security: a user sees and changes only projects in sites they can reach. The emulator enforces the site
// roles (403 accessDenied); the store must surface accessDenied and never retry it.
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { perFile } from '../../testkit/emulatorHooks';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import { provisionSite } from '../../src/store/provisioning/provision';
import { MANDATE, connect, intentOf, storeFor, emulatorWithProject } from '../../testkit/storeFixture';
import { rawRows } from '../../testkit/resilience';

let emulator: TestEmulator;
let location: ProjectLocation;
let projectKey: string;

perFile(() => emulatorWithProject(), (world) => ({ emulator, location, projectKey } = world));

async function noRetry(userId: string, act: (store: ReturnType<typeof storeFor>) => Promise<unknown>) {
  const store = storeFor(emulator, userId);
  await emulator.admin.resetStats();
  const error = await act(store).then(() => undefined, (e: unknown) => e);
  const stats = await emulator.admin.stats();
  return { error, sleeps: store.connection.sleeps, requests: stats.topLevel, retries: store.connection.graph.traffic.snapshot().retries };
}

describe('a user with no role in the site (eva)', () => {
  it('locate: accessDenied, one request, no retry', async () => {
    const r = await noRetry('eva', (s) => s.locate({ siteUrl: emulator.sites.lungepasienter!.webUrl }));
    expect(r.error).toMatchObject({ code: 'accessDenied', retryable: false });
    expect(r).toMatchObject({ sleeps: [], requests: 1, retries: 0 });
  });

  it('load and list projects: accessDenied', async () => {
    const load = await noRetry('eva', (s) => s.loadProject(location, projectKey));
    expect(load.error).toMatchObject({ code: 'accessDenied' });
    expect(load).toMatchObject({ sleeps: [], requests: 1, retries: 0 });
    const list = await noRetry('eva', (s) => s.listProjects(location));
    expect(list.error).toMatchObject({ code: 'accessDenied' });
  });

  it('apply: accessDenied, nothing written', async () => {
    const r = await noRetry('eva', (s) => s.apply(location, intentOf(emulator, 'eva', projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' })));
    expect(r.error).toMatchObject({ code: 'accessDenied', retryable: false });
    expect(r).toMatchObject({ sleeps: [], retries: 0 });
    expect(await rawRows(emulator, 'kari', location, 'checklist', projectKey)).toEqual([]);
  });
});

describe('write but not owner (ola in lungepasienter)', () => {
  it('cannot provision lists: accessDenied', async () => {
    const failure = await provisionSite(connect(emulator, 'ola').graph, emulator.sites['digital-hjemmeoppfolging']!.id, { lists: 'project' }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'accessDenied' });
  });

  it('can tick in a site where he may write', async () => {
    const state = await storeFor(emulator, 'ola').apply(location, intentOf(emulator, 'ola', projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'kommune' }));
    expect(state.items[MANDATE]?.confirmations.kommune?.by.name).toBe('Ola Bakken');
  });
});

describe('read-only (kristin, coordinator, in a project site)', () => {
  it('loads the project, but a write is accessDenied, not retried, and leaves the lists as they were', async () => {
    const loaded = await storeFor(emulator, 'kristin').loadProject(location, projectKey);
    expect(loaded.state.project.projectKey).toBe(projectKey);
    const before = await rawRows(emulator, 'kari', location, 'checklist', projectKey);
    const eventsBefore = await rawRows(emulator, 'kari', location, 'events', projectKey);
    const r = await noRetry('kristin', (s) => s.apply(location, intentOf(emulator, 'kristin', projectKey, { kind: 'setComment', itemKey: MANDATE, comment: 'Fra koordinator' })));
    expect(r.error).toMatchObject({ code: 'accessDenied', retryable: false });
    expect(r).toMatchObject({ sleeps: [], retries: 0 });
    expect(await rawRows(emulator, 'kari', location, 'checklist', projectKey)).toEqual(before);
    expect(await rawRows(emulator, 'kari', location, 'events', projectKey)).toEqual(eventsBefore);
  });

  it('a site the user cannot reach does not show its projects', async () => {
    // Eva may read the root site only; the project site stays closed to her.
    const r = await noRetry('eva', (s) => s.locate({ siteId: emulator.sites.lungepasienter!.id }));
    expect(r.error).toMatchObject({ code: 'accessDenied' });
    const root = await emulator.graph('eva', 'GET', `/sites/${emulator.sites.lungepasienter!.id}/lists`);
    expect(root.status).toBe(403);
  });
});
