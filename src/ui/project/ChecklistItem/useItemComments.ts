// The item's comment thread as the item shows it (who wrote what, when, for which side, and whether it has reached
// SharePoint), and writing a new comment or taking one's own out. A thread, never one shared text: see
// domain/commentThread.ts for why.
import { useState } from 'react';
import type { IntentBody, ItemComment } from '../../../domain/types';
import { COMMENT_THREAD_LIMIT, isLegacyComment, mayRemoveComment } from '../../../domain/commentThread';
import { checkFreeText } from '../../../domain/textRules';
import { translator } from '../../../i18n/defineMessages';
import { formatDateTime } from '../../base/formatDate';
import { sideTitle } from '../../base/sideNames';
import { textProblemMessage } from '../../base/textProblemMessage';
import { dispatchOrMessage } from '../../base/dispatchOrMessage';
import { projectStrings } from '../strings';
import type { ChecklistItemProps, CommentEditorState, CommentView } from './ChecklistItem.types';

export interface ItemComments {
  comments: CommentView[];
  commentEditor: CommentEditorState;
}

/**
 * A refused removal is said where the item says its other refused actions (`showActionError`); a refused comment at
 * its field. `onEditorClosed` runs as the editor closes (Lagre or Avbryt), so the item can keep the keyboard's focus.
 */
export function useItemComments(props: ChecklistItemProps, showActionError: (message: string | undefined) => void, onEditorClosed?: () => void): ItemComments {
  const { def, item, me, language, readOnly = false, pending } = props;
  const t = translator(projectStrings, language);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const thread = item?.comments ?? [];
  const close = () => {
    onEditorClosed?.();
    setEditing(false);
  };
  const send = (body: IntentBody) => dispatchOrMessage(props.onDispatch, body, language);
  const unsaved = new Set(pending.filter((entry) => entry.intent.kind === 'addComment').map((entry) => entry.intent.id));

  const byline = (comment: ItemComment): string => {
    if (!comment.by) return t('legacyComment');
    const date = comment.at ? formatDateTime(comment.at, language) : '';
    return comment.side ? t('commentBy', { name: comment.by.name, side: sideTitle(comment.side, language), date }) : t('commentByNoSide', { name: comment.by.name, date });
  };
  const removal = (comment: ItemComment): CommentView['remove'] => {
    if (readOnly || !mayRemoveComment(comment, me.id)) return undefined;
    const label = isLegacyComment(comment) ? t('removeLegacyComment') : t('removeOwnComment', { date: comment.at ? formatDateTime(comment.at, language) : '' });
    return { label, run: () => showActionError(send({ kind: 'removeComment', itemKey: def.key, commentId: comment.id })) };
  };

  const comments = thread.map((comment): CommentView => {
    const remove = removal(comment);
    return { id: comment.id, text: comment.text, byline: byline(comment), pending: unsaved.has(comment.id), ...(remove ? { remove } : {}) };
  });

  return {
    comments,
    commentEditor: {
      editing,
      draft,
      ...(error ? { error } : {}),
      start: () => {
        setDraft('');
        setError(undefined);
        setEditing(true);
      },
      setDraft,
      cancel: close,
      save: () => {
        const problem = checkFreeText(draft, 'comment', { required: true });
        if (problem) return setError(textProblemMessage(problem, language));
        if (thread.length >= COMMENT_THREAD_LIMIT) return setError(t('commentThreadFull', { count: COMMENT_THREAD_LIMIT }));
        const refused = send({ kind: 'addComment', itemKey: def.key, text: draft.trim() });
        if (refused) return setError(refused);
        close();
      },
    },
  };
}
