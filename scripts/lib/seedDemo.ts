// Local mode's demo data, written the way the app writes it: our provisioning creates the lists, our
// GraphChecklistStore applies each demo tick as an intent by a dev user of the right side, then moves the project
// phase by phase. Idempotent: a project that already exists is left as it is, so a second start adds nothing.
// Works against any Graph base URL; local mode and the browser tests use the local server's proxy (plain http).
import type { Actor, Intent, IntentBody, ProjectInfo } from '../../src/domain/types';
import type { PhaseModel, Side } from '../../src/model/types';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { phasesInOrder } from '../../src/model/lookup';
import { DEMO_PROJECTS } from '../../src/model/demoProjects';
import type { DemoProject } from '../../src/model/demoProjects';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import { createGraphClient } from '../../src/store/graphClient/createGraphClient';
import { GraphChecklistStore } from '../../src/store/graph/GraphChecklistStore';
import { inspectSite, provisionSite } from '../../src/store/provisioning/provision';
import type { ListSet } from '../../src/store/provisioning/provision';
import { seedCoordinatorModel } from './seedModel';
import { projectLink, TEXT_COLUMN_MAX_LENGTH } from '../../src/domain/projectLinks';

interface AdminUser {
  id: string;
  objectId: string;
  displayName: string;
  mail: string;
  organisation: string;
  side: Side | 'none';
  token: string;
}

interface AdminSite {
  key: string;
  webUrl: string;
  path: string;
  roles: Record<string, 'read' | 'write' | 'owner'>;
}

export interface SeedDemoOptions {
  /** Where Graph answers: `http://localhost:PORT/v1.0` (the proxy) or the emulator's own `https://…/v1.0`. */
  graphBaseUrl: string;
  /** Where `/_emulator/users` and `/_emulator/sites` answer (the same origin, normally): the local app, whose route the Portfolio links to. */
  adminOrigin: string;
  model?: PhaseModel;
  projects?: readonly DemoProject[];
  log?: (line: string) => void;
}

export interface SeedDemoReport {
  provisioned: string[];
  created: string[];
  skipped: string[];
  /** Projects that could not be written, with why: the rest are still seeded. */
  failed: string[];
  coordinationSiteUrl?: string;
}

const USER_AGENT = 'NONISV|HelsefellesskapInnlandet|FellesModell-seed/0.1.0';
const DAY_MS = 86_400_000;
const DEMO_MOVE_REASON = 'Styringsgruppen besluttet å gå videre; de manglende punktene følges opp i neste fase.';

export async function seedDemo(options: SeedDemoOptions): Promise<SeedDemoReport> {
  const model = options.model ?? DEFAULT_MODEL;
  const log = options.log ?? (() => undefined);
  const users = await admin<AdminUser>(options.adminOrigin, 'users');
  const sites = await admin<AdminSite>(options.adminOrigin, 'sites');
  const report: SeedDemoReport = { provisioned: [], created: [], skipped: [], failed: [] };
  const coordination = sites.find((site) => site.key === 'koordinering');
  if (coordination) report.coordinationSiteUrl = coordination.webUrl;

  // The seeding clock: each store writes the time the intent claims, so back-dated activity looks back-dated.
  let clock = new Date().toISOString();
  const connect = (user: AdminUser) => {
    const graph = createGraphClient({ baseUrl: options.graphBaseUrl, userAgentTag: USER_AGENT, tokens: { getAccessToken: async () => user.token } });
    const store = new GraphChecklistStore({
      graph,
      model,
      ...(coordination ? { portfolioSite: { siteUrl: coordination.webUrl } } : {}),
      // The Portfolio's link is the local app's route to the project (the same link the app writes: projectLinks.ts).
      tabUrl: (project, siteUrl) => projectLink({ appBaseUrl: options.adminOrigin }, { projectKey: project.projectKey, siteUrl, label: project.title }, TEXT_COLUMN_MAX_LENGTH),
      now: () => clock,
    });
    return { graph, store };
  };
  const ownerOf = (site: AdminSite) => users.find((user) => site.roles[user.id] === 'owner');
  const provision = async (site: AdminSite, lists: ListSet) => {
    const owner = ownerOf(site);
    if (!owner) throw new Error(`No dev user owns ${site.webUrl}`);
    const { graph } = connect(owner);
    const inspection = await inspectSite(graph, { siteUrl: site.webUrl }, lists);
    if (inspection.missingLists.length + inspection.missingColumns.length + inspection.missingIndexes.length + inspection.outdatedLabels.length === 0) return;
    await provisionSite(graph, inspection.siteId, { lists });
    report.provisioned.push(`${site.path} (${lists})`);
    log(`Provisioned ${lists} lists in ${site.webUrl}`);
  };

  if (coordination) await provision(coordination, 'portfolio');
  if (coordination && ownerOf(coordination)) await seedCoordinatorModel(connect(ownerOf(coordination)!).graph, coordination.webUrl, model, ownerOf(coordination)!, log);

  for (const demo of options.projects ?? DEMO_PROJECTS) {
    try {
      await seedProject(demo);
    } catch (error) {
      report.failed.push(`${demo.title}: ${error instanceof Error ? error.message : String(error)}`);
      log(`Could not seed "${demo.title}": ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return report;

  async function seedProject(demo: DemoProject): Promise<void> {
    const site = sites.find((candidate) => candidate.path === demo.siteUrl);
    if (!site) throw new Error(`The emulator has no site ${demo.siteUrl}`);
    await provision(site, 'project');
    const writer = (side: Side) =>
      users.find((user) => user.side === side && (site.roles[user.id] === 'owner' || site.roles[user.id] === 'write'));
    const kommune = writer('kommune');
    const sykehus = writer('sykehus');
    const lead = ownerOf(site);
    if (!kommune || !sykehus || !lead) throw new Error(`${site.webUrl} needs a kommune writer, a sykehus writer and an owner`);

    const leadStore = connect(lead).store;
    const location = await leadStore.locate({ siteUrl: site.webUrl });
    const existing = await leadStore.listProjects(location);
    if (existing.some((project) => project.projectKey === demo.projectKey)) {
      // Opening it settles rows an older seed left behind (the load's safety net rewrites a stale Portfolio row).
      await leadStore.loadProject(location, demo.projectKey);
      report.skipped.push(demo.title);
      return;
    }

    const plan = intentsFor(demo, model);
    const end = Date.now() - demo.lastActivityDaysAgo * DAY_MS;
    // One minute apart, the last one `lastActivityDaysAgo` days ago.
    const timeOf = (index: number) => new Date(end - (plan.length - index) * 60_000).toISOString();
    clock = timeOf(0);
    await leadStore.createProject(location, projectInfo(demo, model, clock), stableId(demo.projectKey, 'create'));

    const stores = { kommune: connect(kommune).store, sykehus: connect(sykehus).store };
    const actors = { kommune: actorOf(kommune, 'kommune'), sykehus: actorOf(sykehus, 'sykehus') };
    for (const [side, user] of [['kommune', kommune], ['sykehus', sykehus]] as const) {
      await stores[side].saveParticipant(location, { projectKey: demo.projectKey, person: actorOf(user, side), organisation: user.organisation, side, confirmedAt: clock });
    }
    // SharePoint stamps Modified itself: the emulator's clock is set back for the demo's writes, so a project
    // that has been quiet for weeks looks quiet to the coordinators' "stalled" filter too.
    await setEmulatorClock(options.adminOrigin, -demo.lastActivityDaysAgo * DAY_MS);
    try {
      for (const [index, step] of plan.entries()) {
        clock = timeOf(index + 1);
        const intent = { ...step.body, id: stableId(demo.projectKey, String(index)), projectKey: demo.projectKey, actor: actors[step.side], at: clock } as Intent;
        await stores[step.side].apply(location as ProjectLocation, intent);
      }
    } finally {
      await setEmulatorClock(options.adminOrigin, 0);
    }
    // No settling step: every write settled the derived rows already (If-Match on what each writer saw).
    report.created.push(demo.title);
    log(`Seeded "${demo.title}" (${plan.length} changes)`);
  }
}

/** The demo's ticks as intents, each by the side that would make it, then the phase moves. */
export function intentsFor(demo: DemoProject, model: PhaseModel): { side: Side; body: IntentBody }[] {
  const steps: { side: Side; body: IntentBody }[] = [];
  demo.ticks.forEach((tick, index) => {
    // Alternate who ticks, so both sides appear in the history.
    const ticker: Side = index % 2 === 0 ? 'kommune' : 'sykehus';
    if (tick.status) steps.push({ side: ticker, body: { kind: 'setStatus', itemKey: tick.itemKey, status: tick.status, ...(tick.reason ? { reason: tick.reason } : {}) } });
    for (const side of tick.confirmedBy ?? []) steps.push({ side, body: { kind: 'confirm', itemKey: tick.itemKey, side } });
    if (tick.comment) steps.push({ side: ticker, body: { kind: 'setComment', itemKey: tick.itemKey, comment: tick.comment } });
  });
  const phases = phasesInOrder(model);
  const target = phases.findIndex((phase) => phase.key === demo.currentPhase);
  for (let order = 1; order <= target; order++) {
    const to = phases[order]?.key;
    // Where a demo moves past requirements it has not met, it says why, as the app demands of a real project lead.
    if (to) steps.push({ side: 'kommune', body: { kind: 'changePhase', to, reason: demo.phaseChangeReason ?? DEMO_MOVE_REASON } });
  }
  return steps;
}

function projectInfo(demo: DemoProject, model: PhaseModel, at: string): ProjectInfo {
  const first = phasesInOrder(model)[0];
  return {
    projectKey: demo.projectKey,
    title: demo.title,
    currentPhase: first?.key ?? demo.currentPhase,
    phaseEnteredAt: at,
    modelId: model.id,
    modelVersion: model.version,
    targetGroups: [...demo.targetGroups],
    municipalities: [...demo.municipalities],
    hospitalUnit: demo.hospitalUnit,
    lifecycleStatus: 'active',
    updatedAt: at,
  };
}

const actorOf = (user: AdminUser, side: Side): Actor => ({ id: user.objectId, name: user.displayName, email: user.mail, side });

/** A UUID-shaped id derived from the project and step, so a replayed seed is the same intent (idempotent). */
function stableId(projectKey: string, step: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const char of `${projectKey}:${step}`) {
    h1 = Math.imul(h1 ^ char.charCodeAt(0), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ char.charCodeAt(0), 0x5bd1e995) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0') + projectKey.replace(/-/g, '')).slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function setEmulatorClock(origin: string, offsetMs: number): Promise<void> {
  const response = await fetch(`${origin}/_emulator/settings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ clockOffsetSeconds: Math.round(offsetMs / 1000) }),
  });
  if (!response.ok) throw new Error(`POST /_emulator/settings answered ${response.status}`);
}

async function admin<T>(origin: string, what: 'users' | 'sites'): Promise<T[]> {
  const response = await fetch(`${origin}/_emulator/${what}`);
  if (!response.ok) throw new Error(`GET /_emulator/${what} answered ${response.status}`);
  return ((await response.json()) as { value: T[] }).value;
}
