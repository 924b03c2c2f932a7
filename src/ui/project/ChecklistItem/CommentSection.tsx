// The item's comment thread, and the editor for a new comment (a text field with the free-text rules), which loads
// when writing starts.
import { Suspense, lazy } from 'react';
import type { JSX } from 'react';
import type { ChecklistItemState } from './ChecklistItem.types';
import { CommentThread } from './CommentThread';
import { loadCommentEditor } from './onDemand';
import type { ChecklistItemClasses } from './useChecklistItemStyles.styles';

const CommentEditor = lazy(() => loadCommentEditor().then((module) => ({ default: module.CommentEditor })));

export function CommentSection({ state, classes }: { state: ChecklistItemState; classes: ChecklistItemClasses }): JSX.Element {
  const { commentEditor: editor, props } = state;
  return (
    <>
      <CommentThread comments={state.comments} itemLabel={state.labelText} language={props.language} className={classes.indent} {...(classes.target ? { buttonClassName: classes.target } : {})} />
      {editor.editing && (
        <Suspense fallback={null}>
          <CommentEditor state={state} classes={classes} />
        </Suspense>
      )}
    </>
  );
}
