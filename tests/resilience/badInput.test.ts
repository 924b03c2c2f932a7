// Issue #7, bad input from users: national identity numbers in any free text are refused before a single request
// leaves the device; over-long text is refused; text with characters that break OData filters or HTML round-trips
// exactly through the lists, and filters on such values work.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { perFile } from '../../testkit/emulatorHooks';
import type { IntentBody, Participant } from '../../src/domain/types';
import { TEXT_LIMITS } from '../../src/domain/textRules';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { createProjectSession, manualOnlineSignal, MemoryIntentQueue } from '../../src/store/sync';
import { CHALLENGE, MANDATE, actorFor, intentOf, newProject, storeFor, emulatorWithProject } from '../../testkit/storeFixture';
import { rawRows } from '../../testkit/resilience';

// Valid numbers (both mod-11 check digits right, real dates): a fødselsnummer (15.03.85) and a D-nummer (day + 40).
const FODSELSNUMMER = '15038510190';
const D_NUMMER = '55038510184';
const SPACED = '150385 10190';

let emulator: TestEmulator;
let location: ProjectLocation;
let projectKey: string;

perFile(() => emulatorWithProject(), (world) => ({ emulator, location, projectKey } = world));

/** Runs `act` and returns its refusal and how many requests reached Graph meanwhile. */
async function refusal(act: () => Promise<unknown>): Promise<{ error: unknown; requests: number }> {
  await emulator.admin.resetStats();
  const error = await act().then(() => undefined, (e: unknown) => e);
  return { error, requests: (await emulator.admin.stats()).total };
}

const REFUSED_INTENTS: { field: string; body: IntentBody; problem: string }[] = [
  { field: 'comment (fødselsnummer)', body: { kind: 'setComment', itemKey: MANDATE, comment: `Pasient ${FODSELSNUMMER} ringte` }, problem: 'nationalId' },
  { field: 'comment (D-nummer)', body: { kind: 'setComment', itemKey: MANDATE, comment: `D-nr ${D_NUMMER}` }, problem: 'nationalId' },
  { field: 'comment (spaced fødselsnummer)', body: { kind: 'setComment', itemKey: MANDATE, comment: `fnr: ${SPACED}.` }, problem: 'nationalId' },
  { field: 'not-relevant reason', body: { kind: 'setStatus', itemKey: MANDATE, status: 'notRelevant', reason: `Gjelder ${D_NUMMER}` }, problem: 'nationalId' },
  { field: 'phase-change reason', body: { kind: 'changePhase', to: 'utforske', reason: `Se ${FODSELSNUMMER}` }, problem: 'nationalId' },
  { field: 'project title', body: { kind: 'updateProject', changes: { title: `Prosjekt ${FODSELSNUMMER}` } }, problem: 'nationalId' },
  { field: 'municipality', body: { kind: 'updateProject', changes: { municipalities: ['Hamar', `Hamar ${D_NUMMER}`] } }, problem: 'nationalId' },
  { field: 'hospital unit', body: { kind: 'updateProject', changes: { hospitalUnit: `Avd ${SPACED}` } }, problem: 'nationalId' },
  { field: 'comment over 1000', body: { kind: 'setComment', itemKey: MANDATE, comment: 'x'.repeat(TEXT_LIMITS.comment + 1) }, problem: 'tooLong' },
  { field: 'reason over 2000', body: { kind: 'setStatus', itemKey: MANDATE, status: 'notRelevant', reason: 'x'.repeat(TEXT_LIMITS.reason + 1) }, problem: 'tooLong' },
  { field: 'title over 255 (emoji count twice)', body: { kind: 'updateProject', changes: { title: `${'x'.repeat(254)}🦊` } }, problem: 'tooLong' },
  { field: 'municipality over 255', body: { kind: 'updateProject', changes: { municipalities: ['y'.repeat(256)] } }, problem: 'tooLong' },
  { field: 'title with a control character', body: { kind: 'updateProject', changes: { title: 'A\u0000B' } }, problem: 'controlCharacters' },
  { field: 'not relevant without reason', body: { kind: 'setStatus', itemKey: MANDATE, status: 'notRelevant', reason: '  ' }, problem: 'reasonRequired' },
  { field: 'unknown item key', body: { kind: 'setStatus', itemKey: 'forankring.finnes-ikke', status: 'done' }, problem: 'unknownItem' },
];

describe('refused before any request', () => {
  for (const c of REFUSED_INTENTS) {
    it(`${c.field}: invalidInput (${c.problem}), 0 requests`, async () => {
      const store = storeFor(emulator, 'kari');
      const { error, requests } = await refusal(() => store.apply(location, intentOf(emulator, 'kari', projectKey, c.body)));
      expect(error).toMatchObject({ code: 'invalidInput' });
      expect((error as Error).message).toContain(c.problem);
      expect(requests).toBe(0);
    });
  }

  it('the session refuses at dispatch: nothing queued, nothing shown, nothing sent', async () => {
    const session = createProjectSession({
      store: storeFor(emulator, 'kari'), location, projectKey, actor: actorFor(emulator, 'kari'), model: DEFAULT_MODEL,
      queue: new MemoryIntentQueue(), online: manualOnlineSignal(true), pollIntervalMs: null,
    });
    try {
      await new Promise<void>((resolve) => { const check = () => { if (session.snapshot().status === 'ready') resolve(); }; session.subscribe(check); check(); });
      await emulator.admin.resetStats();
      expect(() => session.dispatch({ kind: 'setComment', itemKey: MANDATE, comment: `ring ${FODSELSNUMMER}` })).toThrow(expect.objectContaining({ code: 'invalidInput' }) as Error);
      expect(session.snapshot().pending).toEqual([]);
      expect(session.snapshot().state?.items[MANDATE]?.comment ?? '').toBe('');
      expect((await emulator.admin.stats()).total).toBe(0);
    } finally {
      session.dispose();
    }
  });

  it('a new project with a fødselsnummer in its title', async () => {
    const store = storeFor(emulator, 'kari');
    const { error, requests } = await refusal(() => store.createProject(location, newProject({ title: `Pasient ${FODSELSNUMMER}` }), randomUUID()));
    expect(error).toMatchObject({ code: 'invalidInput' });
    expect(requests).toBe(0);
  });

  it('a participant whose organisation holds a D-nummer', async () => {
    const store = storeFor(emulator, 'kari');
    const participant: Participant = { projectKey, person: actorFor(emulator, 'ingrid'), organisation: `Sykehuset ${D_NUMMER}`, side: 'sykehus' };
    const { error, requests } = await refusal(() => store.saveParticipant(location, participant));
    expect(error).toMatchObject({ code: 'invalidInput' });
    expect(requests).toBe(0);
  });

  it('numbers that only look like one are allowed (wrong check digits, phone numbers, amounts)', async () => {
    const store = storeFor(emulator, 'kari');
    const comment = 'Tlf 61 27 00 00, sak 15038510191, 12345678901 kr';
    await store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setComment', itemKey: CHALLENGE, comment }));
    expect((await storeFor(emulator, 'per').loadProject(location, projectKey)).state.items[CHALLENGE]?.comment).toBe(comment);
  });
});

// Quotes, #, %, &, markup, emoji (surrogate pairs), RTL text (Arabic, Hebrew) and mixed direction marks.
const ODD = [
  "O'Brien's \"sitat\"",
  '#1 50 % & 100%20 ?a=b&c',
  '<script>alert(1)</script> <b>fet</b> &amp; &lt;',
  '🦊🏥👩🏽‍⚕️ 𝔘𝔫𝔦',
  'مرحبا بالعالم',
  'שלום עולם \u202Eabc\u202C',
  "æøå ÆØÅ – «» ‚‘ \\ / ; : , . ( ) [ ] { } * + $ ^ | ~ `",
];

describe('odd characters round-trip exactly', () => {
  it('in comments, reasons, title, municipalities and hospital unit: stored and read back equal', async () => {
    const store = storeFor(emulator, 'kari');
    const items = DEFAULT_MODEL.phases[0]!.checklist.map((i) => i.key);
    for (const [i, text] of ODD.entries()) {
      await store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setComment', itemKey: items[i] as string, comment: `${text}\n${text}` }));
    }
    await store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'notRelevant', reason: ODD.join(' ') }));
    const title = ODD.slice(0, 3).join(' ');
    const municipalities = ["O'Brien & Søn", 'מחוז #1', '🦊 50 %'];
    const hospitalUnit = '<Avd> & «Lunge» مرحبا';
    await store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'updateProject', changes: { title, municipalities, hospitalUnit } }));

    const fresh = (await storeFor(emulator, 'ola').loadProject(location, projectKey)).state;
    for (const [i, text] of ODD.entries()) {
      if (items[i] === MANDATE) continue;
      expect(fresh.items[items[i] as string]?.comment).toBe(`${text}\n${text}`);
    }
    expect(fresh.items[MANDATE]).toMatchObject({ status: 'notRelevant', notRelevantReason: ODD.join(' ') });
    expect(fresh.project).toMatchObject({ title, municipalities, hospitalUnit });
    expect(fresh.anomalies).toEqual([]);
    // And the Events list holds them as typed.
    const history = await store.history(location, projectKey);
    expect(history.find((e) => e.kind === 'status' && e.itemKey === MANDATE)?.reason).toBe(ODD.join(' '));
  });

  // Names are stored joined with `;`, so a name holding `;` would come back as two: it is refused before sending.
  it('a municipality name with the list separator `;` is refused before sending', async () => {
    const store = storeFor(emulator, 'kari');
    const key = newProject().projectKey;
    await store.createProject(location, newProject({ projectKey: key }), randomUUID());
    const { error, requests } = await refusal(() => store.apply(location, intentOf(emulator, 'kari', key, { kind: 'updateProject', changes: { municipalities: ['Øyer; Gausdal', 'Lillehammer'] } })));
    expect(error).toMatchObject({ code: 'invalidInput' });
    expect(requests).toBe(0);
  });

  // Municipalities is a multi-line column: a cooperation of many municipalities (all 46 of Innlandet) fits.
  it('many municipalities that together pass 255 characters are stored and read back', async () => {
    const store = storeFor(emulator, 'kari');
    const key = newProject().projectKey;
    await store.createProject(location, newProject({ projectKey: key }), randomUUID());
    const names = Array.from({ length: 46 }, (_, i) => `Kommune nummer ${i} i Innlandet`);
    expect(names.join(';').length).toBeGreaterThan(255);
    await store.apply(location, intentOf(emulator, 'kari', key, { kind: 'updateProject', changes: { municipalities: names } }));
    expect((await storeFor(emulator, 'ola').loadProject(location, key)).state.project.municipalities).toEqual(names);
  });

  it('OData filters on values with those characters find exactly the right rows', async () => {
    const store = storeFor(emulator, 'kari');
    const keys = ["k'1 #&%", "k'1 #&", '<b>🦊</b> שלום', 'a%27b', "''", 'x eq y or 1 eq 1'];
    for (const key of keys) await store.createProject(location, newProject({ projectKey: key, title: `T ${key}` }), randomUUID());
    for (const key of keys) {
      await store.apply(location, intentOf(emulator, 'kari', key, { kind: 'setComment', itemKey: MANDATE, comment: key }));
    }
    for (const key of keys) {
      const loaded = await storeFor(emulator, 'per').loadProject(location, key);
      expect(loaded.state.project.projectKey).toBe(key);
      expect(Object.keys(loaded.state.items)).toEqual([MANDATE]);
      expect(loaded.state.items[MANDATE]?.comment).toBe(key);
      const history = await store.history(location, key);
      expect(history.map((e) => e.projectKey)).toEqual(history.map(() => key));
      expect(history.filter((e) => e.kind === 'comment')).toHaveLength(1);
      const raw = await rawRows(emulator, 'kari', location, 'checklist', key);
      expect(raw.map((r) => r.fields.ProjectKey)).toEqual([key]);
    }
  });
});
