// The Portfolio row's evidence, written by the project's own tab in the same If-Match'd write as the rest of the row
// and read back by a coordinator, against the emulator over real HTTPS: what it holds, that an older row reads as
// "no data yet", that a broken one is unreadable and healed, and that a coordination site provisioned before the
// column existed still gets its rows (without evidence) instead of falling behind.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { perFile } from '../../../testkit/emulatorHooks';
import { actorFor, emulatorWithProjectSite, intentOf, MANDATE, newProject, storeFor } from '../../../testkit/storeFixture';
import { graphAs } from '../../../testkit/portfolioEmulator';
import { portfolioListOf } from '../../../testkit/derivedRowsCheck';
import type { TestEmulator } from '../../../testkit/emulator';
import type { ProjectLocation } from '../../../src/store/ChecklistStore';
import { loadInsight } from '../../../src/store/insight/loadInsight';
import { locatePortfolio } from '../../../src/store/portfolio/locatePortfolio';
import { provisionSite } from '../../../src/store/provisioning/provision';
import { itemsWaitingFor } from '../../../src/domain/evidence/waiting';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { PortfolioRow } from '../../../src/domain/portfolio/types';

let emulator: TestEmulator;
let location: ProjectLocation;
perFile(() => emulatorWithProjectSite({ coordination: true }), (world) => ({ emulator, location } = world));

const coordination = () => ({ siteUrl: emulator.sites.koordinering!.webUrl });
const writer = (user: string) => storeFor(emulator, user, { portfolioSite: coordination() });
/** A writer that has found the coordination site, as the app does on open (its loads then read the Portfolio row). */
async function located(user: string): Promise<ReturnType<typeof writer>> {
  const store = writer(user);
  await store.locate({ siteId: location.siteId });
  return store;
}
const minute = (iso: string | undefined) => new Date(Math.floor(Date.parse(iso ?? '') / 60_000) * 60_000).toISOString();

/** The row as Innsikt reads it (Oversikt's reader leaves the evidence out). */
async function rowOf(projectKey: string): Promise<PortfolioRow | undefined> {
  const graph = graphAs(emulator, 'kristin');
  const { projects } = await loadInsight(graph, await locatePortfolio(graph, coordination()), { modelId: DEFAULT_MODEL.id, reference: DEFAULT_MODEL, modelFor: async () => DEFAULT_MODEL });
  return projects.find((p) => p.row.projectKey === projectKey)?.row;
}

async function created(): Promise<string> {
  const project = newProject({ teamGroupId: emulator.sites.lungepasienter!.groupId, channelId: '19:kanal@thread.tacv2' });
  await writer('kari').createProject(location, project, randomUUID());
  return project.projectKey;
}

const register = (store: ReturnType<typeof writer>, user: string, projectKey: string) => {
  const actor = actorFor(emulator, user);
  return store.saveParticipant(location, { projectKey, person: { id: actor.id, name: actor.name }, organisation: 'x', side: actor.side! });
};

describe('the Portfolio row’s evidence', () => {
  it('holds each side’s confirmation time, the registered participants, the phase history, the waiting limit and the link', async () => {
    const projectKey = await created();
    const kari = writer('kari');
    await kari.loadProject(location, projectKey);
    await register(kari, 'kari', projectKey);
    await register(kari, 'ingrid', projectKey);
    const confirm = intentOf(emulator, 'kari', projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'kommune' });
    await kari.apply(location, confirm);
    await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'updateProject', changes: { waitingLimitDays: 10 } }));

    const row = await rowOf(projectKey);
    expect(row?.evidence?.kind).toBe('ok');
    const evidence = row?.evidence?.kind === 'ok' ? row.evidence.evidence : undefined;
    expect(evidence?.items[MANDATE]?.confirmations.kommune?.at).toBe(minute(confirm.at));
    expect(evidence?.participants.sykehus.map((p) => p.name)).toEqual(['Ingrid Hansen']);
    expect(evidence?.phaseHistory).toEqual([{ phase: 'forankring', at: '2025-01-06T08:00:00.000Z' }]);
    expect(evidence?.waitingLimitDays).toBe(10);
    expect(evidence?.link).toEqual({ teamGroupId: emulator.sites.lungepasienter!.groupId, channelId: '19:kanal@thread.tacv2' });
    // The one waiting rule agrees with the row's own figure.
    expect(evidence && itemsWaitingFor(DEFAULT_MODEL, evidence, 'sykehus').map((w) => w.itemKey)).toEqual([MANDATE]);
    expect(row?.openDualConfirmations).toBe(1);
  });

  it('records each phase entered; the undo of a move takes it away again (the project row keeps the history)', async () => {
    const projectKey = await created();
    const kari = writer('kari');
    const move = intentOf(emulator, 'kari', projectKey, { kind: 'changePhase', to: 'utforske', reason: 'Styringsgruppen har sagt ja' });
    await kari.apply(location, move);
    const afterMove = await rowOf(projectKey);
    const history = afterMove?.evidence?.kind === 'ok' ? afterMove.evidence.evidence.phaseHistory : [];
    expect(history).toEqual([{ phase: 'forankring', at: '2025-01-06T08:00:00.000Z' }, { phase: 'utforske', at: minute(move.at) }]);
    // The override names what it left unmet: all of 0-fase (nothing was ticked).
    expect(afterMove?.gateOverrides[0]?.missing).toHaveLength(DEFAULT_MODEL.phases[0]!.checklist.length);
    await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'changePhase', to: 'forankring', undoes: { from: 'forankring', to: 'utforske', phaseEnteredAt: '2025-01-06T08:00:00.000Z' } }));
    const afterUndo = await rowOf(projectKey);
    expect(afterUndo?.evidence?.kind === 'ok' && afterUndo.evidence.evidence.phaseHistory).toEqual([{ phase: 'forankring', at: '2025-01-06T08:00:00.000Z' }]);
    // A new writer reads the history from the project row, not from its own memory.
    const loaded = await writer('ingrid').loadProject(location, projectKey);
    expect(loaded.state.project.currentPhase).toBe('forankring');
  });

  it('a row from before the evidence reads as "no data yet", not as an error; a broken one is unreadable, then healed', async () => {
    const projectKey = await created();
    const kari = writer('kari');
    await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' }));
    const site = emulator.sites.koordinering!.id;
    const list = await portfolioListOf(emulator);
    const itemId = (await rowOf(projectKey))?.itemId;
    await emulator.graph('kristin', 'PATCH', `/sites/${site}/lists/${list}/items/${itemId}/fields`, { Evidence: null });
    const old = await rowOf(projectKey);
    expect(old?.evidence).toEqual({ kind: 'none' });
    expect(old?.anomalies).toEqual([]);

    await emulator.graph('kristin', 'PATCH', `/sites/${site}/lists/${list}/items/${itemId}/fields`, { Evidence: '{"v":7,"i":{}}' });
    expect((await rowOf(projectKey))?.evidence).toEqual({ kind: 'unreadable', problem: 'unknownVersion', version: '7' });
    // The project's next load finds its row behind and writes it again.
    await (await located('ingrid')).loadProject(location, projectKey);
    const healed = await rowOf(projectKey);
    expect(healed?.evidence?.kind === 'ok' && healed.evidence.evidence.items[MANDATE]?.status).toBe('done');
  });

  it('a participant registered after the last tick reaches the row with the next load of the project', async () => {
    const projectKey = await created();
    const kari = writer('kari');
    await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' }));
    const ingrid = await located('ingrid');
    await ingrid.loadProject(location, projectKey);
    await register(ingrid, 'ingrid', projectKey);
    await (await located('per')).loadProject(location, projectKey);
    const row = await rowOf(projectKey);
    expect(row?.evidence?.kind === 'ok' && row.evidence.evidence.participants.sykehus.map((p) => p.name)).toEqual(['Ingrid Hansen']);
  });

  it('a Portfolio list provisioned before the column existed: the tick succeeds and the row stays current, without evidence', async () => {
    const site = emulator.sites.koordinering!.id;
    const list = await portfolioListOf(emulator);
    expect((await emulator.graph('kristin', 'DELETE', `/sites/${site}/lists/${list}/columns/Evidence`)).status).toBe(204);
    try {
      const projectKey = await created();
      const kari = writer('kari');
      await kari.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' }));
      const row = await rowOf(projectKey);
      expect(kari.portfolioStatus().behind).toBe(false);
      // The tick is in the row (the mandate, a `begge` requirement, now waits for the other side).
      expect(row?.openDualConfirmations).toBe(1);
      expect(row?.evidence).toEqual({ kind: 'none' });
      // Once the list is upgraded, the next writer's row carries it.
      await provisionSite(graphAs(emulator, 'kristin'), site, { lists: 'portfolio' });
      await (await located('ola')).loadProject(location, projectKey);
      expect((await rowOf(projectKey))?.evidence?.kind).toBe('ok');
    } finally {
      await provisionSite(graphAs(emulator, 'kristin'), site, { lists: 'portfolio' });
    }
  });
});
