// Issue 18, "nothing written is lost: comments", against the emulator over HTTPS: two people commenting on one item
// from copies that are out of date (the 412 path re-reads and re-applies: both comments are kept), removing only
// one's own, what a comment costs, and a site whose lists predate the thread (old data reads, provisioning upgrades).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { resetEmulatorAfterEach } from '../../testkit/emulatorHooks';
import { listPath, rawRows } from '../../testkit/resilience';
import { commentTexts } from '../../testkit/domainFixtures';
import { MANDATE, connect, emulatorWithProjectSite, intentOf, newProject, provisioned, storeFor } from '../../testkit/storeFixture';
import { inspectSite, provisionSite } from '../../src/store/provisioning/provision';
import { stateKey } from '../../src/store/sharepoint/rows';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import type { ItemState } from '../../src/domain/types';

let emulator: TestEmulator;
let location: ProjectLocation;

beforeAll(async () => {
  ({ emulator, location } = await emulatorWithProjectSite({ coordination: true }));
});
afterAll(async () => {
  await emulator?.close();
});
resetEmulatorAfterEach(() => emulator);

async function project(at = location): Promise<string> {
  const info = newProject();
  await storeFor(emulator, 'kari').createProject(at, info, randomUUID());
  return info.projectKey;
}

const handEdit = (method: string, path: string, body?: unknown) => emulator.graph('kari', method, path, body);

describe('two people comment on one item', () => {
  it('from out-of-date copies: the later writer meets a 412, re-reads, and both comments are kept in the order they were written', async () => {
    const projectKey = await project();
    const kari = storeFor(emulator, 'kari');
    const ingrid = storeFor(emulator, 'ingrid');
    await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' }));
    // Both read the item now; Kari writes her comment first (as she would offline, earlier than Ingrid's save).
    await kari.loadProject(location, projectKey);
    await ingrid.loadProject(location, projectKey);
    const offline = intentOf(emulator, 'kari', projectKey, { kind: 'addComment', itemKey: MANDATE, text: 'Kari: mandatet er signert' });
    const online = intentOf(emulator, 'ingrid', projectKey, { kind: 'addComment', itemKey: MANDATE, text: 'Ingrid: venter på styringsgruppen' });
    await ingrid.apply(location, online);
    await emulator.admin.resetStats();
    const state = await kari.apply(location, offline);
    expect((await emulator.admin.stats()).byStatus['412']).toBe(1);

    const expected = [['Kari: mandatet er signert', 'Kari Nordmann', 'kommune'], ['Ingrid: venter på styringsgruppen', 'Ingrid Hansen', 'sykehus']];
    const shown = (item: ItemState | undefined) => item?.comments.map((c) => [c.text, c.by?.name, c.side]);
    expect(shown(state.items[MANDATE])).toEqual(expected);
    for (const reader of ['ola', 'ingrid']) expect(shown((await storeFor(emulator, reader).loadProject(location, projectKey)).state.items[MANDATE])).toEqual(expected);
    // History tells the same story, with the words, newest (by when people acted) first.
    const history = (await kari.history(location, projectKey, MANDATE)).filter((e) => e.kind === 'commentAdded');
    expect(history.map((e) => [e.actor.name, e.to])).toEqual([['Ingrid Hansen', 'Ingrid: venter på styringsgruppen'], ['Kari Nordmann', 'Kari: mandatet er signert']]);
    // The Comment column says it in plain words for whoever reads the list in SharePoint.
    const row = (await rawRows(emulator, 'kari', location, 'checklist', projectKey)).find((r) => r.fields.ItemKey === MANDATE)!;
    expect(String(row.fields.Comment)).toMatch(/^Kari Nordmann, kommune, 2025-\d\d-\d\d \d\d:\d\d UTC: Kari: mandatet er signert\n\nIngrid Hansen, sykehus, .*Ingrid: venter på styringsgruppen$/);
  });

  it('a comment costs what a tick costs: one $batch with the state row, its Events row and the Portfolio row', async () => {
    const projectKey = await project();
    const kari = storeFor(emulator, 'kari', { portfolioSite: { siteUrl: emulator.sites.koordinering!.webUrl } });
    await kari.locate({ siteId: location.siteId });
    await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' }));
    const measure = async (body: Parameters<typeof intentOf>[3]) => {
      await emulator.admin.resetStats();
      await kari.apply(location, intentOf(emulator, 'kari', projectKey, body));
      const stats = await emulator.admin.stats();
      return { requests: stats.total, topLevel: stats.topLevel, ru: stats.resourceUnits };
    };
    const tick = await measure({ kind: 'setStatus', itemKey: MANDATE, status: 'open' });
    const comment = await measure({ kind: 'addComment', itemKey: MANDATE, text: 'Avklart' });
    expect(comment).toEqual(tick);
    expect(comment.topLevel).toBe(1);
    console.info(`a comment: ${comment.requests} requests (${comment.topLevel} round trip), ${comment.ru} RU; a tick: ${tick.requests} requests, ${tick.ru} RU`);
  });
});

describe('removing a comment', () => {
  it('is for its writer only; the Events list keeps the words', async () => {
    const projectKey = await project();
    const kari = storeFor(emulator, 'kari');
    const added = intentOf(emulator, 'kari', projectKey, { kind: 'addComment', itemKey: MANDATE, text: 'Feil sak' });
    await kari.apply(location, added);
    await storeFor(emulator, 'ingrid').apply(location, intentOf(emulator, 'ingrid', projectKey, { kind: 'addComment', itemKey: MANDATE, text: 'Ingrids' }));
    const ingridsId = (await kari.loadProject(location, projectKey)).state.items[MANDATE]!.comments.find((c) => c.text === 'Ingrids')!.id;

    await expect(kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'removeComment', itemKey: MANDATE, commentId: ingridsId }))).rejects.toMatchObject({ code: 'invalidInput' });
    await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'removeComment', itemKey: MANDATE, commentId: added.id }));
    expect(commentTexts((await storeFor(emulator, 'ola').loadProject(location, projectKey)).state.items[MANDATE])).toEqual(['Ingrids']);
    const removed = (await kari.history(location, projectKey, MANDATE)).find((e) => e.kind === 'commentRemoved');
    expect(removed).toMatchObject({ from: 'Feil sak', to: added.id, actor: { name: 'Kari Nordmann' } });
  });
});

describe('comments written outside the thread', () => {
  it('a text typed into the Comment column in SharePoint is shown as a comment of its own, and the next comment keeps it', async () => {
    const projectKey = await project();
    const kari = storeFor(emulator, 'kari');
    await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'addComment', itemKey: MANDATE, text: 'Fra appen' }));
    const row = (await rawRows(emulator, 'kari', location, 'checklist', projectKey)).find((r) => r.fields.ItemKey === MANDATE)!;
    await handEdit('PATCH', `${listPath(location, 'checklist')}/items/${row.id}/fields`, { Comment: 'Skrevet rett i listen' });
    const loaded = (await storeFor(emulator, 'ola').loadProject(location, projectKey)).state.items[MANDATE]!;
    expect(loaded.comments.map((c) => [c.text, c.by?.name])).toEqual([['Skrevet rett i listen', undefined], ['Fra appen', 'Kari Nordmann']]);
    await storeFor(emulator, 'ingrid').apply(location, intentOf(emulator, 'ingrid', projectKey, { kind: 'addComment', itemKey: MANDATE, text: 'Etterpå' }));
    expect(commentTexts((await storeFor(emulator, 'ola').loadProject(location, projectKey)).state.items[MANDATE])).toEqual(['Skrevet rett i listen', 'Fra appen', 'Etterpå']);
  });
});

describe('a site whose lists predate comment threads', () => {
  /** A site as the version before threads left it: no CommentThread column, Events' Kind without the new choices, one old comment. */
  async function oldSite(): Promise<{ at: ProjectLocation; projectKey: string }> {
    const siteId = await provisioned(emulator, 'digital-hjemmeoppfolging', 'kari');
    const at = await storeFor(emulator, 'kari').locate({ siteId });
    await handEdit('DELETE', `${listPath(at, 'checklist')}/columns/CommentThread`);
    await handEdit('PATCH', `${listPath(at, 'events')}/columns/Kind`, { description: 'status, confirm, unconfirm, comment, phaseChange, gateOverride eller projectUpdate.', choice: { choices: ['status', 'confirm', 'unconfirm', 'comment', 'phaseChange', 'gateOverride', 'projectUpdate'] } });
    await handEdit('PATCH', `${listPath(at, 'checklist')}/columns/Comment`, { description: 'Fritekst (uten personopplysninger).' });
    const projectKey = await project(at);
    const fields = { Title: MANDATE, StateKey: stateKey(projectKey, MANDATE), ProjectKey: projectKey, ItemKey: MANDATE, PhaseKey: 'forankring', Status: 'done', Comment: 'Signert i mars' };
    expect((await handEdit('POST', `${listPath(at, 'checklist')}/items`, { fields })).status).toBe(201);
    return { at, projectKey };
  }

  it('reads the old comment, ticks as before, and says which column a new comment needs until provisioning adds it', async () => {
    const { at, projectKey } = await oldSite();
    const kari = storeFor(emulator, 'kari');
    const loaded = await kari.loadProject(at, projectKey);
    expect(loaded.state.items[MANDATE]?.comments).toEqual([{ id: expect.stringMatching(/^legacy:/), text: 'Signert i mars' }]);
    expect(loaded.state.anomalies).toEqual([]);
    // A tick does not write the thread: it works in the old lists and leaves the old comment alone.
    await kari.apply(at, intentOf(emulator, 'kari', projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'kommune' }));
    const failure = await kari.apply(at, intentOf(emulator, 'kari', projectKey, { kind: 'addComment', itemKey: MANDATE, text: 'Ny' })).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'columnsMissing', missing: ['CommentThread'], retryable: false });

    const graph = connect(emulator, 'kari').graph;
    const inspection = await inspectSite(graph, { siteId: at.siteId });
    expect(inspection).toMatchObject({ missingColumns: ['checklist.CommentThread'], missingChoices: ['events.Kind'], outdatedLabels: ['checklist.Comment', 'events.Kind'] });
    const report = await provisionSite(graph, at.siteId, { lists: 'project' });
    expect(report).toMatchObject({ columnsAdded: ['checklist.CommentThread'], choicesAdded: ['events.Kind'], relabelled: ['checklist.Comment', 'events.Kind'] });

    await kari.apply(at, intentOf(emulator, 'kari', projectKey, { kind: 'addComment', itemKey: MANDATE, text: 'Ny' }));
    const after = (await storeFor(emulator, 'ingrid').loadProject(at, projectKey)).state.items[MANDATE]!;
    expect(after.comments.map((c) => [c.text, c.by?.name])).toEqual([['Signert i mars', undefined], ['Ny', 'Kari Nordmann']]);
    expect(after.confirmations.kommune?.by.name).toBe('Kari Nordmann');
  });
});
