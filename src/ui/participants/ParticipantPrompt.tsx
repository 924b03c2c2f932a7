// "Hvem er du med for?": asks the signed-in person, once per project, to confirm the organisation and side suggested
// from their e-mail domain (or the registry row the lead wrote). Not a blocking dialog: until they answer, confirm
// buttons use the suggestion and this bar stays. A person with no side (a coordinator) may close it and just view.
import { Suspense, useEffect, useRef, useState } from 'react';
import type { JSX } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Participant, Person } from '../../domain/types';
import { translator } from '../../i18n/defineMessages';
import type { Language } from '../../model/types';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { sideName } from '../base/sideNames';
import { storeErrorOf } from '../base/failures';
import { LazyParticipantDialog } from './onDemand';
import { affiliationOf, needsConfirmation, participantRow } from './registry';
import type { Affiliation } from './registry';
import { participantStrings } from './strings';

export interface ParticipantPromptProps {
  person: Person;
  projectKey: string;
  participants: readonly Participant[];
  language: Language;
  /** Saves the row and resolves once the registry has it; rejects with a StoreError. */
  onSave(participant: Participant): Promise<void>;
  now?: () => Date;
}

export function ParticipantPrompt(props: ParticipantPromptProps): JSX.Element | null {
  const t = translator(participantStrings, props.language);
  const restoreFocus = useRestoreFocusTarget();
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<Required<Affiliation>>();
  const [dismissed, setDismissed] = useState(false);
  const notice = useRef<HTMLDivElement>(null);

  // The buttons that had focus are gone once saved: focus moves to the thank-you, not to the page's start.
  useEffect(() => {
    if (saved) notice.current?.focus();
  }, [saved]);

  const suggestion = affiliationOf(props.person, props.participants);
  const describe = (choice: Required<Affiliation>) => ({ organisation: choice.organisation, side: sideName(choice.side, props.language) });

  const save = async (choice: Required<Affiliation>) => {
    const now = (props.now ?? (() => new Date()))();
    await props.onSave(participantRow(props.projectKey, props.person, choice, now.toISOString()));
    setSaved(choice);
  };

  const confirmSuggestion = async (choice: Required<Affiliation>) => {
    setSaving(true);
    setError(undefined);
    try {
      await save(choice);
    } catch (failure) {
      setError(storeErrorMessage(storeErrorOf(failure).code, props.language));
    } finally {
      setSaving(false);
    }
  };

  if (saved) {
    if (dismissed) return null;
    return (
      <div ref={notice} tabIndex={-1}>
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t('savedNotice', describe(saved))}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={t('promptDismiss')} icon={<DismissRegular />} onClick={() => setDismissed(true)} />}
          />
        </MessageBar>
      </div>
    );
  }
  if (dismissed || !needsConfirmation(props.person, props.participants)) return null;

  const sided = suggestion?.side ? { organisation: suggestion.organisation, side: suggestion.side } : undefined;
  const text = sided
    ? t('promptSuggested', describe(sided))
    : suggestion
      ? t('promptNoSide', { organisation: suggestion.organisation })
      : t('promptUnknown');
  // Only a suggestion with a side must be answered; without one the person can confirm nothing anyway.
  const dismiss = sided ? undefined : (
    <Button appearance="transparent" aria-label={t('promptDismiss')} icon={<DismissRegular />} onClick={() => setDismissed(true)} />
  );

  return (
    <>
      <MessageBar intent={sided ? 'info' : 'warning'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('promptTitle')}</MessageBarTitle>
          {text}
          {error && <div role="alert">{error}</div>}
        </MessageBarBody>
        <MessageBarActions {...(dismiss ? { containerAction: dismiss } : {})}>
          {sided && (
            <Button appearance="primary" disabled={saving} onClick={() => void confirmSuggestion(sided)}>
              {t('promptYes')}
            </Button>
          )}
          <Button {...restoreFocus} disabled={saving} onClick={() => setEditing(true)}>
            {sided || suggestion ? t('promptChange') : t('promptChoose')}
          </Button>
        </MessageBarActions>
      </MessageBar>
      {editing && (
        <Suspense fallback={null}>
          <LazyParticipantDialog
            title={t('formTitleMine')}
            {...(suggestion ? { initial: suggestion } : {})}
            language={props.language}
            onSave={save}
            onClose={() => setEditing(false)}
          />
        </Suspense>
      )}
    </>
  );
}
