// The Tilbakemelding list in the coordination site: giving feedback (any project member the site lets add items,
// see docs/admin-guide.md), reading it all (Innsikt, the model editor: one request, or a part of a $batch already
// sent), and a coordinator's answer (a conditional write: two coordinators never overwrite each other's answer).
import { checkFeedback } from '../../domain/feedback';
import type { Feedback, FeedbackAnswer, FeedbackInput } from '../../domain/feedback';
import type { Person } from '../../domain/types';
import { findEntry, findItem } from '../../model/lookup';
import type { PhaseModel } from '../../model/types';
import { StoreError } from '../graphClient/StoreError';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { storeErrorFor } from '../graphClient/storeErrors';
import { isOk, sendBatch } from '../sharepoint/batch';
import type { BatchAnswer, BatchPart } from '../sharepoint/batch';
import { itemsQuery } from '../sharepoint/odata';
import { readRemainingPages } from '../sharepoint/paging';
import type { Page } from '../sharepoint/paging';
import type { SpItem } from '../sharepoint/rows';
import { selectFields } from '../sharepoint/schema';
import { feedbackFromItem, feedbackToRow } from './feedbackRows';
import type { FeedbackRow, StoredFeedback } from './feedbackRows';

export type { StoredFeedback } from './feedbackRows';

/** The feedback list: `siteBase` as PortfolioLocation has it (`/sites/{host}:/sites/x:` or `/sites/{id}`). */
export interface FeedbackLocation {
  siteBase: string;
  listId: string;
}

/** SharePoint honours `$top` up to 5,000 list items (see PortfolioReader.ts); a smaller page is followed by nextLinks. */
const PAGE = 5000;

const itemsPath = (location: FeedbackLocation): string => `${location.siteBase}/lists/${encodeURIComponent(location.listId)}/items`;

/** Every feedback row, our columns only: a part for a $batch the caller sends anyway. */
export function feedbackReadPart(location: FeedbackLocation, id = 'feedback'): BatchPart {
  return { id, method: 'GET', url: `${itemsPath(location)}?${itemsQuery({ select: selectFields('feedback'), top: PAGE })}` };
}

export interface FeedbackList {
  feedback: StoredFeedback[];
  /** Rows that could not be read as feedback (edited by hand): left out, and counted so it can be said. */
  unreadable: number;
}

/** The answer to feedbackReadPart, with any further pages. */
export async function readFeedbackAnswer(graph: GraphConnection, answer: BatchAnswer | undefined): Promise<FeedbackList> {
  if (!isOk(answer)) throw storeErrorFor(answer?.status ?? 0, answer?.body, 'Reading the feedback', 'listsMissing');
  const { items } = await readRemainingPages(graph, answer?.body as Page<SpItem<FeedbackRow>>, 'listsMissing');
  const read = items.map(feedbackFromItem);
  return { feedback: read.filter((f): f is StoredFeedback => f !== undefined), unreadable: read.filter((f) => f === undefined).length };
}

export interface FeedbackStoreOptions {
  /** The list, found when first needed (one request), and again after it was not where it was. */
  locate(): Promise<FeedbackLocation>;
  /** The signed-in person: the identity written is the token's, never what a caller claims. */
  whoAmI(): Promise<Person>;
}

export class FeedbackStore {
  private location?: Promise<FeedbackLocation>;

  constructor(
    private readonly graph: GraphConnection,
    private readonly options: FeedbackStoreOptions,
  ) {}

  /** Located once per store; a failed lookup (or a list gone, 404) is looked up again next time. */
  private located(): Promise<FeedbackLocation> {
    this.location ??= this.options.locate();
    this.location.catch(() => (this.location = undefined));
    return this.location;
  }

  private forgetOn404<T>(error: unknown): T {
    if (error instanceof StoreError && error.status === 404) this.location = undefined;
    throw error;
  }

  /**
   * Stores one piece of feedback, checked against the model the person saw. Idempotent: a replay with the same id
   * (an answer lost on the way back) finds the row there already and succeeds.
   */
  async give(model: PhaseModel, input: FeedbackInput & { projectTitle?: string }): Promise<Feedback> {
    const problem = checkFeedback(model, input);
    if (problem) throw new StoreError('invalidInput', `Feedback refused: ${problem.kind}`, { cause: problem });
    const [location, author] = await Promise.all([this.located(), this.options.whoAmI()]);
    const { projectTitle, ...rest } = input;
    const feedback: Feedback = { ...rest, author };
    const target = input.target.kind === 'requirement' ? findItem(model, input.target.key)?.label.nb : findEntry(model, input.target.key)?.label.nb;
    const fields = feedbackToRow(feedback, { target: target ?? input.target.key, ...(projectTitle ? { projectTitle } : {}) });
    const answer = await this.graph.send({ method: 'POST', path: itemsPath(location), body: { fields } });
    if (answer.status === 201 || answer.status === 200 || answer.status === 409) return feedback;
    return this.forgetOn404(storeErrorFor(answer.status, answer.body, 'Giving feedback', 'listsMissing'));
  }

  /** All feedback, in one request (pages of up to 5,000 rows). */
  async list(): Promise<FeedbackList> {
    const location = await this.located();
    const answers = await sendBatch(this.graph, [feedbackReadPart(location)]);
    return readFeedbackAnswer(this.graph, answers.get('feedback')).catch((error: unknown) => this.forgetOn404(error));
  }

  /**
   * Marks feedback answered by a model version, with If-Match on the row as read: `conflict` when someone changed it
   * meanwhile (read again, then decide).
   */
  async answer(feedback: StoredFeedback, version: string, at: string): Promise<StoredFeedback> {
    const [location, by] = await Promise.all([this.located(), this.options.whoAmI()]);
    const answered: FeedbackAnswer = { version, at, by };
    const fields: FeedbackRow = { Status: 'answered', AnsweredInVersion: version, AnsweredAt: at, AnsweredById: by.id, AnsweredBy: by.name.slice(0, 255) };
    const answer = await this.graph.send<{ '@odata.etag'?: string }>({
      method: 'PATCH',
      path: `${itemsPath(location)}/${encodeURIComponent(feedback.itemId)}/fields`,
      headers: { 'If-Match': feedback.etag ?? '*' },
      body: fields,
    });
    if (answer.status === 412) throw new StoreError('conflict', 'The feedback was changed by someone else', { status: 412 });
    if (answer.status < 200 || answer.status >= 300) throw storeErrorFor(answer.status, answer.body, 'Answering feedback', 'listsMissing');
    const etag = answer.body?.['@odata.etag'];
    return { ...feedback, answered, ...(etag ? { etag } : {}) };
  }
}
