// A short comment: shown as text; the editor (a text field with the free-text rules) loads when editing starts.
import { Suspense, lazy } from 'react';
import type { JSX } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { CommentRegular } from '@fluentui/react-icons';
import type { ChecklistItemState } from './ChecklistItem.types';
import { loadCommentEditor } from './onDemand';
import type { ChecklistItemClasses } from './useChecklistItemStyles.styles';

const CommentEditor = lazy(() => loadCommentEditor().then((module) => ({ default: module.CommentEditor })));

export function CommentSection({ state, classes }: { state: ChecklistItemState; classes: ChecklistItemClasses }): JSX.Element | null {
  const { t, commentEditor: editor, props } = state;
  const comment = props.item?.comment ?? '';
  if (editor.editing) {
    return (
      <Suspense fallback={null}>
        <CommentEditor state={state} classes={classes} />
      </Suspense>
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
