// Editing the item's comment inline, with the no-patient-data hint and the free-text rules. Loaded on first use.
import { useEffect, useRef } from 'react';
import type { JSX } from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import { FreeTextField } from '../../base/FreeTextField';
import type { ChecklistItemState } from './ChecklistItem.types';
import type { ChecklistItemClasses } from './useChecklistItemStyles.styles';

export function CommentEditor({ state, classes }: { state: ChecklistItemState; classes: ChecklistItemClasses }): JSX.Element {
  const { t, commentEditor: editor, props } = state;
  const field = useRef<HTMLTextAreaElement>(null);
  // Opened from the menu or a button: the text field takes the focus, so typing can start at once.
  useEffect(() => field.current?.focus(), []);
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
