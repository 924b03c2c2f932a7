// Reading the model's versions, written as $batch parts plus pure readers of their answers, so the reads can ride
// inside a batch the app already sends (the project open's) or travel on their own (ModelRepository).
import { StoreError } from '../graphClient/StoreError';
import type { BatchAnswer, BatchPart } from '../sharepoint/batch';
import { storeErrorFor } from '../graphClient/storeErrors';
import type { Page } from '../sharepoint/paging';
import type { SpItem } from '../sharepoint/rows';
import { and, fieldEquals, filterParam } from '../sharepoint/odata';
import type { FieldFilter } from '../sharepoint/odata';
import { INFO_FIELDS, MODEL_FIELDS, infoFromItem, recordFromItem, versionKey } from './modelRow';
import type { ModelVersionInfo, ModelVersionRecord, ModelVersionRow } from './modelRow';

/** The model list in the coordination site: `siteId` may be a path reference (`host:/sites/koordinering:`). */
export interface ModelListLocation {
  siteId: string;
  listId: string;
}

export const modelItemsPath = (location: ModelListLocation): string => `/sites/${location.siteId}/lists/${location.listId}/items`;

const query = (select: string, filter: ReturnType<typeof fieldEquals>, extra = ''): string => `?$expand=fields($select=${select})&${filterParam(filter)}${extra}`;

/** Every version of the model, without the models themselves (a few hundred bytes a row). */
export function modelIndexPart(location: ModelListLocation, modelId: string, id = 'modelIndex'): BatchPart {
  return { id, method: 'GET', url: `${modelItemsPath(location)}${query(INFO_FIELDS, fieldEquals('modelVersions', 'ModelId', modelId))}` };
}

/** `fields/Sequence gt n`: a number needs no quoting; fieldEquals refuses the filter if Sequence were not indexed. */
function sequenceAfter(sequence: number): FieldFilter {
  const { list } = fieldEquals('modelVersions', 'Sequence', '');
  return { list, expression: `fields/Sequence gt ${Math.trunc(sequence)}` };
}

/**
 * The newest published version, model included (orderby on the indexed Sequence). With `after` (the sequence of the
 * newest the device has) only a newer one: an empty answer of a few hundred bytes when there is none.
 */
export function newestPublishedPart(location: ModelListLocation, modelId: string, id = 'modelNewest', top = 1, after?: number): BatchPart {
  const published = and(fieldEquals('modelVersions', 'ModelId', modelId), fieldEquals('modelVersions', 'Status', 'published'));
  const filter = after === undefined ? published : and(published, sequenceAfter(after));
  return { id, method: 'GET', url: `${modelItemsPath(location)}${query(MODEL_FIELDS, filter, `&$orderby=${encodeURIComponent('fields/Sequence desc')}&$top=${top}`)}` };
}

/** One version (or the draft, version `draft`), model included. */
export function versionPart(location: ModelListLocation, modelId: string, version: string, id = `modelVersion:${version}`): BatchPart {
  return { id, method: 'GET', url: `${modelItemsPath(location)}${query(MODEL_FIELDS, fieldEquals('modelVersions', 'VersionKey', versionKey(modelId, version)))}` };
}

function pageOf<T>(answer: BatchAnswer | undefined, what: string): Page<T> {
  if (!answer) throw new StoreError('unknown', `${what}: no answer`);
  if (answer.status < 200 || answer.status >= 300) throw storeErrorFor(answer.status, answer.body, what, 'listsMissing');
  return (answer.body ?? {}) as Page<T>;
}

export interface ModelIndex {
  /** Published versions, oldest first. */
  published: ModelVersionInfo[];
  /** The coordinators' draft; when hand-edits made two, the first one (lowest item id). */
  draft?: ModelVersionInfo;
  nextLink?: string;
}

/** The index from its answer (pure). Follow `nextLink` with readRemainingPages when a model has over 200 versions. */
export function readModelIndex(answer: BatchAnswer | undefined): ModelIndex {
  const page = pageOf<SpItem<ModelVersionRow>>(answer, 'Reading the model versions');
  return { ...indexOf((page.value ?? []).map(infoFromItem)), ...(page['@odata.nextLink'] ? { nextLink: page['@odata.nextLink'] } : {}) };
}

export function indexOf(infos: readonly ModelVersionInfo[]): ModelIndex {
  const published = infos.filter((info) => info.status === 'published').sort((a, b) => a.sequence - b.sequence || Number(a.itemId) - Number(b.itemId));
  const draft = infos.filter((info) => info.status === 'draft').sort((a, b) => Number(a.itemId) - Number(b.itemId))[0];
  return { published, ...(draft ? { draft } : {}) };
}

/** The versions in an answer, each validated: a hand-broken row comes back with its problems, never thrown. */
export function readRecords(answer: BatchAnswer | undefined, what = 'Reading a model version'): ModelVersionRecord[] {
  return (pageOf<SpItem<ModelVersionRow>>(answer, what).value ?? []).map(recordFromItem);
}
