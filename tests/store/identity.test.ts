// Issue #10, "a person acts in another person's name": the identity written into a row is the identity of the token
// that writes it (the store's own /me), never what the caller claims. The production path: createGraphClient +
// GraphChecklistStore with a token per person, against the emulator over HTTPS.
import { describe, expect, it } from 'vitest';
import { perFile } from '../../testkit/emulatorHooks';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import type { TestEmulator } from '../../testkit/emulator';
import { rawRows } from '../../testkit/resilience';
import { actorFor, CHALLENGE, createdProject, emulatorWithProjectSite, intentOf, MANDATE, storeFor } from '../../testkit/storeFixture';

let emulator: TestEmulator;
let location: ProjectLocation;
perFile(() => emulatorWithProjectSite(), (world) => ({ emulator, location } = world));

const project = () => createdProject(emulator, location);

describe('identity', () => {
  it('each store is its token: whoAmI answers the token\'s person, whoever asked before on the same device', async () => {
    const kari = storeFor(emulator, 'kari');
    const ingrid = storeFor(emulator, 'ingrid');
    await kari.locate({ siteId: location.siteId });
    await ingrid.locate({ siteId: location.siteId });
    expect((await kari.whoAmI()).id).toBe(emulator.users.kari!.objectId);
    expect((await ingrid.whoAmI()).id).toBe(emulator.users.ingrid!.objectId);
  });

  it('writes the token\'s identity into Events and checklist rows even when the intent claims another person', async () => {
    const projectKey = await project();
    const ingrid = storeFor(emulator, 'ingrid');
    const kari = actorFor(emulator, 'kari');
    // Ingrid's token, Kari's name on the intent (what a stale screen after a switch of dev user sent).
    const claimKari = <T extends Parameters<typeof intentOf>[3]>(body: T) => ({ ...intentOf(emulator, 'ingrid', projectKey, body), actor: { ...kari, side: 'sykehus' as const } });
    await ingrid.apply(location, claimKari({ kind: 'confirm', itemKey: MANDATE, side: 'sykehus' }));
    await ingrid.apply(location, claimKari({ kind: 'setComment', itemKey: CHALLENGE, comment: 'Sjekket' }));

    const events = (await rawRows(emulator, 'kari', location, 'events', projectKey)).filter((r) => r.fields.Kind !== 'projectUpdate');
    expect(events.map((r) => [r.fields.Kind, r.fields.ActorId, r.fields.ActorName, r.fields.Side])).toEqual([
      ['confirm', emulator.users.ingrid!.objectId, emulator.users.ingrid!.displayName, 'sykehus'],
      // Not a confirmation: the side is the one the caller acts for (the UI passes the participant registry's side).
      ['comment', emulator.users.ingrid!.objectId, emulator.users.ingrid!.displayName, 'sykehus'],
    ]);
    const items = await rawRows(emulator, 'kari', location, 'checklist', projectKey);
    const mandate = items.find((r) => r.fields.ItemKey === MANDATE)!;
    expect([mandate.fields.SykehusConfirmedById, mandate.fields.SykehusConfirmedBy, mandate.fields.UpdatedById]).toEqual([
      emulator.users.ingrid!.objectId, emulator.users.ingrid!.displayName, emulator.users.ingrid!.objectId,
    ]);
    // The project's creation row carries its creator too, not an empty name.
    const created = (await rawRows(emulator, 'kari', location, 'events', projectKey)).find((r) => r.fields.Kind === 'projectUpdate')!;
    expect(created.fields.ActorId).toBe(emulator.users.kari!.objectId);
  });

  it('refuses a confirmation for a side other than the one the person registered for', async () => {
    const projectKey = await project();
    const kari = storeFor(emulator, 'kari');
    await kari.saveParticipant(location, { projectKey, person: actorFor(emulator, 'kari'), organisation: 'Lillehammer kommune', side: 'kommune' });
    await kari.loadProject(location, projectKey);
    await expect(kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'sykehus' }))).rejects.toMatchObject({ code: 'invalidInput' });
    const state = await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'kommune' }));
    expect(state.items[MANDATE]?.confirmations.kommune?.by.id).toBe(emulator.users.kari!.objectId);
  });
});
