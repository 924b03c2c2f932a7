// Issue #10, "a reader gets an editor's screen": what a person may do in a project site, known before an action is
// offered, learnt inside the project's load $batch (no round trip of its own). Against the emulator's roles on
// /sites/lungepasienter: kari owner, per write, kristin read, eva none.
import { describe, expect, it } from 'vitest';
import { perFile } from '../../testkit/emulatorHooks';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorWithProject, storeFor } from '../../testkit/storeFixture';

let emulator: TestEmulator;
let location: ProjectLocation;
let projectKey: string;

perFile(() => emulatorWithProject(), (world) => ({ emulator, location, projectKey } = world));

describe('rights', () => {
  it.each([
    ['kari', { canRead: true, canWrite: true, canManageLists: true }],
    ['per', { canRead: true, canWrite: true, canManageLists: false }],
    ['kristin', { canRead: true, canWrite: false, canManageLists: false }],
  ] as const)('%s: known from the load, with no request of its own', async (user, expected) => {
    const store = storeFor(emulator, user);
    await store.loadProject(location, projectKey);
    await emulator.admin.resetStats();
    expect(await store.rights(location)).toEqual(expected);
    expect((await emulator.admin.stats()).total).toBe(0);
  });

  it.each([
    ['kari', { canRead: true, canWrite: true, canManageLists: true }],
    ['per', { canRead: true, canWrite: false, canManageLists: false }],
    ['kristin', { canRead: false, canWrite: false, canManageLists: false }],
  ] as const)('%s on a site without our lists yet: who may set the project up, asked at site level', async (user, expected) => {
    const bare = { siteId: emulator.sites['nytt-prosjekt']!.id, siteUrl: emulator.sites['nytt-prosjekt']!.webUrl, lists: { projects: '', checklist: '', events: '', participants: '' } };
    const before = (await emulator.graph<{ value: unknown[] }>('kari', 'GET', `/sites/${bare.siteId}/lists`)).body.value.length;
    expect(await storeFor(emulator, user).rights(bare)).toEqual(expected);
    expect((await emulator.graph<{ value: unknown[] }>('kari', 'GET', `/sites/${bare.siteId}/lists`)).body.value.length).toBe(before);
  });

  it('the probes change nothing: no row is written, whoever asks', async () => {
    for (const user of ['kari', 'per', 'kristin']) await storeFor(emulator, user).rights(location);
    const stored = await emulator.graph<{ value: unknown[] }>('kari', 'GET', `/sites/${location.siteId}/lists/${location.lists.checklist}/items`);
    expect(stored.body.value).toEqual([]);
    const columns = await emulator.graph<{ value: { name: string }[] }>('kari', 'GET', `/sites/${location.siteId}/lists/${location.lists.checklist}/columns`);
    expect(columns.body.value.map((c) => c.name)).not.toContain('');
  });

  it('eva (no access): locate says accessDenied, and rights say she may do nothing', async () => {
    const eva = storeFor(emulator, 'eva');
    await expect(eva.locate({ siteId: location.siteId })).rejects.toMatchObject({ code: 'accessDenied' });
    expect(await eva.rights(location)).toEqual({ canRead: false, canWrite: false, canManageLists: false });
  });

  it('asked on its own (no load yet), one round trip; a throttled probe is asked again next time', async () => {
    const store = storeFor(emulator, 'per');
    await emulator.admin.setFaults({ failNext: [{ status: 503, count: 20, method: 'PATCH', applyTo: 'inner', retryAfterSeconds: 0 }] });
    expect((await store.rights(location)).canWrite).toBe(false);
    await emulator.admin.clearFaults();
    await emulator.admin.resetStats();
    expect(await store.rights(location)).toEqual({ canRead: true, canWrite: true, canManageLists: false });
    expect((await emulator.admin.stats()).topLevel).toBe(1);
  });

  it('asks nobody\'s owners in the probes, not even on a team site located by its group', async () => {
    const kari = storeFor(emulator, 'kari');
    await emulator.admin.resetStats();
    const byGroup = await kari.locate({ groupId: emulator.sites.lungepasienter!.groupId });
    await kari.loadProject(byGroup, projectKey);
    expect(await kari.rights(byGroup)).toEqual({ canRead: true, canWrite: true, canManageLists: true });
    expect((await emulator.admin.stats()).byKind.groupOwners ?? 0).toBe(0);
  });

  it('eva (no access) on a team site: its owners are asked once, and named only where the tenant lets the app read them', async () => {
    const team = { groupId: emulator.sites.lungepasienter!.groupId };
    const withoutConsent = storeFor(emulator, 'eva');
    await expect(withoutConsent.locate(team)).rejects.toMatchObject({ code: 'accessDenied' });
    expect(await withoutConsent.ownersOf(team)).toBeUndefined(); // 403 Authorization_RequestDenied: no GroupMember.Read.All
    expect(await withoutConsent.ownersOf(team)).toBeUndefined();
    expect((await emulator.admin.stats()).byKind.groupOwners).toBe(1);

    await emulator.admin.setSettings({ groupMemberReadConsented: true });
    const owners = await storeFor(emulator, 'eva').ownersOf(team);
    expect(owners?.map((owner) => `${owner.name} <${owner.email}>`).sort()).toEqual([
      `Ingrid Hansen <${emulator.users.ingrid!.mail}>`,
      `Kari Nordmann <${emulator.users.kari!.mail}>`,
    ]);
    expect(await storeFor(emulator, 'eva').ownersOf({ siteUrl: location.siteUrl })).toBeUndefined(); // no group known
  });

  it('asks a team\'s owners again after an answer that told nothing (throttled), and names them then', async () => {
    await emulator.admin.setSettings({ groupMemberReadConsented: true });
    const team = { groupId: emulator.sites.lungepasienter!.groupId };
    const eva = storeFor(emulator, 'eva');
    await emulator.admin.setFaults({ failNext: [{ status: 503, count: 20, method: 'GET', applyTo: 'inner', retryAfterSeconds: 0 }] });
    expect(await eva.ownersOf(team)).toBeUndefined();
    await emulator.admin.clearFaults();
    expect((await eva.ownersOf(team))?.map((owner) => owner.name).sort()).toEqual(['Ingrid Hansen', 'Kari Nordmann']);
  });
});
