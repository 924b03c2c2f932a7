import { beforeEach, describe, expect, it } from 'vitest';
import { findItem, findPhase } from '../../src/model/lookup';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { emulatorPerFile } from '../../testkit/emulatorHooks';
import type { TestEmulator } from '../../testkit/emulator';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import { NonIndexedFilterError, fieldEquals, odataString } from '../../src/store/sharepoint/odata';
import { CHALLENGE, MANDATE, actorFor, intentOf, newProject, provisioned, storeFor } from '../../testkit/storeFixture';
import { commentTexts } from '../../testkit/domainFixtures';

let emulator: TestEmulator;
let siteUrl: string;
emulatorPerFile(async (started) => {
  emulator = started;
  await provisioned(emulator, 'lungepasienter', 'kari');
  await provisioned(emulator, 'koordinering', 'kristin');
  siteUrl = emulator.sites.lungepasienter!.webUrl;
});
beforeEach(async () => {
  await emulator.admin.clearFaults();
  await emulator.admin.setSettings({ pageSize: 200 });
});

async function started(userId = 'kari', options = {}) {
  const store = storeFor(emulator, userId, options);
  const location = await store.locate({ siteUrl });
  const project = newProject();
  await store.createProject(location, project, crypto.randomUUID());
  return { store, location, project };
}

async function eventsFor(location: ProjectLocation, projectKey: string) {
  return (await storeFor(emulator, 'kari').history(location, projectKey));
}

describe('locate', () => {
  it('finds the site by URL and our lists; listsMissing names what is absent', async () => {
    const store = storeFor(emulator, 'kari');
    const location = await store.locate({ siteUrl });
    expect(location.siteId).toBe(emulator.sites.lungepasienter!.id);
    expect(Object.values(location.lists).every(Boolean)).toBe(true);
    await expect(store.locate({ siteId: emulator.sites['bo-trygt-hjemme']!.id })).rejects.toMatchObject({ code: 'listsMissing', missing: ['projects', 'checklist', 'events', 'participants'] });
  });

  it('a cold open is two round trips: site, lists, who I am and the coordination site in one, the project in one', async () => {
    const { store, location, project } = await started('kari', { portfolioSite: { siteUrl: emulator.sites.koordinering!.webUrl } });
    await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'kommune' }));
    const fresh = storeFor(emulator, 'ingrid', { portfolioSite: { siteUrl: emulator.sites.koordinering!.webUrl } });
    const trips = () => fresh.connection.graph.traffic.snapshot().roundTrips;
    const again = await fresh.locate({ siteUrl });
    expect(again).toEqual(location);
    expect(trips()).toBe(1);
    expect((await fresh.whoAmI()).id).toBe(actorFor(emulator, 'ingrid').id);
    await fresh.loadProject(location, project.projectKey);
    expect(trips()).toBe(2);
    expect(fresh.portfolioStatus().behind).toBe(false);
  });

  it('gives accessDenied to a user without access, without retrying', async () => {
    const store = storeFor(emulator, 'eva');
    await expect(store.locate({ siteUrl })).rejects.toMatchObject({ code: 'accessDenied' });
    expect(store.connection.sleeps).toEqual([]);
  });
});

describe('loadProject', () => {
  it('reads the project in one $batch', async () => {
    const { store, location, project } = await started();
    await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' }));
    const reader = storeFor(emulator, 'ingrid');
    const readerLocation = await reader.locate({ siteUrl });
    await emulator.admin.resetStats();
    const loaded = await reader.loadProject(readerLocation, project.projectKey);
    const stats = await emulator.admin.stats();
    expect(stats.topLevel).toBe(1);
    expect(loaded.state.project.title).toBe(project.title);
    expect(loaded.state.items[MANDATE]?.status).toBe('done');
    expect(Object.keys(loaded.cursor)).toEqual(expect.arrayContaining(['checklist', 'projects', 'participants']));
    console.info(`RU: loadProject ${stats.resourceUnits} (${stats.inner} inner requests)`);
  });

  it('follows nextLink pages past one page', async () => {
    const { store, location, project } = await started();
    const items = ['forankring.mandat-godkjent', 'forankring.utfordring-beskrevet', 'forankring.kontaktperson-per-part', 'forankring.ressurser-avsatt', 'forankring.brukerrepresentant'];
    for (const itemKey of items) await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'addComment', itemKey, text: itemKey }));
    await emulator.admin.setSettings({ pageSize: 2 });
    const loaded = await storeFor(emulator, 'per').loadProject(location, project.projectKey);
    expect(Object.keys(loaded.state.items).sort()).toEqual([...items].sort());
  });

  it('filters safely on keys with quotes, ampersands, hashes, percent signs, markup and emoji', async () => {
    const store = storeFor(emulator, 'kari');
    const location = await store.locate({ siteUrl });
    const odd = newProject({ projectKey: "O'Brien & Søn #1 %20 <b> 🦊", title: "O'Brien & Søn #1 %20 <b> 🦊" });
    await store.createProject(location, odd, crypto.randomUUID());
    await store.createProject(location, newProject({ projectKey: "O'Brien" }), crypto.randomUUID());
    const loaded = await storeFor(emulator, 'ola').loadProject(location, odd.projectKey);
    expect(loaded.state.project.projectKey).toBe(odd.projectKey);
    expect(loaded.state.project.title).toBe(odd.title);
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(() => fieldEquals('checklist', 'ItemKey', 'x')).toThrow(NonIndexedFilterError);
  });
});

describe('apply', () => {
  it('writes the state row, one Events row and the Portfolio row in one $batch', async () => {
    const { store, location, project } = await started('kari', { portfolioSite: { siteUrl: emulator.sites.koordinering!.webUrl } });
    await store.loadProject(location, project.projectKey);
    await emulator.admin.resetStats();
    const state = await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'kommune' }));
    const stats = await emulator.admin.stats();
    expect(stats.topLevel).toBe(1);
    console.info(`RU: apply ${stats.resourceUnits} (${stats.inner} inner requests)`);
    // 3 writes of 2 RU (state, Events, Portfolio): the project row is not rewritten on a tick (issue 14, < 8 RU).
    expect(stats.resourceUnits).toBe(6);
    expect(state.items[MANDATE]?.confirmations.kommune?.by.name).toBe('Kari Nordmann');
    expect(store.portfolioStatus().behind).toBe(false);
    const events = await eventsFor(location, project.projectKey);
    expect(events.filter((e) => e.kind === 'confirm')).toHaveLength(1);
    const history = await store.history(location, project.projectKey, MANDATE);
    expect(history.map((e) => e.kind)).toEqual(['confirm']);
  });

  it('retries throttled inner requests and a throttled $batch', async () => {
    const { store, location, project } = await started();
    await store.loadProject(location, project.projectKey);
    await emulator.admin.setFaults({ failNext: [{ status: 429, count: 1, applyTo: 'top', retryAfterSeconds: 1 }, { status: 503, count: 1, applyTo: 'inner', method: 'POST', retryAfterSeconds: 2 }] });
    const state = await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'setStatus', itemKey: CHALLENGE, status: 'done' }));
    expect(state.items[CHALLENGE]?.status).toBe('done');
    // Each Retry-After (1 s top level, 2 s inside $batch) plus a random share (0.5 here) of the backoff ceiling.
    expect(store.connection.sleeps).toEqual([1_250, 2_250]);
    expect((await eventsFor(location, project.projectKey)).filter((e) => e.kind === 'status')).toHaveLength(1);
  });

  it('re-reads and re-applies after a concurrent write to the same item (412), keeping both changes', async () => {
    const { store: kari, location, project } = await started();
    const ingrid = storeFor(emulator, 'ingrid');
    await kari.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'addComment', itemKey: MANDATE, text: 'Utkast' }));
    await kari.loadProject(location, project.projectKey);
    await ingrid.loadProject(location, project.projectKey);
    await kari.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'kommune' }));
    // Ingrid's copy is stale now: her write meets a 412, re-reads and re-applies.
    await emulator.admin.resetStats();
    const state = await ingrid.apply(location, intentOf(emulator, 'ingrid', project.projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'sykehus' }));
    expect(Object.keys(state.items[MANDATE]!.confirmations).sort()).toEqual(['kommune', 'sykehus']);
    // One 412, her state row's: without a coordination site a tick writes no derived row (the project row is not touched).
    expect((await emulator.admin.stats()).byStatus['412']).toBe(1);
    const fresh = await storeFor(emulator, 'per').loadProject(location, project.projectKey);
    expect(Object.keys(fresh.state.items[MANDATE]!.confirmations).sort()).toEqual(['kommune', 'sykehus']);
    expect(commentTexts(fresh.state.items[MANDATE])).toEqual(['Utkast']);
  });

  it('two people ticking the same new item at once make one row', async () => {
    const { location, project } = await started();
    const kari = storeFor(emulator, 'kari');
    const per = storeFor(emulator, 'per');
    await kari.loadProject(location, project.projectKey);
    await per.loadProject(location, project.projectKey);
    await Promise.all([
      kari.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'confirm', itemKey: CHALLENGE, side: 'kommune' })),
      per.apply(location, intentOf(emulator, 'per', project.projectKey, { kind: 'confirm', itemKey: CHALLENGE, side: 'sykehus' })),
      per.apply(location, intentOf(emulator, 'per', project.projectKey, { kind: 'addComment', itemKey: MANDATE, text: 'Annet punkt' })),
    ]);
    const fresh = await storeFor(emulator, 'ola').loadProject(location, project.projectKey);
    expect(Object.keys(fresh.state.items[CHALLENGE]!.confirmations).sort()).toEqual(['kommune', 'sykehus']);
    expect(fresh.state.anomalies.filter((a) => a.kind === 'duplicateRow')).toEqual([]);
    expect(commentTexts(fresh.state.items[MANDATE])).toEqual(['Annet punkt']);
  });

  it('a lost response after a successful write is replayed without a second Events row', async () => {
    const { store, location, project } = await started();
    await store.loadProject(location, project.projectKey);
    await emulator.admin.setFaults({ failNext: [{ status: 'dropAfter', count: 1, applyTo: 'top', pathPattern: '\\$batch' }] });
    const intent = intentOf(emulator, 'kari', project.projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' });
    const state = await store.apply(location, intent);
    expect(state.items[MANDATE]?.status).toBe('done');
    expect(store.connection.graph.traffic.snapshot().retries).toBeGreaterThanOrEqual(1);
    // And a replay by the offline queue after a reload (a fresh store) is also harmless.
    await storeFor(emulator, 'kari').apply(location, intent);
    const events = (await eventsFor(location, project.projectKey)).filter((e) => e.intentId === intent.id);
    expect(events).toHaveLength(1);
  });

  it('refuses an intent the domain rejects before sending', async () => {
    const { store, location, project } = await started();
    await expect(store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'addComment', itemKey: MANDATE, text: 'x'.repeat(5000) }))).rejects.toMatchObject({ code: 'invalidInput' });
  });

  it('refuses to move on past unmet requirements without a reason, before sending; moving back needs none', async () => {
    const { store, location, project } = await started();
    await store.loadProject(location, project.projectKey);
    await emulator.admin.resetStats();
    await expect(store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'changePhase', to: 'utforske' }))).rejects.toMatchObject({ code: 'invalidInput' });
    expect((await emulator.admin.stats()).total).toBe(0);
    await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'changePhase', to: 'utforske', reason: 'Mandat kommer' }));
    const back = await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'changePhase', to: 'forankring' }));
    expect(back.project.currentPhase).toBe('forankring');
  });

  it('moves the phase with a gate override and writes it to the Portfolio row', async () => {
    const { store, location, project } = await started('kari', { portfolioSite: { siteUrl: emulator.sites.koordinering!.webUrl } });
    const state = await store.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'changePhase', to: 'utforske', reason: 'Mandat kommer' }));
    expect(state.project.currentPhase).toBe('utforske');
    // The Events list holds both rows; history shows the move once, with the override's reason.
    const raw = await emulator.graph<{ value: { fields: Record<string, unknown> }[] }>('kari', 'GET', `/sites/${location.siteId}/lists/${location.lists.events}/items?$expand=fields&$filter=fields/ProjectKey eq '${project.projectKey}'`);
    expect(raw.body.value.map((r) => r.fields.Kind)).toEqual(expect.arrayContaining(['gateOverride', 'phaseChange']));
    const moves = (await eventsFor(location, project.projectKey)).filter((e) => e.kind === 'phaseChange' || e.kind === 'gateOverride');
    expect(moves).toMatchObject([{ kind: 'phaseChange', reason: 'Mandat kommer' }]);
    const coordination = await storeFor(emulator, 'kristin').locate({ siteUrl }).catch(() => undefined);
    expect(coordination).toBeDefined();
    const site = emulator.sites.koordinering!;
    const lists = await emulator.graph<{ value: { id: string; displayName: string }[] }>('kristin', 'GET', `/sites/${site.id}/lists`);
    const portfolio = lists.body.value.find((l) => l.displayName === 'Felles modell – portefølje')!;
    const rows = await emulator.graph<{ value: { fields: Record<string, unknown> }[] }>('kristin', 'GET', `/sites/${site.id}/lists/${portfolio.id}/items?$expand=fields&$filter=fields/ProjectKey eq '${project.projectKey}'`);
    expect(rows.body.value).toHaveLength(1);
    expect(rows.body.value[0]!.fields).toMatchObject({ CurrentPhase: 'utforske', GateOverrideCount: 1, CurrentPhaseOrder: 1 });
    expect(Number(rows.body.value[0]!.fields.MissingCount)).toBeGreaterThan(0);
    // Readable beside the keys (issue 12): the phase's bokmål name and the missing requirements as text.
    const fields = rows.body.value[0]!.fields;
    expect(fields.CurrentPhaseName).toBe(findPhase(DEFAULT_MODEL, 'utforske')?.label.nb);
    expect(String(fields.MissingRequirementsText).split('\n')).toContain(findItem(DEFAULT_MODEL, MANDATE)?.label.nb);
  });

  it('a coordination site that refuses does not fail the tick, and says the portfolio is behind', async () => {
    const { store, location, project } = await started('ola', { portfolioSite: { siteUrl: emulator.sites['nytt-prosjekt']!.webUrl } });
    const state = await store.apply(location, intentOf(emulator, 'ola', project.projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' }));
    expect(state.items[MANDATE]?.status).toBe('done');
    expect(store.portfolioStatus()).toMatchObject({ behind: true });
  });
});

describe('pollChanges', () => {
  it('sees another user\'s tick in one request (inside a $batch: its envelope costs no RU), and a phase or settings change on the next poll through the change signal', async () => {
    const { store: kari, location, project } = await started();
    const ingrid = storeFor(emulator, 'ingrid');
    const loaded = await ingrid.loadProject(location, project.projectKey);
    await kari.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'kommune' }));
    await emulator.admin.resetStats();
    const changes = await ingrid.pollChanges(location, project.projectKey, loaded.cursor);
    const stats = await emulator.admin.stats();
    expect([stats.topLevel, stats.inner]).toEqual([1, 1]);
    expect(stats.resourceUnits).toBe(1);
    expect(changes.changedItemKeys).toEqual([MANDATE]);
    expect(changes.state.items[MANDATE]?.confirmations.kommune?.by.id).toBe(actorFor(emulator, 'kari').id);

    await kari.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'updateProject', changes: { title: 'Nytt navn' } }));
    await emulator.admin.resetStats();
    const renamed = await ingrid.pollChanges(location, project.projectKey, changes.cursor);
    expect(renamed.state.project.title).toBe('Nytt navn');
    // The signal row is not a checklist item: no anomaly, no phantom item.
    expect(Object.keys(renamed.state.items)).toEqual([MANDATE]);
    expect(renamed.state.anomalies).toEqual([]);
    const after = await emulator.admin.stats();
    expect(after.topLevel).toBe(2); // the checklist delta, then one $batch with the projects' and participants' deltas
    expect(after.resourceUnits).toBe(3);

    await emulator.admin.resetStats();
    const quiet = await ingrid.pollChanges(location, project.projectKey, renamed.cursor);
    expect(quiet.changedItemKeys).toEqual([]);
    expect((await emulator.admin.stats()).resourceUnits).toBe(1);
  });

  it('catches a project row edited by hand in SharePoint on the periodic slow poll', async () => {
    const { location, project } = await started();
    const ingrid = storeFor(emulator, 'ingrid', { slowListEvery: 3 });
    const loaded = await ingrid.loadProject(location, project.projectKey);
    const rows = await emulator.graph<{ value: { id: string; fields: { ProjectKey: string } }[] }>('kari', 'GET', `/sites/${location.siteId}/lists/${location.lists.projects}/items?$expand=fields`);
    const row = rows.body.value.find((r) => r.fields.ProjectKey === project.projectKey);
    await emulator.graph('kari', 'PATCH', `/sites/${location.siteId}/lists/${location.lists.projects}/items/${row?.id}/fields`, { Title: 'Endret for hånd' });
    let cursor = loaded.cursor;
    const titles: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const next = await ingrid.pollChanges(location, project.projectKey, cursor);
      titles.push(next.state.project.title);
      cursor = next.cursor;
    }
    expect(titles).toEqual([project.title, project.title, 'Endret for hånd']);
  });

  it('a stale delta token (410) reads everything again', async () => {
    const { store: kari, location, project } = await started();
    const ingrid = storeFor(emulator, 'ingrid');
    const loaded = await ingrid.loadProject(location, project.projectKey);
    await kari.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'setStatus', itemKey: CHALLENGE, status: 'notRelevant', reason: 'Gjelder ikke' }));
    await emulator.admin.expireDelta();
    const changes = await ingrid.pollChanges(location, project.projectKey, loaded.cursor);
    expect(changes.resynced).toBe(true);
    expect(changes.state.items[CHALLENGE]?.status).toBe('notRelevant');
    expect(changes.changedItemKeys).toEqual([CHALLENGE]);
  });
});

describe('participants', () => {
  it('saves a participant once, updates it the second time', async () => {
    const { store, location, project } = await started();
    const person = actorFor(emulator, 'ingrid');
    await store.saveParticipant(location, { projectKey: project.projectKey, person, organisation: 'Sykehuset Innlandet HF', side: 'sykehus' });
    await store.saveParticipant(location, { projectKey: project.projectKey, person, organisation: 'Sykehuset Innlandet HF', side: 'sykehus', confirmedAt: '2025-02-02T10:00:00.000Z' });
    const loaded = await storeFor(emulator, 'per').loadProject(location, project.projectKey);
    expect(loaded.participants).toHaveLength(1);
    expect(loaded.participants[0]).toMatchObject({ side: 'sykehus', organisation: 'Sykehuset Innlandet HF' });
    expect(Date.parse(loaded.participants[0]!.confirmedAt!)).toBe(Date.parse('2025-02-02T10:00:00.000Z'));
  });
});
