// The feedback dialog for one requirement or toolbox entry of a model: names it in the user's language and hands the
// kind and text to whoever sends it (the project screen, the Verktøykasse).
import type { JSX } from 'react';
import { findEntry, findItem } from '../../model/lookup';
import type { Language, PhaseModel } from '../../model/types';
import type { FeedbackKind, FeedbackTarget } from '../../domain/feedback';
import { FeedbackDialog } from './FeedbackDialog';

export type GiveFeedback = (target: FeedbackTarget, kind: FeedbackKind, text: string) => Promise<void>;

export interface FeedbackForProps {
  model: PhaseModel;
  target: FeedbackTarget;
  language: Language;
  give: GiveFeedback;
  onClose(): void;
}

export function FeedbackFor(props: FeedbackForProps): JSX.Element {
  const { target, model, language } = props;
  const label = (target.kind === 'requirement' ? findItem(model, target.key)?.label : findEntry(model, target.key)?.label)?.[language] ?? target.key;
  return <FeedbackDialog open targetLabel={label} language={language} onSubmit={(kind, text) => props.give(target, kind, text)} onClose={props.onClose} />;
}
