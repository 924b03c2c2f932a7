// The projects' feedback, open first: who said what about which requirement or entry, and a coordinator's answer
// (the model version that answered it; a conditional write, so two coordinators never overwrite each other).
import { useState } from 'react';
import type { JSX } from 'react';
import { Button, Dropdown, Field, MessageBar, MessageBarBody, Option, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { findEntry, findItem } from '../../model/lookup';
import type { Language, PhaseModel } from '../../model/types';
import { feedbackOrder } from '../../domain/feedback';
import { translator } from '../../i18n/defineMessages';
import { StoreError } from '../../store/ChecklistStore';
import type { StoredFeedback } from '../../store/feedback/FeedbackStore';
import { formatDate } from '../base/formatDate';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { feedbackKindLabel } from '../feedback';
import { insightStrings } from './strings';

export interface FeedbackSectionProps {
  feedback: StoredFeedback[];
  model: PhaseModel;
  language: Language;
  /** Published versions, newest last: what an answer can name. */
  versions: string[];
  answer(feedback: StoredFeedback, version: string): Promise<void>;
}

const useStyles = makeStyles({
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { ...typographyStyles.body1 },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
});

export function FeedbackSection(props: FeedbackSectionProps): JSX.Element {
  const styles = useStyles();
  const t = translator(insightStrings, props.language);
  const open = props.feedback.filter((f) => !f.answered).length;
  const target = (f: StoredFeedback) => (f.target.kind === 'requirement' ? findItem(props.model, f.target.key) : findEntry(props.model, f.target.key))?.label[props.language] ?? f.target.key;
  return (
    <section aria-labelledby="insight-feedback">
      <h2 id="insight-feedback" className={styles.heading}>{`${t('feedbackHeading')} (${t('feedbackOpen', { count: open })})`}</h2>
      {props.feedback.length === 0 ? <p>{t('noFeedback')}</p> : (
        <ul className={styles.list}>
          {[...props.feedback].sort(feedbackOrder).map((f) => (
            <li key={f.id} className={styles.item} data-feedback={f.id}>
              <p className={styles.text}>
                {t('feedbackFrom', { kind: feedbackKindLabel(f.kind, props.language), target: target(f), author: f.author.name, project: f.projectTitle ? t('feedbackProject', { project: f.projectTitle }) : '', date: formatDate(f.at, props.language) })}
              </p>
              {f.text && <p className={styles.text}>{f.text}</p>}
              {f.answered ? <p className={styles.text}>{t('answeredIn', { version: f.answered.version })}</p> : <AnswerControl item={f} versions={props.versions} language={props.language} answer={props.answer} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AnswerControl(props: Pick<FeedbackSectionProps, 'versions' | 'language' | 'answer'> & { item: StoredFeedback }): JSX.Element | null {
  const styles = useStyles();
  const t = translator(insightStrings, props.language);
  const [version, setVersion] = useState(props.versions.at(-1) ?? '');
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  if (props.versions.length === 0) return null;
  const run = () => {
    setState({ busy: true });
    props.answer(props.item, version).then(
      () => setState({ busy: false }),
      (error: unknown) => setState({ busy: false, error: t('answerFailed', { reason: storeErrorMessage(error instanceof StoreError ? error.code : 'unknown', props.language) }) }),
    );
  };
  return (
    <div className={styles.actions}>
      <Field label={t('markAnswered')}>
        <Dropdown value={version} selectedOptions={[version]} onOptionSelect={(_e, data) => setVersion(data.optionValue ?? version)}>
          {props.versions.map((v) => <Option key={v} value={v}>{v}</Option>)}
        </Dropdown>
      </Field>
      <Button disabled={state.busy || !version} onClick={run}>{t('answer')}</Button>
      {state.error && (
        <MessageBar intent="error"><MessageBarBody>{state.error}</MessageBarBody></MessageBar>
      )}
    </div>
  );
}
