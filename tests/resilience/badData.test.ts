// Issue #7, bad data in SharePoint: people edit our lists by hand (or an older/newer app version wrote them). The
// store shows what it can, flags what it cannot (anomalies, typed StoreErrors), never crashes, and never overwrites
// what it did not understand. The edits are made raw through Graph as a site owner, as SharePoint's UI would.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { perFile } from '../../testkit/emulatorHooks';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import { stateKey } from '../../src/store/sharepoint/rows';
import { CHALLENGE, MANDATE, intentOf, newProject, provisioned, storeFor, emulatorWithProjectSite } from '../../testkit/storeFixture';
import { listPath, rawRows } from '../../testkit/resilience';
import type { RawRow } from '../../testkit/resilience';

const CONTACT = 'forankring.kontaktperson-per-part';

let emulator: TestEmulator;
let location: ProjectLocation;

perFile(() => emulatorWithProjectSite(), (world) => ({ emulator, location } = world));

/** A project where kari has written MANDATE and CHALLENGE. */
async function project(at: ProjectLocation = location) {
  const store = storeFor(emulator, 'kari');
  const info = newProject();
  await store.createProject(at, info, randomUUID());
  await store.apply(at, intentOf(emulator, 'kari', info.projectKey, { kind: 'setComment', itemKey: MANDATE, comment: 'Mandat' }));
  await store.apply(at, intentOf(emulator, 'kari', info.projectKey, { kind: 'confirm', itemKey: CHALLENGE, side: 'kommune' }));
  return { store, projectKey: info.projectKey };
}

async function rowOf(projectKey: string, itemKey: string, at: ProjectLocation = location): Promise<RawRow> {
  const row = (await rawRows(emulator, 'kari', at, 'checklist', projectKey)).find((r) => r.fields.ItemKey === itemKey);
  if (!row) throw new Error(`no row for ${itemKey}`);
  return row;
}

async function handEdit(method: string, path: string, body?: unknown): Promise<void> {
  const answer = await emulator.graph('kari', method, path, body);
  if (answer.status >= 300) throw new Error(`hand edit ${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
}

const fresh = (projectKey: string, at: ProjectLocation = location) => storeFor(emulator, 'per').loadProject(at, projectKey);

describe('values the app does not know', () => {
  it('an unknown status is shown as open and flagged, and no write overwrites it (not even a comment on that item)', async () => {
    const { projectKey } = await project();
    // A newer model version added a status: the column got the choice, a row got the value.
    await handEdit('PATCH', `${listPath(location, 'checklist')}/columns/Status`, { choice: { choices: ['open', 'done', 'notRelevant', 'inProgress'] } });
    const row = await rowOf(projectKey, MANDATE);
    await handEdit('PATCH', `${listPath(location, 'checklist')}/items/${row.id}/fields`, { Status: 'inProgress' });

    const loaded = await fresh(projectKey);
    expect(loaded.state.items[MANDATE]).toMatchObject({ status: 'open', comment: 'Mandat' });
    expect(loaded.state.anomalies).toContainEqual(expect.objectContaining({ kind: 'unknownStatus', itemKey: MANDATE }));

    // Another item's write leaves it alone.
    const per = storeFor(emulator, 'per');
    await per.apply(location, intentOf(emulator, 'per', projectKey, { kind: 'confirm', itemKey: CHALLENGE, side: 'sykehus' }));
    expect((await rowOf(projectKey, MANDATE)).fields.Status).toBe('inProgress');
    // A comment or a confirmation on the item itself does not touch the status it did not understand.
    await per.apply(location, intentOf(emulator, 'per', projectKey, { kind: 'setComment', itemKey: MANDATE, comment: 'Ny kommentar' }));
    await per.apply(location, intentOf(emulator, 'per', projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'sykehus' }));
    const after = await rowOf(projectKey, MANDATE);
    expect(after.fields).toMatchObject({ Status: 'inProgress', Comment: 'Ny kommentar' });
    expect(after.fields.SykehusConfirmedBy).toBe('Per Olsen');
    // Only a deliberate status choice replaces it.
    await per.apply(location, intentOf(emulator, 'per', projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' }));
    expect((await rowOf(projectKey, MANDATE)).fields.Status).toBe('done');
    expect((await fresh(projectKey)).state.anomalies).toEqual([]);
  });

  it('an item key from an older model version is kept, flagged, and left as it is', async () => {
    const { store, projectKey } = await project();
    const old = 'forankring.gammelt-punkt';
    await handEdit('POST', `${listPath(location, 'checklist')}/items`, { fields: { Title: old, StateKey: stateKey(projectKey, old), ProjectKey: projectKey, ItemKey: old, PhaseKey: 'forankring', Status: 'done', Comment: 'fra v0' } });
    const loaded = await fresh(projectKey);
    expect(loaded.state.items[old]).toMatchObject({ status: 'done', comment: 'fra v0' });
    expect(loaded.state.anomalies).toContainEqual(expect.objectContaining({ kind: 'unknownItem', itemKey: old }));
    // The app never writes it (intents on unknown items are refused) and other writes leave it alone.
    await expect(store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: old, status: 'open' }))).rejects.toMatchObject({ code: 'invalidInput' });
    await store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: CONTACT, status: 'done' }));
    expect((await rowOf(projectKey, old)).fields).toMatchObject({ Status: 'done', Comment: 'fra v0' });
  });

  it('a project row with an unknown lifecycle status and phase is shown and flagged', async () => {
    const { projectKey } = await project();
    const row = (await rawRows(emulator, 'kari', location, 'projects', projectKey))[0]!;
    await handEdit('PATCH', `${listPath(location, 'projects')}/items/${row.id}/fields`, { CurrentPhase: 'fase-fra-fremtiden' });
    const loaded = await fresh(projectKey);
    expect(loaded.state.project.currentPhase).toBe('fase-fra-fremtiden');
    expect(loaded.state.anomalies).toContainEqual(expect.objectContaining({ kind: 'unknownPhase' }));
  });
});

describe('rows added, duplicated or deleted by hand', () => {
  it('two rows for one item: the newest is shown, the item flagged, both rows kept, the write goes to the newest', async () => {
    const { projectKey } = await project();
    // StateKey is unique, so the copy has another one (as a row copied in the list's grid view would, or an old app version).
    await handEdit('POST', `${listPath(location, 'checklist')}/items`, { fields: { Title: CHALLENGE, StateKey: `${stateKey(projectKey, CHALLENGE)} (kopi)`, ProjectKey: projectKey, ItemKey: CHALLENGE, PhaseKey: 'forankring', Status: 'done', Comment: 'kopi' } });
    const loaded = await fresh(projectKey);
    expect(loaded.state.items[CHALLENGE]).toMatchObject({ status: 'done', comment: 'kopi' });
    expect(loaded.state.anomalies).toContainEqual(expect.objectContaining({ kind: 'duplicateRow', itemKey: CHALLENGE }));

    const per = storeFor(emulator, 'per');
    await per.loadProject(location, projectKey);
    await per.apply(location, intentOf(emulator, 'per', projectKey, { kind: 'confirm', itemKey: CHALLENGE, side: 'sykehus' }));
    const rows = (await rawRows(emulator, 'kari', location, 'checklist', projectKey)).filter((r) => r.fields.ItemKey === CHALLENGE);
    expect(rows).toHaveLength(2);
    const [original, copy] = rows;
    expect(copy!.fields).toMatchObject({ Comment: 'kopi', SykehusConfirmedBy: 'Per Olsen' });
    expect(original!.fields.SykehusConfirmedBy).toBeUndefined();
    expect(original!.fields.KommuneConfirmedBy).toBe('Kari Nordmann');
  });

  it('a row deleted by hand: the item is open again for a fresh load and a poll, and the next tick makes a new row', async () => {
    const { store, projectKey } = await project();
    const reader = storeFor(emulator, 'ingrid');
    const loaded = await reader.loadProject(location, projectKey);
    const row = await rowOf(projectKey, CHALLENGE);
    await handEdit('DELETE', `${listPath(location, 'checklist')}/items/${row.id}`);
    expect((await fresh(projectKey)).state.items[CHALLENGE]).toBeUndefined();
    const polled = await reader.pollChanges(location, projectKey, loaded.cursor);
    expect(polled.state.items[CHALLENGE]).toBeUndefined();
    expect(polled.changedItemKeys).toContain(CHALLENGE);
    // The writer still holds the deleted row's id: its PATCH meets a 404, and the tick must still land.
    const outcome = await store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: CHALLENGE, status: 'done' })).then(
      (state) => state.items[CHALLENGE]?.status,
      (e: unknown) => e,
    );
    expect(outcome).toBe('done');
    expect((await fresh(projectKey)).state.items[CHALLENGE]?.status).toBe('done');
  });

  it('the project row deleted by hand: projectNotFound, no crash', async () => {
    const { projectKey } = await project();
    const row = (await rawRows(emulator, 'kari', location, 'projects', projectKey))[0]!;
    await handEdit('DELETE', `${listPath(location, 'projects')}/items/${row.id}`);
    await expect(fresh(projectKey)).rejects.toMatchObject({ code: 'projectNotFound' });
    const store = storeFor(emulator, 'per');
    await expect(store.apply(location, intentOf(emulator, 'per', projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' }))).rejects.toMatchObject({ code: 'projectNotFound' });
    expect((await store.listProjects(location)).some((p) => p.projectKey === projectKey)).toBe(false);
  });
});

describe('columns and lists changed by hand', () => {
  it('a column renamed in SharePoint (display name) changes nothing: the app uses internal names', async () => {
    const { store, projectKey } = await project();
    await handEdit('PATCH', `${listPath(location, 'checklist')}/columns/Comment`, { displayName: 'Merknad' });
    await store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setComment', itemKey: CONTACT, comment: 'etter omdøping' }));
    expect((await fresh(projectKey)).state.items[CONTACT]?.comment).toBe('etter omdøping');
  });

  it('a column deleted: the load shows what it can, a write that needs the column says columnsMissing and names it', async () => {
    const siteId = await provisioned(emulator, 'digital-hjemmeoppfolging', 'kari');
    const at = await storeFor(emulator, 'kari').locate({ siteId });
    const { projectKey } = await project(at);
    await handEdit('DELETE', `${listPath(at, 'checklist')}/columns/Comment`);
    const loaded = await fresh(projectKey, at);
    expect(loaded.state.items[CHALLENGE]?.confirmations.kommune?.by.name).toBe('Kari Nordmann');
    const failure = await storeFor(emulator, 'kari').apply(at, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: CONTACT, status: 'done' })).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'columnsMissing', missing: ['Comment'], retryable: false });
  });

  it('a list deleted: locate says listsMissing and names it; an open project says listsMissing, nothing retried forever', async () => {
    const siteId = await provisioned(emulator, 'nytt-prosjekt', 'kari');
    const at = await storeFor(emulator, 'kari').locate({ siteId });
    const { store, projectKey } = await project(at);
    await store.loadProject(at, projectKey);
    await handEdit('DELETE', listPath(at, 'events'));
    await expect(storeFor(emulator, 'kari').locate({ siteId })).rejects.toMatchObject({ code: 'listsMissing', missing: ['events'] });
    const failure = await store.apply(at, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: CONTACT, status: 'done' })).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'listsMissing', retryable: false });
    expect(store.connection.sleeps).toEqual([]);
  });
});
