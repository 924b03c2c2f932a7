// A multi-line text field with the free-text rules shown up front: a hint, a length counter, the refusal message.
import type { JSX, Ref } from 'react';
import { Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../../model/types';
import { TEXT_LIMITS } from '../../domain/textRules';
import type { TextField } from '../../domain/textRules';
import { translator } from '../../i18n/defineMessages';
import { commonStrings } from './strings';

export interface FreeTextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  field: TextField;
  language: Language;
  hint?: string;
  /** The refusal message (from textProblemMessage or storeErrorMessage); shown under the field. */
  error?: string;
  required?: boolean;
  large?: boolean;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

const useStyles = makeStyles({
  hint: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, justifyContent: 'space-between' },
  textarea: { width: '100%', minWidth: 0 },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function FreeTextField(props: FreeTextFieldProps): JSX.Element {
  const styles = useStyles();
  const t = translator(commonStrings, props.language);
  const max = TEXT_LIMITS[props.field];
  const tooLong = props.value.length > max;
  return (
    <Field
      label={props.label}
      required={props.required}
      size={props.large ? 'large' : 'medium'}
      validationState={props.error ? 'error' : 'none'}
      validationMessage={props.error}
      hint={
        <span className={styles.hint}>
          {props.hint && <span>{props.hint}</span>}
          <span className={tooLong ? styles.over : undefined}>{t('charCount', { count: props.value.length, max })}</span>
        </span>
      }
    >
      <Textarea
        ref={props.textareaRef}
        className={styles.textarea}
        value={props.value}
        resize="vertical"
        onChange={(_event, data) => props.onChange(data.value)}
      />
    </Field>
  );
}
