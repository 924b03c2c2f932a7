// Tilbakemelding: what a project member tells the model's owners about a requirement or a toolbox entry where they
// meet it, and the coordinators' answer (the model version that answered it). Language-neutral keys; the text is
// free text under the same rules as every other (length, no fødselsnummer).
import type { PhaseModel, Side } from '../model/types';
import { findEntry, findItem } from '../model/lookup';
import type { Person } from './types';
import { checkFreeText } from './textRules';
import type { TextProblem } from './textRules';

export const FEEDBACK_KINDS = ['unclear', 'doesNotFit', 'useful', 'suggestion'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_TARGET_KINDS = ['requirement', 'toolboxEntry'] as const;
export type FeedbackTargetKind = (typeof FEEDBACK_TARGET_KINDS)[number];

export interface FeedbackTarget {
  kind: FeedbackTargetKind;
  /** The requirement's item key, or the toolbox entry's key. */
  key: string;
}

/** What a person gives: the app adds who they are (the token's identity) when it is stored. */
export interface FeedbackInput {
  /** UUID: a replay of the same feedback is stored once. */
  id: string;
  target: FeedbackTarget;
  kind: FeedbackKind;
  text: string;
  /** The model version the person saw the requirement or entry in. */
  modelVersion: string;
  /** The project it was met in, when given from a project. */
  projectKey?: string;
  /** The side the person confirms for in that project, when registered. */
  side?: Side;
  /** ISO 8601. */
  at: string;
}

/** What a model version records of the feedback it answers: enough to mark the changes that came from it. */
export type FeedbackRef = Pick<Feedback, 'id' | 'target' | 'kind'>;

export interface FeedbackAnswer {
  /** The model version whose changes answer it. */
  version: string;
  at: string;
  by: Person;
}

export interface Feedback extends FeedbackInput {
  author: Person;
  answered?: FeedbackAnswer;
}

export type FeedbackProblem = TextProblem | { kind: 'unknownTarget' };

/** Only praise may come without words; the others need them to be of use. */
export const feedbackNeedsText = (kind: FeedbackKind): boolean => kind !== 'useful';

export function targetExists(model: PhaseModel, target: FeedbackTarget): boolean {
  return target.kind === 'requirement' ? findItem(model, target.key) !== undefined : findEntry(model, target.key) !== undefined;
}

/** The first reason the feedback may not be stored, or undefined. */
export function checkFeedback(model: PhaseModel, input: Pick<FeedbackInput, 'target' | 'kind' | 'text'>): FeedbackProblem | undefined {
  if (!targetExists(model, input.target)) return { kind: 'unknownTarget' };
  return checkFreeText(input.text, 'feedback', { required: feedbackNeedsText(input.kind) });
}

/** Open feedback first (newest first), then answered. */
export function feedbackOrder(a: Feedback, b: Feedback): number {
  if (!a.answered !== !b.answered) return a.answered ? 1 : -1;
  return b.at.localeCompare(a.at);
}
