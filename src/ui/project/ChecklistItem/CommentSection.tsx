// A short comment: shown as text, edited inline with the no-patient-data hint and the free-text rules.
import { useEffect, useRef } from 'react';
import type { JSX } from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import { CommentRegular } from '@fluentui/react-icons';
import { FreeTextField } from '../../common/FreeTextField';
import type { ChecklistItemState } from './ChecklistItem.types';
import type { ChecklistItemClasses } from './useChecklistItemStyles.styles';

export function CommentSection({ state, classes }: { state: ChecklistItemState; classes: ChecklistItemClasses }): JSX.Element | null {
  const { t, commentEditor: editor, props } = state;
  const comment = props.item?.comment ?? '';
  const field = useRef<HTMLTextAreaElement>(null);
  // Opened from the menu or a button: the text field takes the focus, so typing can start at once.
  useEffect(() => {
    if (editor.editing) field.current?.focus();
  }, [editor.editing]);
  if (editor.editing) {
    return (
      <div className={mergeClasses(classes.editor, classes.indent)}>
        <FreeTextField
          label={t('commentFor', { item: state.labelText })}
          value={editor.draft}
          onChange={editor.setDraft}
          field="comment"
          language={props.language}
          hint={t('noPatientData')}
          large={props.touch}
          textareaRef={field}
          {...(editor.error ? { error: editor.error } : {})}
        />
        <div className={classes.actions}>
          <Button className={classes.target} appearance="primary" onClick={editor.save}>
            {t('save')}
          </Button>
          <Button className={classes.target} onClick={editor.cancel}>
            {t('cancel')}
          </Button>
        </div>
      </div>
    );
  }
  if (!comment) return null;
  return (
    <p className={mergeClasses(classes.comment, classes.indent)}>
      <span className={classes.commentLabel}>
        <CommentRegular aria-hidden="true" /> {t('commentLabel')}:{' '}
      </span>
      {comment}
    </p>
  );
}
