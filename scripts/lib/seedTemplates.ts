// Local mode: the coordination site's "Maler" document library with a real file for each template entry of the default
// model (templateFiles.ts), and the model's entries pointing at them, so every template opens a real file in local
// mode. The library and the uploads are the app's own code (provisioning and src/store/model/templateFiles.ts);
// idempotent: the library is created once, files are uploaded with conflictBehavior=replace.
import type { LibraryFile, PhaseModel } from '../../src/model/types';
import type { GraphConnection } from '../../src/store/graphClient/createGraphClient';
import { locateTemplateDrive, uploadTemplate } from '../../src/store/model/templateFiles';
import { ensureTemplateLibrary } from '../../src/store/provisioning/templateLibrary';
import { templateFiles } from './templateFiles';

/**
 * Creates the library if missing, uploads the template files, and says where each one is, by the toolbox entry it
 * belongs to. `graph` is a connection of someone who may write to the site; `siteRef` Graph's site reference: an id,
 * or `host:/sites/koordinering:`.
 */
export async function seedTemplates(graph: GraphConnection, siteRef: string): Promise<Record<string, LibraryFile>> {
  await ensureTemplateLibrary(graph, siteRef);
  const driveId = await locateTemplateDrive(graph, siteRef);
  const files: Record<string, LibraryFile> = {};
  for (const file of await templateFiles()) files[file.entryKey] = await uploadTemplate(graph, driveId, file.name, new Blob([new Uint8Array(file.bytes)]), 'replace');
  return files;
}

/** The model with each template entry that has an uploaded file pointing at it (an entry has one target: no url). */
export function withTemplates(model: PhaseModel, files: Record<string, LibraryFile>): PhaseModel {
  return {
    ...model,
    phases: model.phases.map((phase) => ({
      ...phase,
      toolbox: phase.toolbox.map((entry) => {
        const file = entry.kind === 'template' ? files[entry.key] : undefined;
        if (!file) return entry;
        const { url: _link, ...rest } = entry;
        return { ...rest, file };
      }),
    })),
  };
}
