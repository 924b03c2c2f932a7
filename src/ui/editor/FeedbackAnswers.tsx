// The projects' open feedback, to tick what the version being published answers (recorded with the version).
import type { JSX } from 'react';
import { Checkbox, Field } from '@fluentui/react-components';
import type { Language } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { feedbackKindLabel } from '../feedback';
import type { StoredFeedback } from '../../store/feedback/FeedbackStore';
import { editorStrings } from './strings';

export interface FeedbackAnswersProps {
  feedback: readonly StoredFeedback[];
  /** The ids ticked. */
  chosen: readonly string[];
  language: Language;
  onChoose(ids: string[]): void;
}

export function FeedbackAnswers({ feedback, chosen, language, onChoose }: FeedbackAnswersProps): JSX.Element | null {
  if (feedback.length === 0) return null;
  const t = translator(editorStrings, language);
  return (
    <Field label={t('answersHeading')}>
      <div>
        {feedback.map((f) => (
          <Checkbox key={f.id} checked={chosen.includes(f.id)} label={`${feedbackKindLabel(f.kind, language)}: ${f.text || '–'} (${f.author.name})`}
            onChange={(_, d) => onChoose(d.checked ? [...chosen, f.id] : chosen.filter((id) => id !== f.id))} />
        ))}
      </div>
    </Field>
  );
}
