import { useId, useState } from 'react';
import { SIDES } from '../../../model/types';
import type { Side } from '../../../model/types';
import type { IntentBody } from '../../../domain/types';
import { itemCompletion } from '../../../domain/progress';
import { sideAwaited } from '../../../domain/confirmation';
import { checkFreeText } from '../../../domain/textRules';
import { translator } from '../../../i18n/defineMessages';
import { formatDateTime } from '../../common/formatDate';
import { textProblemMessage } from '../../common/textProblemMessage';
import { dispatchOrMessage } from '../../common/dispatchOrMessage';
import { projectStrings } from '../strings';
import { SIDE_NAME, SIDE_TITLE } from '../sideNames';
import type { ProjectMessageKey } from '../strings';
import type { ChecklistItemProps, ChecklistItemState, SideConfirmationView } from './ChecklistItem.types';

const AWAITING: Record<Side, ProjectMessageKey> = { kommune: 'awaitingKommune', sykehus: 'awaitingSykehus' };

export function useChecklistItem(props: ChecklistItemProps): ChecklistItemState {
  const { def, item, me, language, readOnly = false } = props;
  const t = translator(projectStrings, language);
  const labelId = useId();
  const label = def.label[language];
  const completion = itemCompletion(def, item);
  const isNotRelevant = item?.status === 'notRelevant';

  const [actionError, setActionError] = useState<string>();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [commentError, setCommentError] = useState<string>();

  const dispatch = (body: IntentBody): string | undefined => {
    const message = dispatchOrMessage(props.onDispatch, body, language);
    setActionError(message);
    return message;
  };

  const statusText = (() => {
    switch (completion) {
      case 'done':
        return t('statusDone');
      case 'notRelevant':
        return item?.notRelevantReason ? t('notRelevantBecause', { reason: item.notRelevantReason }) : t('statusNotRelevant');
      case 'awaitingOtherSide': {
        const awaited = sideAwaited(item);
        return awaited ? t(AWAITING[awaited]) : t('awaitingBoth');
      }
      case 'open':
        return t('statusOpen');
    }
  })();

  const sides: SideConfirmationView[] = def.requiresBothSides
    ? SIDES.map((side) => {
        const confirmation = item?.confirmations[side];
        const own = me.side === side && !readOnly && !isNotRelevant;
        return {
          side,
          sideTitle: t(SIDE_TITLE[side]),
          text: confirmation ? t('confirmedBy', { name: confirmation.by.name, date: formatDateTime(confirmation.at, language) }) : t('notConfirmed'),
          confirmed: confirmation !== undefined,
          ...(own
            ? {
                action: confirmation
                  ? { kind: 'unconfirm' as const, label: t('withdrawConfirmation', { side: t(SIDE_NAME[side]) }) }
                  : { kind: 'confirm' as const, label: t('confirmForSide', { side: t(SIDE_NAME[side]) }) },
              }
            : {}),
        };
      })
    : [];

  const mine = props.pending;
  const changedByName = item?.updatedBy?.name;

  return {
    props,
    t,
    label,
    labelId,
    completion,
    statusText,
    isDone: item?.status === 'done',
    isNotRelevant,
    sides,
    needsSideHint: def.requiresBothSides && !readOnly && !isNotRelevant && me.side === undefined,
    waiting: mine.filter((entry) => entry.state !== 'failed'),
    failed: mine.filter((entry) => entry.state === 'failed'),
    ...(props.changedByOthers ? { changedByText: changedByName ? t('changedBy', { name: changedByName }) : t('changedByOther') } : {}),
    ...(actionError ? { actionError } : {}),
    setDone: (done) => dispatch({ kind: 'setStatus', itemKey: def.key, status: done ? 'done' : 'open' }),
    runSideAction: (view) => view.action && dispatch({ kind: view.action.kind, itemKey: def.key, side: view.side }),
    makeRelevant: () => dispatch({ kind: 'setStatus', itemKey: def.key, status: 'open' }),
    notRelevantDialog: {
      open: dialogOpen,
      reason,
      ...(reasonError ? { error: reasonError } : {}),
      show: () => {
        setReason('');
        setReasonError(undefined);
        setDialogOpen(true);
      },
      setReason,
      cancel: () => setDialogOpen(false),
      save: () => {
        const problem = checkFreeText(reason, 'reason', { required: true });
        if (problem) return setReasonError(textProblemMessage(problem, language));
        const refused = dispatchOrMessage(props.onDispatch, { kind: 'setStatus', itemKey: def.key, status: 'notRelevant', reason: reason.trim() }, language);
        if (refused) return setReasonError(refused);
        setDialogOpen(false);
      },
    },
    commentEditor: {
      editing,
      draft,
      ...(commentError ? { error: commentError } : {}),
      start: () => {
        setDraft(item?.comment ?? '');
        setCommentError(undefined);
        setEditing(true);
      },
      setDraft,
      cancel: () => setEditing(false),
      save: () => {
        const problem = checkFreeText(draft, 'comment');
        if (problem) return setCommentError(textProblemMessage(problem, language));
        const comment = draft.trim();
        if (comment !== (item?.comment ?? '')) {
          const refused = dispatchOrMessage(props.onDispatch, { kind: 'setComment', itemKey: def.key, comment }, language);
          if (refused) return setCommentError(refused);
        }
        setEditing(false);
      },
    },
  };
}
