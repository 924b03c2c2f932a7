// Issue 18, "check every other free-text field two people can edit for the same loss", against the emulator over
// HTTPS. A not-relevant reason, a project's title and a gate override's reason hold one value, not a thread: two
// people writing from out-of-date copies (the later one meets a 412, re-reads and re-applies) end with the later
// arrival's text in the row. What must hold is that the other text is not gone: the Events list keeps each with its
// words, and history (what the item's and the project's history show) lists both. A participant's organisation has no
// Events row: a correction from an out-of-date screen is refused instead, and the row keeps the other's text.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { resetEmulatorAfterEach } from '../../testkit/emulatorHooks';
import { MANDATE, actorFor, emulatorWithProjectSite, intentOf, newProject, storeFor } from '../../testkit/storeFixture';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import type { IntentBody, Participant } from '../../src/domain/types';

let emulator: TestEmulator;
let location: ProjectLocation;

beforeAll(async () => {
  ({ emulator, location } = await emulatorWithProjectSite());
});
afterAll(async () => {
  await emulator?.close();
});
resetEmulatorAfterEach(() => emulator);

/**
 * A project both have open; Kari's intent is made first (offline, say) but reaches SharePoint after Ingrid's, from a
 * copy that predates Ingrid's: one 412, then Kari's re-read and re-apply.
 */
async function kariAfterIngrid(kari: IntentBody, ingrid: IntentBody, before?: IntentBody) {
  const info = newProject();
  const kariStore = storeFor(emulator, 'kari');
  const ingridStore = storeFor(emulator, 'ingrid');
  await kariStore.createProject(location, info, randomUUID());
  if (before) await kariStore.apply(location, intentOf(emulator, 'kari', info.projectKey, before));
  await kariStore.loadProject(location, info.projectKey);
  await ingridStore.loadProject(location, info.projectKey);
  const offline = intentOf(emulator, 'kari', info.projectKey, kari);
  await ingridStore.apply(location, intentOf(emulator, 'ingrid', info.projectKey, ingrid));
  await emulator.admin.resetStats();
  const state = await kariStore.apply(location, offline);
  expect((await emulator.admin.stats()).byStatus['412']).toBe(1);
  return { state, projectKey: info.projectKey, history: (itemKey?: string) => storeFor(emulator, 'ola').history(location, info.projectKey, itemKey) };
}

describe('single-value free text written by two people from out-of-date copies', () => {
  it('not-relevant reason: the row has the later arrival\'s, and history keeps both reasons with who wrote them', async () => {
    const { state, history } = await kariAfterIngrid(
      { kind: 'setStatus', itemKey: MANDATE, status: 'notRelevant', reason: 'Kari: dekkes av avtalen' },
      { kind: 'setStatus', itemKey: MANDATE, status: 'notRelevant', reason: 'Ingrid: gjelder ikke sykehuset' },
      { kind: 'setStatus', itemKey: MANDATE, status: 'done' },
    );
    expect(state.items[MANDATE]).toMatchObject({ status: 'notRelevant', notRelevantReason: 'Kari: dekkes av avtalen' });
    const reasons = (await history(MANDATE)).filter((event) => event.kind === 'status' && event.to === 'notRelevant').map((event) => [event.actor.name, event.reason]);
    expect(reasons).toEqual(expect.arrayContaining([['Ingrid Hansen', 'Ingrid: gjelder ikke sykehuset'], ['Kari Nordmann', 'Kari: dekkes av avtalen']]));
    expect(reasons).toHaveLength(2);
  });

  it('project title: the later arrival\'s event names the title it replaced, so history shows both', async () => {
    const { state, history } = await kariAfterIngrid(
      { kind: 'updateProject', changes: { title: 'Kari: Lungepasienter i Innlandet' } },
      { kind: 'updateProject', changes: { title: 'Ingrid: Lungepasienter hjem' } },
    );
    expect(state.project.title).toBe('Kari: Lungepasienter i Innlandet');
    // (The project's creation is a projectUpdate without a before.)
    const title = (json: string | undefined) => (JSON.parse(json ?? '{}') as { title?: string }).title;
    const updates = (await history()).filter((event) => event.kind === 'projectUpdate' && event.from).map((event) => [event.actor.name, title(event.from), title(event.to)]);
    // Kari's change is told as made over Ingrid's title (what the row held when it was written), not over the one she saw.
    expect(updates).toContainEqual(['Kari Nordmann', 'Ingrid: Lungepasienter hjem', 'Kari: Lungepasienter i Innlandet']);
    expect(updates).toContainEqual(['Ingrid Hansen', expect.any(String), 'Ingrid: Lungepasienter hjem']);
  });

  it('gate override reason: of two moves past the same unmet gate, both reasons stay in history', async () => {
    const { state, history } = await kariAfterIngrid(
      { kind: 'changePhase', to: 'utforske', reason: 'Kari: mandatet kommer i neste styremøte' },
      { kind: 'changePhase', to: 'utforske', reason: 'Ingrid: styringsgruppen har sagt ja muntlig' },
    );
    expect(state.project.currentPhase).toBe('utforske');
    const reasons = (await history()).filter((event) => event.kind === 'phaseChange').map((event) => [event.actor.name, event.reason]);
    expect(reasons).toEqual(expect.arrayContaining([['Ingrid Hansen', 'Ingrid: styringsgruppen har sagt ja muntlig'], ['Kari Nordmann', 'Kari: mandatet kommer i neste styremøte']]));
  });
});

describe('a participant corrected by two people', () => {
  it('from an out-of-date screen is refused as a conflict, and the row keeps the text saved in between', async () => {
    const info = newProject();
    const kari = storeFor(emulator, 'kari');
    const ingrid = storeFor(emulator, 'ingrid');
    await kari.createProject(location, info, randomUUID());
    const registered: Participant = { projectKey: info.projectKey, person: actorFor(emulator, 'ingrid'), organisation: 'Sykehuset Innlandet', side: 'sykehus' };
    await ingrid.saveParticipant(location, registered);
    const registry = async () => (await storeFor(emulator, 'ola').loadProject(location, info.projectKey)).participants;
    // Both have the registry on screen; Ingrid corrects herself, then Kari, the project lead, corrects Ingrid from her copy.
    const seen = (await registry()).find((p) => p.person.id === registered.person.id)!;
    await ingrid.saveParticipant(location, { ...registered, organisation: 'Sykehuset Innlandet, lungeavdelingen Gjøvik' }, seen);
    await expect(kari.saveParticipant(location, { ...registered, organisation: 'Sykehuset Innlandet HF' }, seen)).rejects.toMatchObject({ code: 'conflict' });
    expect((await registry()).map((p) => p.organisation)).toEqual(['Sykehuset Innlandet, lungeavdelingen Gjøvik']);
    // From the screen as it is now, Kari's correction goes through.
    const now = (await registry())[0]!;
    await kari.saveParticipant(location, { ...registered, organisation: 'Sykehuset Innlandet HF' }, now);
    expect((await registry()).map((p) => p.organisation)).toEqual(['Sykehuset Innlandet HF']);
  });
});
