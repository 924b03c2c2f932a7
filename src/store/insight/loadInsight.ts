// Everything Innsikt needs, from the coordination site alone (no request to any project's site): every Portfolio row
// with its evidence, all feedback, and the model's version index (change notes, the feedback each version answers),
// in ONE $batch once the lists are known (one request more when they are not: the coordination site's lists).
//
// The rows are read with a plain items query, not delta: SharePoint honours `$top` up to 5,000 on list items
// (default about 200; https://microsoft365blogs.com/2022/01/25/microsoft-graph-working-with-paginated-result-sets/,
// and pnp/pnpjs#750 saw top(7600) answered with 5,000), while whether listItem delta honours `$top` is not documented
// (microsoftgraph/microsoft-graph-docs#17516: "$top isn't supported by all APIs and will be silently ignored in delta";
// driveItem delta ignores it, microsoft-graph-docs-contrib#8829). So 1,000 projects are one page, and 8 RU in all:
// the lists (2), the rows (2), the feedback (2), the versions (2).
import type { PhaseModel } from '../../model/types';
import { insightProject } from '../../domain/insight/buildInsight';
import type { InsightProject } from '../../domain/insight/types';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { storeErrorFor } from '../graphClient/storeErrors';
import { isOk, sendBatch } from '../sharepoint/batch';
import type { BatchPart } from '../sharepoint/batch';
import { readRemainingPages } from '../sharepoint/paging';
import type { Page } from '../sharepoint/paging';
import { feedbackReadPart, readFeedbackAnswer } from '../feedback/FeedbackStore';
import type { StoredFeedback } from '../feedback/FeedbackStore';
import { modelIndexPart, readModelIndex } from '../model/modelReads';
import type { ModelVersionInfo } from '../model/modelRow';
import { PORTFOLIO_WITH_EVIDENCE_SELECT, portfolioRowsPath } from '../portfolio/PortfolioSPItem';
import type { PortfolioSPItem } from '../portfolio/PortfolioSPItem';
import type { PortfolioLocation } from '../portfolio/locatePortfolio';
import { portfolioRowFromItem } from '../portfolio/portfolioRowFromItem';

export interface InsightReadOptions {
  modelId: string;
  /** The model the device knows as newest: used until the index names a newer one, and for a row whose version cannot be read. */
  reference: PhaseModel;
  /** A published version: from the device when it has it (published versions never change), else one request. */
  modelFor(version: string): Promise<PhaseModel | undefined>;
}

export interface LoadedInsight {
  /** The newest published version (by the index read now): figures are ordered by its phases and requirements. */
  reference: PhaseModel;
  projects: InsightProject[];
  feedback: StoredFeedback[];
  /** Feedback rows edited by hand into something that cannot be read. */
  unreadableFeedback: number;
  /** Published versions, oldest first (empty when the site has no model list). */
  versions: ModelVersionInfo[];
  /** Model versions rows follow that could not be read: those rows were read against the reference model. */
  missingVersions: string[];
  /** The feedback list is not provisioned yet (an older coordination site): Innsikt shows figures without it. */
  feedbackMissing: boolean;
}

export function insightParts(location: PortfolioLocation, modelId: string): BatchPart[] {
  const siteRef = location.siteBase.slice('/sites/'.length);
  return [
    { id: 'rows', method: 'GET', url: portfolioRowsPath(location, PORTFOLIO_WITH_EVIDENCE_SELECT) },
    ...(location.feedbackListId ? [feedbackReadPart({ siteBase: location.siteBase, listId: location.feedbackListId })] : []),
    ...(location.modelListId ? [modelIndexPart({ siteId: siteRef, listId: location.modelListId }, modelId, 'versions')] : []),
  ];
}

export async function loadInsight(graph: GraphConnection, location: PortfolioLocation, options: InsightReadOptions): Promise<LoadedInsight> {
  const answers = await sendBatch(graph, insightParts(location, options.modelId));
  const rowsAnswer = answers.get('rows');
  if (!isOk(rowsAnswer)) throw storeErrorFor(rowsAnswer?.status ?? 0, rowsAnswer?.body, 'Reading the Portfolio', 'listsMissing');
  const [{ items }, feedback] = await Promise.all([
    readRemainingPages(graph, rowsAnswer?.body as Page<PortfolioSPItem>, 'listsMissing'),
    location.feedbackListId ? readFeedbackAnswer(graph, answers.get('feedback')) : Promise.resolve({ feedback: [], unreadable: 0 }),
  ]);
  const versions = location.modelListId && isOk(answers.get('versions')) ? readModelIndex(answers.get('versions')).published : [];

  // Each row against its own model version (the version its project follows), each version read once, from the device
  // when it has it; the newest published one orders the figures.
  const newest = versions.at(-1)?.version;
  const wanted = [...new Set(items.map((item) => (typeof item.fields?.ModelVersion === 'string' ? item.fields.ModelVersion.trim() : '')).filter(Boolean))];
  const models = new Map<string, PhaseModel | undefined>(await Promise.all([...new Set([...wanted, ...(newest ? [newest] : [])])].map(async (v) => [v, await options.modelFor(v).catch(() => undefined)] as const)));
  const reference = (newest ? models.get(newest) : undefined) ?? options.reference;
  const projects = items
    .filter((item) => item.deleted === undefined)
    .map((item) => {
      const version = typeof item.fields?.ModelVersion === 'string' ? item.fields.ModelVersion.trim() : '';
      const model = models.get(version) ?? reference;
      return insightProject(portfolioRowFromItem(item, model), model);
    });
  return {
    reference,
    projects,
    feedback: feedback.feedback,
    unreadableFeedback: feedback.unreadable,
    versions,
    missingVersions: wanted.filter((v) => models.get(v) === undefined),
    feedbackMissing: location.feedbackListId === undefined,
  };
}
