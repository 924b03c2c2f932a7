// Issue 18, "No patient data, whatever the spacing": every place the store accepts text a person typed refuses a
// national identity number however it is spaced, before a single request leaves the device (counted by the emulator).
// The places: a comment, a not-relevant reason, a gate-override reason, a project's title, hospital unit and
// municipalities (when it is created and when it is edited), a participant's organisation, the model editor's texts
// and change note, and a template file's name. tests/domain/nationalId.test.ts has the table of spellings; here each
// entry point gets the spellings the issue found accepted, and one more of its own.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { perFile } from '../../testkit/emulatorHooks';
import { graphAs } from '../../testkit/portfolioEmulator';
import { actorFor, CHALLENGE, createdProject, emulatorWithProjectSite, intentOf, MANDATE, newProject, storeFor } from '../../testkit/storeFixture';
import type { IntentBody, Participant } from '../../src/domain/types';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import { COORDINATION_SITE } from '../../testkit/portfolioEmulator';
import { locateModelList, ModelRejectedError, ModelRepository } from '../../src/store/model/ModelRepository';
import type { ModelListLocation } from '../../src/store/model/modelReads';
import { locateTemplateDrive, TemplateFileError, uploadTemplate } from '../../src/store/model/templateFiles';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { kristin } from '../../testkit/people';

// 15.03.1985 (both mod-11 check digits right), as the issue found it accepted, and as people also write it.
const SPELLINGS = ['150385 123 63', '15 03 85 123 63', '15.03.85-123.63', '150385\u00a0123\u202f63'] as const;

let emulator: TestEmulator;
let location: ProjectLocation;
let projectKey: string;
let models: ModelListLocation;
let driveId: string;

perFile(
  async () => {
    const world = await emulatorWithProjectSite({ coordination: true });
    const projectKey = await createdProject(world.emulator, world.location);
    const asKristin = graphAs(world.emulator, 'kristin');
    return { ...world, projectKey, models: await locateModelList(asKristin, COORDINATION_SITE), driveId: await locateTemplateDrive(asKristin, world.emulator.sites.koordinering!.id) };
  },
  (world) => ({ emulator, location, projectKey, models, driveId } = world),
);

/** Runs `act` with the emulator's counter at 0; returns what it failed with and how many requests reached Graph. */
async function refusal(act: () => Promise<unknown>): Promise<{ error: unknown; requests: number }> {
  await emulator.admin.resetStats();
  const error = await act().then(() => 'it did not fail', (e: unknown) => e);
  return { error, requests: (await emulator.admin.stats()).total };
}

const INTENTS: { field: string; body: (text: string) => IntentBody }[] = [
  { field: 'comment', body: (text) => ({ kind: 'setComment', itemKey: MANDATE, comment: `Pasienten (${text}) ringte` }) },
  { field: 'not-relevant reason', body: (text) => ({ kind: 'setStatus', itemKey: CHALLENGE, status: 'notRelevant', reason: `Gjelder ${text}` }) },
  { field: 'gate-override reason', body: (text) => ({ kind: 'changePhase', to: 'utforske', reason: `Avtalt med ${text}` }) },
  { field: 'project title', body: (text) => ({ kind: 'updateProject', changes: { title: `Forløp for ${text}` } }) },
  { field: 'hospital unit', body: (text) => ({ kind: 'updateProject', changes: { hospitalUnit: `Avd ${text}` } }) },
  { field: 'municipality', body: (text) => ({ kind: 'updateProject', changes: { municipalities: ['Hamar', `Løten ${text}`] } }) },
];

describe('a spaced national identity number is refused before any request', () => {
  for (const spelling of SPELLINGS) {
    describe(JSON.stringify(spelling), () => {
      for (const entry of INTENTS) {
        it(`in a ${entry.field}`, async () => {
          const store = storeFor(emulator, 'kari');
          const { error, requests } = await refusal(() => store.apply(location, intentOf(emulator, 'kari', projectKey, entry.body(spelling))));
          expect(error).toMatchObject({ code: 'invalidInput' });
          expect((error as Error).message).toContain('nationalId');
          expect(requests).toBe(0);
        });
      }

      for (const field of ['title', 'hospitalUnit', 'municipalities'] as const) {
        it(`in a new project's ${field}`, async () => {
          const text = `Prosjekt ${spelling}`;
          const project = newProject(field === 'municipalities' ? { municipalities: ['Hamar', text] } : { [field]: text });
          const { error, requests } = await refusal(() => storeFor(emulator, 'kari').createProject(location, project, randomUUID()));
          expect(error).toMatchObject({ code: 'invalidInput' });
          expect(requests).toBe(0);
        });
      }

      it("in a participant's organisation", async () => {
        const participant: Participant = { projectKey, person: actorFor(emulator, 'ingrid'), organisation: `Sykehuset ${spelling}`, side: 'sykehus' };
        const { error, requests } = await refusal(() => storeFor(emulator, 'kari').saveParticipant(location, participant));
        expect(error).toMatchObject({ code: 'invalidInput' });
        expect(requests).toBe(0);
      });

      it("in the model editor's texts (a requirement's guidance, saved as a draft)", async () => {
        const model = structuredClone(DEFAULT_MODEL);
        model.phases[1]!.checklist[0]!.guidance = { nb: `Spør ${spelling}`, nn: 'Spør', en: 'Ask' };
        const { error, requests } = await refusal(() => new ModelRepository(graphAs(emulator, 'kristin'), models, model.id).saveDraft(model, { by: kristin, at: new Date().toISOString() }));
        expect(error).toBeInstanceOf(ModelRejectedError);
        expect((error as ModelRejectedError).problems.map((p) => p.path)).toEqual(['phases[1].checklist[0].guidance.nb']);
        expect(requests).toBe(0);
      });

      it("in a published version's change note", async () => {
        const { error, requests } = await refusal(() => new ModelRepository(graphAs(emulator, 'kristin'), models, DEFAULT_MODEL.id).publish(DEFAULT_MODEL, { changeNote: `Etter innspill fra ${spelling}`, by: kristin, at: new Date().toISOString() }));
        expect(error).toBeInstanceOf(ModelRejectedError);
        expect((error as ModelRejectedError).problems.map((p) => p.path)).toEqual(['changeNote']);
        expect(requests).toBe(0);
      });

      it("in a template file's name", async () => {
        const name = `Referat ${spelling}.docx`;
        const { error, requests } = await refusal(() => uploadTemplate(graphAs(emulator, 'kristin'), driveId, name, new Blob(['x'])));
        expect(error).toBeInstanceOf(TemplateFileError);
        expect((error as TemplateFileError).problem).toEqual({ kind: 'nationalId', name });
        expect(requests).toBe(0);
      });
    });
  }

  it('in a file name written with underscores', async () => {
    const name = 'Referat_150385_12363.docx';
    const { error, requests } = await refusal(() => uploadTemplate(graphAs(emulator, 'kristin'), driveId, name, new Blob(['x'])));
    expect((error as TemplateFileError).problem).toEqual({ kind: 'nationalId', name });
    expect(requests).toBe(0);
  });

  it('the same texts with a wrong check digit are stored (a case number must pass)', async () => {
    const text = '15 03 85 123 64';
    const store = storeFor(emulator, 'kari');
    await store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setComment', itemKey: MANDATE, comment: `Sak ${text}` }));
    const file = await uploadTemplate(graphAs(emulator, 'kristin'), driveId, `Sak ${text}.docx`, new Blob(['x']));
    expect(file.name).toBe(`Sak ${text}.docx`);
    expect((await storeFor(emulator, 'per').loadProject(location, projectKey)).state.items[MANDATE]?.comment).toBe(`Sak ${text}`);
  });
});
