// Local mode: the coordination site's "Maler" document library with real template files (templateFiles.ts), and the
// default model's toolbox pointing at them, so every "open" in local mode opens a real file. The library and the
// uploads are the app's own code (provisioning and src/store/model/templateFiles.ts); idempotent: the library is
// created once, files are uploaded with conflictBehavior=replace.
import type { LibraryFile, PhaseModel, ToolboxEntry } from '../../src/model/types';
import type { GraphConnection } from '../../src/store/graphClient/createGraphClient';
import { locateTemplateDrive, uploadTemplate } from '../../src/store/model/templateFiles';
import { ensureTemplateLibrary } from '../../src/store/provisioning/templateLibrary';
import { templateFiles } from './templateFiles';

/**
 * Creates the library if missing, uploads the template files, and says where each one is. `graph` is a connection of
 * someone who may write to the site; `siteRef` Graph's site reference: an id, or `host:/sites/koordinering:`.
 */
export async function seedTemplates(graph: GraphConnection, siteRef: string): Promise<Record<string, LibraryFile>> {
  await ensureTemplateLibrary(graph, siteRef);
  const driveId = await locateTemplateDrive(graph, siteRef);
  const files: Record<string, LibraryFile> = {};
  for (const file of await templateFiles()) files[file.name] = await uploadTemplate(graph, driveId, file.name, new Blob([new Uint8Array(file.bytes)]), 'replace');
  return files;
}

const text = (nb: string, nn: string, en: string) => ({ nb, nn, en });

/** The model with template entries for the uploaded files, and the requirements they help meet pointing at them. */
export function withTemplates(model: PhaseModel, files: Record<string, LibraryFile>): PhaseModel {
  const entries: { phase: string; helps: string[]; entry: ToolboxEntry }[] = [];
  const add = (name: string, phase: string, helps: string[], key: string, label: ReturnType<typeof text>, description: ReturnType<typeof text>) => {
    const file = files[name];
    if (file) entries.push({ phase, helps, entry: { key, kind: 'template', label, description, file } });
  };
  add('Prosjektpresentasjon.pptx', 'forankring', ['forankring.utfordring-beskrevet'], 'forankring.mal.prosjektpresentasjon',
    text('Prosjektpresentasjon på én side (PowerPoint)', 'Prosjektpresentasjon på éi side (PowerPoint)', 'One-page project presentation (PowerPoint)'),
    text('Ett lysbilde med utfordring, målgruppe, parter, ønsket effekt, brukermedvirkning og neste steg.', 'Eitt lysbilete med utfordring, målgruppe, partar, ønskt effekt, brukarmedverknad og neste steg.', 'One slide with the challenge, target group, parties, intended effect, user involvement and next steps.'));
  add('Interessentanalyse.xlsx', 'forankring', ['forankring.interessentanalyse'], 'forankring.mal.interessentanalyse',
    text('Interessentanalyse (Excel)', 'Interessentanalyse (Excel)', 'Stakeholder analysis (Excel)'),
    text('Hvem berøres, hvor mye de påvirker og bryr seg, og hvordan dere involverer dem.', 'Kven som blir råka, kor mykje dei påverkar og bryr seg, og korleis de involverer dei.', 'Who is affected, how much influence and interest they have, and how you involve them.'));
  add('Gevinstplan.docx', 'definere', [], 'definere.mal.gevinstplan',
    text('Gevinstplan (Word)', 'Gevinstplan (Word)', 'Benefits plan (Word)'),
    text('Gevinstene, hvem som eier dem, hvordan og når de måles, og hva som må være på plass.', 'Gevinstane, kven som eig dei, korleis og når dei blir målte, og kva som må vere på plass.', 'The benefits, who owns them, how and when they are measured, and what must be in place.'));
  return {
    ...model,
    phases: model.phases.map((phase) => {
      const mine = entries.filter((e) => e.phase === phase.key && !phase.toolbox.some((t) => t.key === e.entry.key));
      return {
        ...phase,
        toolbox: [...phase.toolbox, ...mine.map((e) => e.entry)],
        checklist: phase.checklist.map((item) => {
          const helpers = entries.filter((e) => e.helps.includes(item.key)).map((e) => e.entry.key);
          return helpers.length ? { ...item, helpedBy: [...new Set([...(item.helpedBy ?? []), ...helpers])] } : item;
        }),
      };
    }),
  };
}
