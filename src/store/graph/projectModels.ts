// Which model an open project runs on: the version it records (Prosjekter.ModelVersion), from the device when it has
// it, else from the reads that ride in the load's own batch, else (rarely: a version neither newest nor on the
// device) one request of its own. A version that cannot be read (unknown, broken by hand, out of reach) leaves the
// project on the newest valid model known, marked `missing` so the screen says so. Never throws for a model.
import type { PhaseModel } from '../../model/types';
import type { ProjectInfo } from '../../domain/types';
import { StoreError } from '../ChecklistStore';
import type { ProjectModel } from '../ChecklistStore';
import type { Intent } from '../../domain/types';
import { switchModel } from './projectCache';
import type { ProjectCache } from './projectCache';
import { modelIndexPart, newestPublishedPart, readModelIndex, readRecords, versionPart } from '../model/modelReads';
import type { ModelListLocation } from '../model/modelReads';
import type { ProjectModels } from '../model/projectModels';
import { isOk, sendBatch } from '../sharepoint/batch';
import type { BatchAnswer, BatchPart } from '../sharepoint/batch';
import type { GraphConnection } from '../graphClient/createGraphClient';

const INDEX = 'modelIndex';
const NEWEST = 'modelNewest';
const VERSION = 'modelVersion';

export interface ModelReadContext {
  graph: GraphConnection;
  models: ProjectModels;
  /** The built-in model: its id is the one the app reads, and it is what a project runs on when nothing else is known. */
  fallback: PhaseModel;
  /** The coordination site's model list; without it nothing is read and the device's models are all there is. */
  list: ModelListLocation | undefined;
}

/**
 * What a project's load batch adds: once per session the versions and the newest model (a few hundred bytes when the
 * device has the newest: see docs/verktoykasse.md), and the project's own version when the device last saw it on one
 * it does not have.
 */
export function modelPartsForLoad(ctx: ModelReadContext, expectedVersion: string | undefined): BatchPart[] {
  if (!ctx.list) return [];
  const modelId = ctx.fallback.id;
  const parts: BatchPart[] = [];
  if (!ctx.models.revalidated()) parts.push(modelIndexPart(ctx.list, modelId, INDEX), newestPublishedPart(ctx.list, modelId, NEWEST, 1, ctx.models.newestSequence(modelId)));
  if (expectedVersion && !ctx.models.known(modelId, expectedVersion)) parts.push(versionPart(ctx.list, modelId, expectedVersion, VERSION));
  return parts;
}

/** Takes the model answers of a load batch; a failed or broken answer only means the device's models stay as they are. */
export function absorbModelAnswers(ctx: ModelReadContext, answers: Map<string, BatchAnswer>): void {
  const index = answers.get(INDEX);
  const newest = answers.get(NEWEST);
  if (isOk(index) && isOk(newest)) {
    const [record] = readRecords(newest);
    ctx.models.absorb({ index: readModelIndex(index), ...(record?.ok ? { newest: record } : {}), rejected: record && !record.ok ? [record] : [] });
  }
  const version = answers.get(VERSION);
  if (isOk(version)) for (const record of readRecords(version)) if (record.ok && record.status === 'published') ctx.models.remember(record.model);
}

/**
 * The project's recorded model: the device's, else one request (only when the load batch did not bring it), else the
 * built-in model when it has that version, else the newest valid model known, marked missing.
 */
export async function resolveProjectModel(ctx: ModelReadContext, project: Pick<ProjectInfo, 'modelId' | 'modelVersion'>): Promise<ProjectModel> {
  const known = ctx.models.known(project.modelId, project.modelVersion) ?? (await fetchVersion(ctx, project));
  if (known) return { model: known };
  if (project.modelId === ctx.fallback.id && project.modelVersion === ctx.fallback.version) return { model: ctx.fallback };
  return { model: ctx.models.newest(project.modelId) ?? ctx.models.newest(ctx.fallback.id) ?? ctx.fallback, missing: { modelId: project.modelId, version: project.modelVersion } };
}

async function fetchVersion(ctx: ModelReadContext, project: Pick<ProjectInfo, 'modelId' | 'modelVersion'>): Promise<PhaseModel | undefined> {
  if (!ctx.list || project.modelId !== ctx.fallback.id || project.modelVersion === '') return undefined;
  try {
    const answers = await sendBatch(ctx.graph, [versionPart(ctx.list, project.modelId, project.modelVersion, VERSION)]);
    absorbModelAnswers(ctx, answers);
  } catch {
    // Out of reach: the project runs on the newest model known and the next load tries again.
  }
  return ctx.models.known(project.modelId, project.modelVersion);
}

/** The model a written intent leaves the project on: the target of a move to another version, which must be readable. */
export async function modelAfterIntent(ctx: ModelReadContext | undefined, current: ProjectModel, project: ProjectInfo, intent: Intent): Promise<ProjectModel> {
  if (!ctx || intent.kind !== 'updateProject' || intent.changes.modelVersion === undefined) return current;
  const target = { modelId: intent.changes.modelId ?? project.modelId, modelVersion: intent.changes.modelVersion };
  if (target.modelId === current.model.id && target.modelVersion === current.model.version && !current.missing) return current;
  const resolved = await resolveProjectModel(ctx, target);
  if (resolved.missing) throw new StoreError('invalidInput', `Intent updateProject refused: model version ${target.modelVersion} cannot be read`);
  return resolved;
}

/** After a poll: a project moved to another version (by a colleague) runs on that one from now on. */
export async function followRecordedModel(ctx: ModelReadContext | undefined, cache: ProjectCache): Promise<void> {
  const { modelId, modelVersion } = cache.state.project;
  const current = cache.model;
  if (!ctx || !current) return;
  const recorded = current.missing ?? { modelId: current.model.id, version: current.model.version };
  if (recorded.modelId === modelId && recorded.version === modelVersion) return;
  switchModel(cache, await resolveProjectModel(ctx, { modelId, modelVersion }));
}
