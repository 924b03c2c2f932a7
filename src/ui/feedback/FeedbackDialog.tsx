// Giving feedback on a requirement or a toolbox entry, where a person meets it (the item's menu, the Verktøykasse, Gå
// gjennom). The text follows the free-text rules before anything is sent; a refusal (no access to the coordination
// site, offline, throttled) says so in the person's language and keeps the text on the screen, never lost silently.
import { useState } from 'react';
import type { JSX } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Radio, RadioGroup, Field, makeStyles, tokens } from '@fluentui/react-components';
import { FEEDBACK_KINDS, feedbackNeedsText } from '../../domain/feedback';
import type { FeedbackKind } from '../../domain/feedback';
import { checkFreeText } from '../../domain/textRules';
import type { Language } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { StoreError } from '../../store/ChecklistStore';
import { FreeTextField } from '../base/FreeTextField';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { textProblemMessage } from '../base/textProblemMessage';
import { feedbackKindLabel, feedbackStrings } from './strings';

export interface FeedbackDialogProps {
  open: boolean;
  /** The requirement's or entry's name in the user's language. */
  targetLabel: string;
  language: Language;
  /** Sends it; rejects with a StoreError when it could not be stored. */
  onSubmit(kind: FeedbackKind, text: string): Promise<void>;
  onClose(): void;
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { margin: 0 },
});

export function FeedbackDialog(props: FeedbackDialogProps): JSX.Element {
  const styles = useStyles();
  const t = translator(feedbackStrings, props.language);
  const [kind, setKind] = useState<FeedbackKind>('unclear');
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string>();
  const [state, setState] = useState<{ phase: 'editing' | 'sending' | 'sent' } | { phase: 'failed'; message: string }>({ phase: 'editing' });

  const failure = (error: unknown): string => {
    const code = error instanceof StoreError ? error.code : 'unknown';
    if (code === 'accessDenied') return t('notAdmitted');
    if (code === 'listsMissing') return t('noList');
    if (code === 'siteNotFound') return t('noSite');
    return t('failed', { reason: storeErrorMessage(code, props.language) });
  };

  const send = (): void => {
    const problem = checkFreeText(text, 'feedback', { required: feedbackNeedsText(kind) });
    setTextError(problem ? textProblemMessage(problem, props.language) : undefined);
    if (problem) return;
    setState({ phase: 'sending' });
    props.onSubmit(kind, text.trim()).then(
      () => setState({ phase: 'sent' }),
      (error: unknown) => setState({ phase: 'failed', message: failure(error) }),
    );
  };

  const sent = state.phase === 'sent';
  return (
    <Dialog open={props.open} onOpenChange={(_event, data) => (data.open ? undefined : props.onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('dialogTitle')}</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.intro}>{t('dialogIntro', { item: props.targetLabel })}</p>
            {sent ? (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{t('thanks')}</MessageBarBody>
              </MessageBar>
            ) : (
              <>
                <Field label={t('kindLabel')}>
                  <RadioGroup value={kind} onChange={(_event, data) => setKind(data.value as FeedbackKind)} layout="horizontal">
                    {FEEDBACK_KINDS.map((value) => <Radio key={value} value={value} label={feedbackKindLabel(value, props.language)} />)}
                  </RadioGroup>
                </Field>
                <FreeTextField
                  label={feedbackNeedsText(kind) ? t('textLabel') : t('textOptional')}
                  value={text}
                  onChange={setText}
                  field="feedback"
                  language={props.language}
                  hint={t('textHint')}
                  required={feedbackNeedsText(kind)}
                  {...(textError ? { error: textError } : {})}
                />
                {state.phase === 'failed' && (
                  <MessageBar intent="error" layout="multiline">
                    <MessageBarBody>{state.message}</MessageBarBody>
                  </MessageBar>
                )}
              </>
            )}
          </DialogContent>
          <DialogActions>
            {!sent && (
              <Button appearance="primary" disabled={state.phase === 'sending'} onClick={send}>
                {state.phase === 'sending' ? t('sending') : t('send')}
              </Button>
            )}
            <Button onClick={props.onClose}>{sent ? t('close') : t('cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
