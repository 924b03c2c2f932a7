// Local mode: the coordination site's "Maler" document library with real template files (templateFiles.ts), and the
// default model's toolbox pointing at them, so every "open" in local mode opens a real file. Idempotent: the library
// is created once, files are uploaded with conflictBehavior=replace.
import type { LibraryFile, PhaseModel, ToolboxEntry } from '../../src/model/types';
import { templateFiles } from './templateFiles';

export const TEMPLATE_LIBRARY = { displayName: 'Maler', description: 'Maler for verktøykassen i Felles modell. [felles-modell:templates]' };

interface SeedTemplatesOptions {
  graphBaseUrl: string;
  token: string;
  /** Graph's site reference: an id, or `host:/sites/koordinering:`. */
  siteRef: string;
}

async function graph<T>(options: SeedTemplatesOptions, method: string, path: string, body?: BodyInit, contentType = 'application/json'): Promise<T> {
  const response = await fetch(`${options.graphBaseUrl}${path}`, { method, headers: { Authorization: `Bearer ${options.token}`, ...(body === undefined ? {} : { 'Content-Type': contentType }) }, ...(body === undefined ? {} : { body }) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Creates the library if missing, uploads the template files, and says where each one is. */
export async function seedTemplates(options: SeedTemplatesOptions): Promise<Record<string, LibraryFile>> {
  const site = `/sites/${options.siteRef}`;
  const lists = await graph<{ value: { id: string; displayName: string; description?: string }[] }>(options, 'GET', `${site}/lists?$select=id,displayName,description`);
  let library = lists.value.find((list) => (list.description ?? '').includes('[felles-modell:templates]') || list.displayName === TEMPLATE_LIBRARY.displayName);
  library ??= await graph<{ id: string; displayName: string }>(options, 'POST', `${site}/lists`, JSON.stringify({ ...TEMPLATE_LIBRARY, list: { template: 'documentLibrary' } }));
  const drive = await graph<{ id: string }>(options, 'GET', `${site}/lists/${library.id}/drive?$select=id`);
  const files: Record<string, LibraryFile> = {};
  for (const file of await templateFiles()) {
    const item = await graph<{ id: string; name: string; webUrl: string }>(
      options, 'PUT', `/drives/${drive.id}/root:/${encodeURIComponent(file.name)}:/content?@microsoft.graph.conflictBehavior=replace`, new Blob([new Uint8Array(file.bytes)]), file.mimeType,
    );
    files[file.name] = { driveId: drive.id, itemId: item.id, name: item.name, webUrl: item.webUrl };
  }
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
