// A Tilbakemelding row (coordination site) ⇄ Feedback. Raw values are untrusted (the list is readable and writable in
// SharePoint): a row that cannot be read as feedback is left out and counted, never thrown.
import type { Side } from '../../model/types';
import { FEEDBACK_KINDS, FEEDBACK_TARGET_KINDS } from '../../domain/feedback';
import type { Feedback, FeedbackKind, FeedbackTargetKind } from '../../domain/feedback';
import type { SpItem } from '../sharepoint/rows';
import { SIDE_CHOICES } from '../sharepoint/schema';
import type { FieldsOf } from '../sharepoint/schema';

export type FeedbackRow = FieldsOf<'feedback', string | null>;

/** Feedback as stored: the row's id and eTag, for the coordinator's answer (a conditional write). */
export interface StoredFeedback extends Feedback {
  itemId: string;
  etag?: string;
  /** The project's name when it was given (the row keeps it for reading in SharePoint). */
  projectTitle?: string;
}

/** The kinds in bokmål, for the row's Title: the list reads in SharePoint without the app. */
const KIND_NB: Record<FeedbackKind, string> = { unclear: 'Uklart', doesNotFit: 'Passer ikke', useful: 'Nyttig', suggestion: 'Forslag' };

const oneOf = <T extends string>(choices: readonly T[], value: unknown): T | undefined => ((choices as readonly string[]).includes(String(value)) ? (value as T) : undefined);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function feedbackToRow(feedback: Feedback, names: { target: string; projectTitle?: string }): FeedbackRow {
  return {
    Title: `${KIND_NB[feedback.kind]}: ${names.target}`.slice(0, 255),
    FeedbackKey: feedback.id,
    TargetKind: feedback.target.kind,
    TargetKey: feedback.target.key,
    TargetName: names.target.slice(0, 255),
    Kind: feedback.kind,
    FeedbackText: feedback.text,
    ModelVersion: feedback.modelVersion,
    ProjectKey: feedback.projectKey ?? null,
    ProjectTitle: names.projectTitle?.slice(0, 255) ?? null,
    Side: feedback.side ?? null,
    AuthorId: feedback.author.id,
    AuthorName: feedback.author.name.slice(0, 255),
    GivenAt: feedback.at,
    Status: 'open',
  };
}

export function feedbackFromItem(item: SpItem<FeedbackRow>): StoredFeedback | undefined {
  const f = item.fields ?? {};
  const targetKind = oneOf<FeedbackTargetKind>(FEEDBACK_TARGET_KINDS, f.TargetKind);
  const kind = oneOf<FeedbackKind>(FEEDBACK_KINDS, f.Kind);
  const id = text(f.FeedbackKey);
  const key = text(f.TargetKey);
  const at = text(f.GivenAt);
  if (!targetKind || !kind || !id || !key || Number.isNaN(Date.parse(at))) return undefined;
  const side = oneOf<Side>(SIDE_CHOICES, f.Side);
  const answeredIn = text(f.AnsweredInVersion);
  const etag = f['@odata.etag'] ?? item.eTag;
  return {
    itemId: item.id,
    ...(etag ? { etag } : {}),
    id,
    target: { kind: targetKind, key },
    kind,
    text: text(f.FeedbackText),
    modelVersion: text(f.ModelVersion),
    ...(text(f.ProjectKey) ? { projectKey: text(f.ProjectKey) } : {}),
    ...(text(f.ProjectTitle) ? { projectTitle: text(f.ProjectTitle) } : {}),
    ...(side ? { side } : {}),
    at,
    author: { id: text(f.AuthorId), name: text(f.AuthorName) },
    ...(f.Status === 'answered' && answeredIn
      ? { answered: { version: answeredIn, at: text(f.AnsweredAt), by: { id: text(f.AnsweredById), name: text(f.AnsweredBy) } } }
      : {}),
  };
}
