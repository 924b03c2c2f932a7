// 11. "Venter på meg" (issue 22) for a person registered in 20 projects (among 40 in the Portfolio), each with items
// another person confirmed for the other side. Ours: the page's read (store/portfolio/waitingRows.ts), cold (the
// device knows neither the person nor the Portfolio list: one $batch for both, then the rows) and warm (both known:
// the rows alone), turned into the page's list by domain/waitingForMe.ts. Naive: what a page without the evidence
// on the Portfolio row must do: the Portfolio rows for the projects' sites, then per project its participants and
// its checklist rows (a request to each project's site).
import { randomUUID } from 'node:crypto';
import type { Person } from '../../src/domain/types';
import { readWaitingRows } from '../../src/store/portfolio/waitingRows';
import type { WaitingRowsRead } from '../../src/store/portfolio/waitingRows';
import { waitsForPerson } from '../../src/domain/waitingForMe';
import { listRef, projectItems } from '../../src/store/sharepoint/listPaths';
import type { BenchWorld } from '../lib/benchWorld';
import { ITEM_KEYS, MODEL } from '../lib/benchWorld';
import { intentOf, newProject } from '../../testkit/storeFixture';
import { sideBySide } from '../lib/measure';
import type { Figure } from '../lib/measure';

export const WAITING_PROJECTS = 20;
/** Projects in the Portfolio the person is not registered in (so the read is not only theirs). */
const OTHER_PROJECTS = 20;
/** Items confirmed for kommune (so waiting for sykehus) in each of the person's projects. */
const WAITING_PER_PROJECT = 3;

export interface WaitingResult {
  projects: number;
  portfolioRows: number;
  waitingItems: number;
  cold: { ours: Figure; naive: Figure };
  warm: Figure;
}

/** Kari (kommune) creates the projects and confirms some items; Ingrid (sykehus) is registered in the first 20. */
async function seed(world: BenchWorld): Promise<number> {
  const { emulator, location } = world;
  const kari = world.store('kari');
  const ingrid = world.store('ingrid');
  const begge = MODEL.phases.flatMap((phase) => phase.checklist).filter((item) => item.requiresBothSides).map((item) => item.key);
  let waiting = 0;
  for (let index = 0; index < WAITING_PROJECTS + OTHER_PROJECTS; index += 1) {
    const project = newProject({ title: `Venteprosjekt ${index + 1}` });
    await kari.createProject(location, project, randomUUID());
    const user = emulator.users['ingrid']!;
    if (index < WAITING_PROJECTS) {
      await ingrid.saveParticipant(location, { projectKey: project.projectKey, person: { id: user.objectId, name: user.displayName }, organisation: user.organisation, side: 'sykehus' });
    }
    const kariUser = emulator.users['kari']!;
    await kari.saveParticipant(location, { projectKey: project.projectKey, person: { id: kariUser.objectId, name: kariUser.displayName }, organisation: kariUser.organisation, side: 'kommune' });
    await kari.loadProject(location, project.projectKey);
    for (const itemKey of begge.slice(0, WAITING_PER_PROJECT)) {
      await kari.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'confirm', itemKey, side: 'kommune' }));
      if (index < WAITING_PROJECTS) waiting += 1;
    }
    // A ticked item too, so the rows carry more than the waits.
    await kari.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'setStatus', itemKey: ITEM_KEYS[ITEM_KEYS.length - 1] as string, status: 'done' }));
  }
  return waiting;
}

/** The page's list from what the read brought, for the person in it. */
function listFor(read: WaitingRowsRead): number {
  const projects = read.rows.flatMap((row) => (row.evidence.kind === 'ok' ? [{ projectKey: row.projectKey, title: row.title, siteUrl: row.siteUrl, evidence: row.evidence.evidence, model: MODEL }] : []));
  return waitsForPerson(read.me.id, projects, new Date()).reduce((sum, project) => sum + project.forMe.length, 0);
}

export async function waitingScenario(world: BenchWorld, runs: number, latencyMs: number): Promise<WaitingResult> {
  await world.latency(0);
  const expected = await seed(world);
  await world.latency(latencyMs);
  const graph = world.store('ingrid').connection.graph;
  const check = (found: number): void => {
    if (found < expected) throw new Error(`Venter på meg found ${found} of ${expected} waiting items`);
  };
  let known: { me: Person; location: WaitingRowsRead['location'] } | undefined;
  let rows = 0;

  const cold = await sideBySide(runs, () => world.measure(async () => {
    const read = await readWaitingRows(graph, { site: world.coordinationSite });
    known = { me: read.me, location: read.location };
    rows = read.rows.length;
    check(listFor(read));
  }), () => world.measure(async () => check(await naiveWaiting(world))));

  const warmSamples = await sideBySide(runs, () => world.measure(async () => {
    if (!known) throw new Error('no cold read before the warm one');
    check(listFor(await readWaitingRows(graph, { site: world.coordinationSite, me: known.me, location: known.location })));
  }), async () => ({ roundTrips: 0, requests: 0, bytes: 0, ru: 0, ms: 0 }), false);

  return { projects: WAITING_PROJECTS, portfolioRows: rows, waitingItems: expected, cold, warm: warmSamples.ours };
}

/**
 * Without evidence on the Portfolio row: /me, the Portfolio rows (for each project's site), then in each project's
 * site its participants and checklist rows (two requests a project; the bench's projects share one site, so the
 * site's lists are looked up once, which flatters the naive way).
 */
async function naiveWaiting(world: BenchWorld): Promise<number> {
  const { emulator, location } = world;
  const me = await emulator.graph<{ id: string }>('ingrid', 'GET', '/me');
  const portfolio = await emulator.graph<{ value: { fields: Record<string, unknown> }[] }>('ingrid', 'GET', `${world.portfolio.siteBase}/lists/${world.portfolio.listId}/items?$expand=fields&$top=5000`);
  await emulator.graph('ingrid', 'GET', `/sites/${location.siteId}/lists?$select=id,displayName,description`);
  let waiting = 0;
  for (const row of portfolio.body.value) {
    const projectKey = String(row.fields['ProjectKey'] ?? '');
    const participants = await emulator.graph<{ value: { fields: Record<string, unknown> }[] }>('ingrid', 'GET', projectItems(listRef(location, 'participants'), projectKey));
    const mine = participants.body.value.find((p) => p.fields['PersonId'] === me.body.id);
    if (!mine) continue;
    const items = await emulator.graph<{ value: { fields: Record<string, unknown> }[] }>('ingrid', 'GET', projectItems(listRef(location, 'checklist'), projectKey));
    waiting += items.body.value.filter((item) => item.fields['KommuneConfirmedAt'] && !item.fields['SykehusConfirmedAt']).length;
  }
  return waiting;
}
