// Shared set-up for the store's tests: a Graph connection as a dev user against the emulator (real HTTPS), with
// recorded waits instead of real ones, and small builders for projects and intents.
import { randomUUID } from 'node:crypto';
import { createGraphClient } from '../src/store/graphClient/createGraphClient';
import type { GraphClientOptions, GraphConnection, TokenProvider } from '../src/store/graphClient/createGraphClient';
import { GraphChecklistStore } from '../src/store/graph/GraphChecklistStore';
import type { GraphChecklistStoreOptions } from '../src/store/graph/GraphChecklistStore';
import { provisionSite } from '../src/store/provisioning/provision';
import { DEFAULT_MODEL } from '../src/model/defaultModel';
import type { Actor, Intent, IntentBody, ProjectInfo } from '../src/domain/types';
import { startTestEmulator } from './emulator';
import type { TestEmulator } from './emulator';
import type { ProjectLocation } from '../src/store/ChecklistStore';
import { actorOf } from './people';
import type { DevUserId } from './people';

export const USER_AGENT_TAG = 'NONISV|HelsefellesskapInnlandet|FellesModell/test';

export interface TestTokens extends TokenProvider {
  calls: { forceRefresh?: boolean }[];
}

/** Hands out `tokens` in order (the last one again when they run out), recording each call. */
export function tokenSequence(tokens: string[]): TestTokens {
  const calls: { forceRefresh?: boolean }[] = [];
  return {
    calls,
    async getAccessToken(options) {
      calls.push({ ...(options?.forceRefresh ? { forceRefresh: true } : {}) });
      return tokens[Math.min(calls.length - 1, tokens.length - 1)] as string;
    },
  };
}

export interface Connection {
  graph: GraphConnection;
  tokens: TestTokens;
  /** Every wait the retry logic asked for, in ms. */
  sleeps: number[];
}

export function connect(emulator: TestEmulator, userId: string, options: Partial<GraphClientOptions> & { tokens?: TestTokens } = {}): Connection {
  const tokens = options.tokens ?? tokenSequence([emulator.tokenFor(userId)]);
  const sleeps: number[] = [];
  const graph = createGraphClient({
    baseUrl: emulator.graphBaseUrl,
    tokens,
    userAgentTag: USER_AGENT_TAG,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
  return { graph, tokens, sleeps };
}

/** Our store as a dev user; `connection` options replace the recorded waits (a benchmark waits for real). */
export function storeFor(emulator: TestEmulator, userId: string, options: Partial<GraphChecklistStoreOptions> = {}, waits: Partial<Omit<GraphClientOptions, 'tokens'>> = {}): GraphChecklistStore & { connection: Connection } {
  const connection = connect(emulator, userId, waits);
  const store = new GraphChecklistStore({ graph: connection.graph, model: DEFAULT_MODEL, ...options });
  return Object.assign(store, { connection });
}

/** Provisions our project lists in a site (as an owner) and returns the site's id. */
export async function provisioned(emulator: TestEmulator, siteKey: string, owner: string): Promise<string> {
  const site = emulator.sites[siteKey];
  if (!site) throw new Error(`No site ${siteKey}`);
  await provisionSite(connect(emulator, owner).graph, site.id, { lists: siteKey === 'koordinering' ? 'portfolio' : 'project' });
  return site.id;
}

export function newProject(overrides: Partial<ProjectInfo> = {}): ProjectInfo {
  return {
    projectKey: randomUUID(),
    title: 'Helhetlige tjenester til lungepasienter',
    currentPhase: 'forankring',
    phaseEnteredAt: '2025-01-06T08:00:00.000Z',
    modelId: DEFAULT_MODEL.id,
    modelVersion: DEFAULT_MODEL.version,
    targetGroups: ['kroniske-lidelser'],
    municipalities: ['Lillehammer', 'Gausdal'],
    hospitalUnit: 'Sykehuset Innlandet Lillehammer',
    lifecycleStatus: 'active',
    updatedAt: '2025-01-06T08:00:00.000Z',
    ...overrides,
  };
}

/** A user of the running emulator as the store knows them: the dev directory's person (testkit/people.ts). */
export function actorFor(emulator: TestEmulator, userId: string): Actor {
  if (!emulator.users[userId]) throw new Error(`No user ${userId}`);
  return actorOf(userId as DevUserId);
}

let clock = Date.parse('2025-02-01T09:00:00.000Z');

export function intentOf(emulator: TestEmulator, userId: string, projectKey: string, body: IntentBody): Intent {
  clock += 1000;
  return { ...body, id: randomUUID(), projectKey, actor: actorFor(emulator, userId), at: new Date(clock).toISOString() } as Intent;
}

export const MANDATE = 'forankring.mandat-godkjent';
export const CHALLENGE = 'forankring.utfordring-beskrevet';

/** The usual start of a file: an emulator with our lists in /sites/lungepasienter, located as kari. */
export async function emulatorWithProjectSite(options: { coordination?: boolean; clock?: () => number } = {}): Promise<{ emulator: TestEmulator; location: ProjectLocation }> {
  const emulator = await startTestEmulator(options.clock ? { clock: options.clock } : {});
  const siteId = await provisioned(emulator, 'lungepasienter', 'kari');
  // The coordination site's Portfolio list first, when asked for: locate then finds it in the same $batch.
  if (options.coordination) await provisioned(emulator, 'koordinering', 'kristin');
  return { emulator, location: await storeFor(emulator, 'kari').locate({ siteId }) };
}

/** A new project created at `location` by a dev user (kari); its key. */
export async function createdProject(emulator: TestEmulator, location: ProjectLocation, userId = 'kari', overrides: Partial<ProjectInfo> = {}): Promise<string> {
  const project = newProject(overrides);
  await storeFor(emulator, userId).createProject(location, project, randomUUID());
  return project.projectKey;
}

/** As emulatorWithProjectSite, with one project created in it by kari. */
export async function emulatorWithProject(): Promise<{ emulator: TestEmulator; location: ProjectLocation; projectKey: string }> {
  const { emulator, location } = await emulatorWithProjectSite();
  return { emulator, location, projectKey: await createdProject(emulator, location) };
}
