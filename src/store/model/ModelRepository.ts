// The model and its versions in the coordination site. Publishing adds a row and never changes an older one's model;
// two coordinators never overwrite each other: a draft is saved with If-Match on its eTag, and a publish first marks
// the version it was built on as superseded, with If-Match, so of two publishes from the same version one fails with
// a conflict (and nothing of it is written) instead of both becoming "the newest".
import { checkFreeText } from '../../domain/textRules';
import type { Person } from '../../domain/types';
import type { FeedbackRef } from '../../domain/feedback';
import { checkPhaseModel } from '../../model/schema';
import type { ModelProblem } from '../../model/schema';
import { modelProblem } from '../../model/modelProblems';
import type { ModelProblemCode } from '../../model/modelProblems';
import type { PhaseModel } from '../../model/types';
import { StoreError } from '../graphClient/StoreError';
import type { SiteAddress } from '../sharepoint/addresses';
import { isOk, sendBatch } from '../sharepoint/batch';
import type { BatchAnswer, BatchPart } from '../sharepoint/batch';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { readRemainingPages } from '../sharepoint/paging';
import type { Page } from '../sharepoint/paging';
import type { SpItem } from '../sharepoint/rows';
import { findOurLists, siteBaseOf } from '../sharepoint/siteLists';
import { storeErrorFor } from '../graphClient/storeErrors';
import { indexOf, modelIndexPart, modelItemsPath, newestPublishedPart, readModelIndex, readRecords, versionPart } from './modelReads';
import type { ModelIndex, ModelListLocation } from './modelReads';
import { DRAFT_VERSION, MODEL_JSON_MAX, infoFromItem, versionFields } from './modelRow';
import type { ModelVersionInfo, ModelVersionRecord, ModelVersionRow } from './modelRow';

/** A model refused before anything was sent: every problem, with the field it is in. */
export class ModelRejectedError extends Error {
  readonly problems: ModelProblem[];
  constructor(problems: ModelProblem[]) {
    super(`The model was not saved: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'ModelRejectedError';
    this.problems = problems;
  }
}

/**
 * Why a save or publish met a colleague's write (409/412), for the editor to say in the coordinator's language:
 * the draft was saved by someone else (`draftChanged`; on publish nothing was published), a newer version was
 * published from the one this was built on (`newerPublished`), or the version number was taken (`versionTaken`).
 */
export type ModelConflictReason = 'draftChanged' | 'newerPublished' | 'versionTaken';
export const MODEL_CONFLICT_REASONS: readonly ModelConflictReason[] = ['draftChanged', 'newerPublished', 'versionTaken'];

/** A conflict with a colleague's write: a StoreError `conflict` that says which, and the version involved. */
export class ModelConflictError extends StoreError {
  readonly reason: ModelConflictReason;
  /** The version the message names: the one built on (`newerPublished`) or the one taken (`versionTaken`). */
  readonly version?: string;
  constructor(reason: ModelConflictReason, message: string, options: { status: number; version?: string }) {
    super('conflict', message, { status: options.status });
    this.name = 'ModelConflictError';
    this.reason = reason;
    if (options.version !== undefined) this.version = options.version;
  }
}

/** What a project or the editor works from: the newest valid published version, and the rows that are broken. */
export interface CurrentModel {
  index: ModelIndex;
  /** The newest published version that is a valid model; undefined when none is (the app then keeps what it has). */
  newest?: ModelVersionRecord & { ok: true };
  /** Published rows newer than `newest` that are not a valid model (hand-edited): for coordinators to fix. */
  rejected: (ModelVersionRecord & { ok: false })[];
}

export interface SaveInput {
  by: Person;
  at: string;
}

export const nextVersionName = (sequence: number): string => `${sequence}.0.0`;

/** Finds the model list in the coordination site in one request (the site addressed by its path). */
export async function locateModelList(graph: GraphConnection, coordinationSite: SiteAddress): Promise<ModelListLocation> {
  let siteRef = siteBaseOf(coordinationSite).replace(/^\/sites\//, '');
  if (siteRef.startsWith('/')) siteRef = (await graph.call<{ id: string }>({ method: 'GET', path: `${siteRef}?$select=id` }, 'siteNotFound')).id;
  const list = (await findOurLists(graph, siteRef)).get('modelVersions');
  if (!list) throw new StoreError('listsMissing', 'The coordination site has no model list', { missing: ['modelVersions'] });
  return { siteId: siteRef, listId: list.id };
}

const okRecord = (record: ModelVersionRecord): record is ModelVersionRecord & { ok: true } => record.ok;

/** What the owner of a repository hears about (the composition root refreshes the app's ModelSource on a publish). */
export interface ModelRepositoryEvents {
  published?(version: ModelVersionInfo): void;
}

export class ModelRepository {
  constructor(
    private readonly graph: GraphConnection,
    readonly location: ModelListLocation,
    readonly modelId: string,
    private readonly events: ModelRepositoryEvents = {},
  ) {}

  /** Every version and the draft, without their models. */
  async index(): Promise<ModelIndex> {
    const answers = await sendBatch(this.graph, [modelIndexPart(this.location, this.modelId, 'index')]);
    return this.fullIndex(answers.get('index'));
  }

  private async fullIndex(answer: BatchAnswer | undefined): Promise<ModelIndex> {
    const first = readModelIndex(answer);
    if (!first.nextLink) return first;
    const rest = await readRemainingPages<SpItem<ModelVersionRow>>(this.graph, { value: [], '@odata.nextLink': first.nextLink });
    return indexOf([...first.published, ...(first.draft ? [first.draft] : []), ...rest.items.map(infoFromItem)]);
  }

  /**
   * ONE round trip: the index and the newest published version. Only when the newest row is broken are the older
   * published versions read, to fall back on the newest valid one.
   */
  async current(): Promise<CurrentModel> {
    const answers = await sendBatch(this.graph, [modelIndexPart(this.location, this.modelId, 'index'), newestPublishedPart(this.location, this.modelId, 'newest')]);
    const index = await this.fullIndex(answers.get('index'));
    const [newest] = readRecords(answers.get('newest'), 'Reading the newest model version');
    if (!newest || newest.ok) return { index, ...(newest?.ok ? { newest } : {}), rejected: [] };
    const all = await this.graph.call<Page<SpItem<ModelVersionRow>>>({ method: 'GET', path: newestPublishedPart(this.location, this.modelId, 'all', 200).url }, 'listsMissing');
    const records = readRecords({ id: 'all', status: 200, headers: {}, body: all }).sort((a, b) => b.sequence - a.sequence);
    const valid = records.find(okRecord);
    const rejected = records.filter((r): r is ModelVersionRecord & { ok: false } => !r.ok && (!valid || r.sequence > valid.sequence));
    return { index, ...(valid ? { newest: valid } : {}), rejected };
  }

  /** One version (`draft` for the draft), validated; undefined when there is no such row. */
  async version(version: string): Promise<ModelVersionRecord | undefined> {
    const answers = await sendBatch(this.graph, [versionPart(this.location, this.modelId, version, 'version')]);
    return readRecords(answers.get('version')).sort((a, b) => Number(a.itemId) - Number(b.itemId))[0];
  }

  private checked(model: PhaseModel): PhaseModel {
    const check = checkPhaseModel(model);
    if (!check.ok) throw new ModelRejectedError(check.problems);
    if (check.model.id !== this.modelId) throw new ModelRejectedError([modelProblem('modelIdChanged', ['id'], `must stay '${this.modelId}'`, { modelId: this.modelId })]);
    const size = JSON.stringify(check.model).length;
    if (size > MODEL_JSON_MAX) throw new ModelRejectedError([modelProblem('modelTooLarge', [], `the model is ${size} characters; at most ${MODEL_JSON_MAX} fit (shorten guidance or descriptions)`, { size, max: MODEL_JSON_MAX })]);
    return check.model;
  }

  /**
   * Saves the coordinators' draft: a new row the first time, else the row as last read (`draft`, with its eTag), so
   * a colleague's save in between is a conflict, never overwritten.
   */
  async saveDraft(model: PhaseModel, options: SaveInput & { draft?: ModelVersionInfo; basedOn?: ModelVersionInfo }): Promise<ModelVersionInfo> {
    const valid = this.checked(model);
    const fields = versionFields({ model: valid, status: 'draft', sequence: (options.basedOn?.sequence ?? 0) + 1, ...(options.basedOn ? { basedOn: options.basedOn.version } : {}), changeNote: '', at: options.at, by: options.by });
    const part = this.draftWrite(fields, options.draft);
    const answer = (await sendBatch(this.graph, [part])).get('draft');
    if (!isOk(answer)) throw this.conflictOr(answer, 'Saving the draft', 'draftChanged', 'The draft was changed by someone else after it was read.');
    return this.infoAfterWrite(answer, options.draft);
  }

  private draftWrite(fields: ModelVersionRow, draft: ModelVersionInfo | undefined, dependsOn?: string[]): BatchPart {
    const items = modelItemsPath(this.location);
    if (!draft) return { id: 'draft', method: 'POST', url: items, body: { fields }, ...(dependsOn ? { dependsOn } : {}) };
    return { id: 'draft', method: 'PATCH', url: `${items}/${draft.itemId}/fields`, headers: { 'If-Match': draft.etag ?? '*' }, body: fields, ...(dependsOn ? { dependsOn } : {}) };
  }

  /**
   * Publishes `model` as the version after `basedOn` (the newest published version as the coordinator read it, with
   * its eTag; none for the very first). In one $batch: mark `basedOn` superseded (If-Match), bring the draft in line
   * (If-Match), then add the new row. A failed guard fails the rest (424): nothing is half-published.
   */
  async publish(model: PhaseModel, options: SaveInput & { changeNote: string; basedOn?: ModelVersionInfo; draft?: ModelVersionInfo; answersFeedback?: readonly FeedbackRef[] }): Promise<{ published: ModelVersionInfo; draft?: ModelVersionInfo }> {
    const problem = checkFreeText(options.changeNote, 'reason', { required: true });
    if (problem) throw new ModelRejectedError([changeNoteProblem(problem)]);
    const sequence = (options.basedOn?.sequence ?? 0) + 1;
    const version = nextVersionName(sequence);
    const valid = this.checked({ ...model, version });
    const common = { model: valid, sequence, ...(options.basedOn ? { basedOn: options.basedOn.version } : {}), changeNote: options.changeNote, at: options.at, by: options.by };
    const items = modelItemsPath(this.location);
    const parts: BatchPart[] = [];
    if (options.basedOn) parts.push({ id: 'supersede', method: 'PATCH', url: `${items}/${options.basedOn.itemId}/fields`, headers: { 'If-Match': options.basedOn.etag ?? '*' }, body: { SupersededBy: version } });
    if (options.draft) parts.push(this.draftWrite(versionFields({ ...common, status: 'draft', sequence: sequence + 1, basedOn: version, changeNote: '' }), options.draft, parts.length ? ['supersede'] : undefined));
    parts.push({ id: 'publish', method: 'POST', url: items, body: { fields: versionFields({ ...common, status: 'published', ...(options.answersFeedback ? { answersFeedback: options.answersFeedback } : {}) }) }, ...(parts.length ? { dependsOn: [parts[parts.length - 1]!.id] } : {}) });
    const answers = await sendBatch(this.graph, parts);
    const supersede = answers.get('supersede');
    if (supersede && !isOk(supersede)) throw this.conflictOr(supersede, 'Publishing', 'newerPublished', `Version ${options.basedOn?.version} is no longer the newest: someone published meanwhile.`, options.basedOn?.version);
    const draft = answers.get('draft');
    if (draft && !isOk(draft)) throw this.conflictOr(draft, 'Publishing', 'draftChanged', 'The draft was changed by someone else after it was read; nothing was published.');
    const published = answers.get('publish');
    if (!isOk(published)) throw this.conflictOr(published, 'Publishing', 'versionTaken', `Version ${version} exists already: someone published meanwhile.`, version);
    const info = infoFromItem(published!.body as SpItem<ModelVersionRow>);
    this.events.published?.(info);
    return { published: info, ...(draft ? { draft: this.infoAfterWrite(draft, options.draft) } : {}) };
  }

  /** 409/412 as the conflict it is, for the editor to explain; anything else as the store error it is. */
  private conflictOr(answer: BatchAnswer | undefined, what: string, reason: ModelConflictReason, message: string, version?: string): StoreError {
    if (answer?.status === 412 || answer?.status === 409) return new ModelConflictError(reason, message, { status: answer.status, ...(version ? { version } : {}) });
    return storeErrorFor(answer?.status ?? 0, answer?.body, what, 'listsMissing');
  }

  /** POST answers with the item; PATCH …/fields with the fields (and their new eTag). */
  private infoAfterWrite(answer: BatchAnswer | undefined, before: ModelVersionInfo | undefined): ModelVersionInfo {
    const body = answer?.body as (SpItem<ModelVersionRow> & ModelVersionRow & { '@odata.etag'?: string }) | undefined;
    if (body && 'fields' in body && body.fields) return infoFromItem(body);
    return infoFromItem({ id: before?.itemId ?? '', fields: (body ?? {}) as ModelVersionRow });
  }
}

/** The change note's text problem as a model problem at `changeNote`. */
function changeNoteProblem(problem: NonNullable<ReturnType<typeof checkFreeText>>): ModelProblem {
  const codes: Record<typeof problem.kind, ModelProblemCode> = { blank: 'blank', nationalId: 'nationalId', tooLong: 'tooLong', controlCharacters: 'controlCharacters', listSeparator: 'controlCharacters' };
  return modelProblem(codes[problem.kind], ['changeNote'], `the change note: ${problem.kind}`, problem.kind === 'tooLong' ? { max: problem.max } : undefined);
}

export { DRAFT_VERSION };
