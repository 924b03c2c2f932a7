// Organisation (free text, no fødselsnummer) and side (kommune / sykehus) for one person: as a dialog for the prompt's
// "Endre" (closing returns focus to the button marked with useRestoreFocusTarget), inline in the participants panel
// (no dialog on top of the drawer).
import { useState } from 'react';
import type { FormEvent, JSX, Ref } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { checkFreeText } from '../../domain/textRules';
import { translator } from '../../i18n/defineMessages';
import { SIDES } from '../../model/types';
import type { Language, Side } from '../../model/types';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { textProblemMessage } from '../base/textProblemMessage';
import { storeErrorOf } from '../base/failures';
import type { Affiliation } from './registry';
import { participantStrings } from './strings';

export interface ParticipantFormProps {
  title: string;
  /** Inline: a ref to the organisation field, focused when the form opens. */
  inputRef?: Ref<HTMLInputElement>;
  initial?: Affiliation;
  language: Language;
  /** Resolves when saved; a rejection (StoreError) is shown in the dialog, which stays open. */
  onSave(choice: Required<Affiliation>): Promise<void>;
  onClose(): void;
}

const SIDE_OPTION = { kommune: 'sideKommune', sykehus: 'sideSykehus' } as const satisfies Record<Side, string>;

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  inline: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingBlock: tokens.spacingVerticalS },
  inlineActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The fields, the save error and the two buttons; state starts from `initial` each time the form is mounted. */
function useParticipantForm(props: ParticipantFormProps) {
  const t = translator(participantStrings, props.language);
  const [organisation, setOrganisation] = useState(props.initial?.organisation ?? '');
  const [side, setSide] = useState<Side | undefined>(props.initial?.side);
  const [organisationError, setOrganisationError] = useState<string>();
  const [sideError, setSideError] = useState<string>();
  const [saveError, setSaveError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const trimmed = organisation.trim();
    const problem = checkFreeText(trimmed, 'organisation', { required: true });
    setOrganisationError(problem ? textProblemMessage(problem, props.language) : undefined);
    setSideError(side ? undefined : t('sideRequired'));
    if (problem || !side) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      await props.onSave({ organisation: trimmed, side });
      props.onClose();
    } catch (error) {
      setSaveError(storeErrorMessage(storeErrorOf(error).code, props.language));
      setSaving(false);
    }
  };

  const fields = (
    <>
      <Field
        label={t('organisationLabel')}
        required
        hint={t('organisationHint')}
        validationState={organisationError ? 'error' : 'none'}
        validationMessage={organisationError}
      >
        <Input
          ref={props.inputRef}
          value={organisation}
          onChange={(_event, data) => {
            setOrganisation(data.value);
            setOrganisationError(undefined);
          }}
        />
      </Field>
      <Field label={t('sideLabel')} required validationState={sideError ? 'error' : 'none'} validationMessage={sideError}>
        <RadioGroup
          value={side ?? ''}
          onChange={(_event, data) => {
            setSide(SIDES.find((candidate) => candidate === data.value));
            setSideError(undefined);
          }}
        >
          {SIDES.map((option) => (
            <Radio key={option} value={option} label={t(SIDE_OPTION[option])} />
          ))}
        </RadioGroup>
      </Field>
      {saveError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{saveError}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
  const actions = (
    <>
      <Button type="submit" appearance="primary" disabled={saving}>
        {t('save')}
      </Button>
      <Button type="button" disabled={saving} onClick={props.onClose}>
        {t('cancel')}
      </Button>
    </>
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  return { fields, actions, onSubmit, saving };
}

/** The prompt's "Endre": mounted only while open. */
export function ParticipantDialog(props: ParticipantFormProps): JSX.Element {
  const styles = useStyles();
  const form = useParticipantForm(props);
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open || form.saving ? undefined : props.onClose())}>
      <DialogSurface>
        {/* noValidate: our messages (checkFreeText, side) rather than the browser's own bubble for `required`. */}
        <form noValidate onSubmit={form.onSubmit}>
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.content}>{form.fields}</DialogContent>
            <DialogActions>{form.actions}</DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

/** The panel's correction, under the person's entry. */
export function ParticipantInlineForm(props: ParticipantFormProps): JSX.Element {
  const styles = useStyles();
  const form = useParticipantForm(props);
  return (
    <form noValidate aria-label={props.title} className={styles.inline} onSubmit={form.onSubmit}>
      {form.fields}
      <div className={styles.inlineActions}>{form.actions}</div>
    </form>
  );
}
