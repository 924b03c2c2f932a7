// The item's state and behaviour, no markup: what it says, which actions it offers and what they dispatch.
import { useId, useRef, useState } from 'react';
import type { Ref } from 'react';
import { getIntrinsicElementProps, mergeCallbacks, slot, useMergedRefs } from '@fluentui/react-components';
import { SIDES } from '../../../model/types';
import type { Side } from '../../../model/types';
import type { IntentBody } from '../../../domain/types';
import { itemCompletion } from '../../../domain/progress';
import { sideAwaited } from '../../../domain/confirmation';
import { checkFreeText } from '../../../domain/textRules';
import { translator } from '../../../i18n/defineMessages';
import { formatDateTime } from '../../base/formatDate';
import { textProblemMessage } from '../../base/textProblemMessage';
import { dispatchOrMessage } from '../../base/dispatchOrMessage';
import { useFocusKept } from '../../base/useFocusKept';
import { projectStrings } from '../strings';
import { sideName, sideTitle } from '../../base/sideNames';
import type { ProjectMessageKey } from '../strings';
import { checklistItemStrings } from './strings';
import { useItemComments } from './useItemComments';
import { feedbackStrings } from '../../feedback';
import type { ChecklistItemProps, ChecklistItemState, ItemMenuEntry, SideConfirmationView } from './ChecklistItem.types';

const AWAITING: Record<Side, ProjectMessageKey> = { kommune: 'awaitingKommune', sykehus: 'awaitingSykehus' };

export function useChecklistItem(props: ChecklistItemProps, ref: Ref<HTMLLIElement>): ChecklistItemState {
  const { def, item, me, language, readOnly = false } = props;
  const t = translator(projectStrings, language);
  const tItem = translator(checklistItemStrings, language);
  const labelId = useId();
  const labelText = def.label[language];
  const compact = props.touch === true;
  const completion = itemCompletion(def, item);
  const isNotRelevant = item?.status === 'notRelevant';

  const [actionError, setActionError] = useState<string>();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  // A keyboard user stays in the item when the focused control goes: after the comment editor closes, on what opened
  // it (the comment button, or in a meeting the menu); after a confirm, on the menu, where the withdrawal now is.
  const commentButton = useRef<HTMLButtonElement>(null);
  const editorClosed = useRef(false);
  const focusKept = useFocusKept<HTMLLIElement>((root) => {
    const backToComment = editorClosed.current;
    editorClosed.current = false;
    return (backToComment ? commentButton.current : null) ?? root.querySelector<HTMLElement>('[aria-haspopup="menu"]');
  });
  const rootRef = useMergedRefs(ref, focusKept.ref);
  const { comments, commentEditor } = useItemComments(props, setActionError, () => {
    editorClosed.current = true;
  });

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
        const confirmedText = confirmation
          ? compact
            ? tItem('confirmedByName', { name: confirmation.by.name })
            : t('confirmedBy', { name: confirmation.by.name, date: formatDateTime(confirmation.at, language) })
          : t('notConfirmed');
        return {
          side,
          sideTitle: sideTitle(side, language),
          text: confirmedText,
          confirmed: confirmation !== undefined,
          ...(own
            ? {
                action: confirmation
                  ? { kind: 'unconfirm' as const, label: t('withdrawConfirmation', { side: sideName(side, language) }) }
                  : { kind: 'confirm' as const, label: t('confirmForSide', { side: sideName(side, language) }) },
              }
            : {}),
        };
      })
    : [];

  const showNotRelevant = () => {
    setReason('');
    setReasonError(undefined);
    setDialogOpen(true);
  };
  const runSideAction = (view: SideConfirmationView) => view.action && dispatch({ kind: view.action.kind, itemKey: def.key, side: view.side });

  // The rarer actions live in the menu, so a finished item is a line or two and the confirm button stands out.
  const menu: ItemMenuEntry[] = [
    ...(!readOnly && compact
      ? [{ key: 'comment', label: tItem('commentMenu'), run: commentEditor.start }]
      : []),
    ...sides.flatMap((view) => (view.action?.kind === 'unconfirm' ? [{ key: `withdraw-${view.side}`, label: view.action.label, run: () => runSideAction(view) }] : [])),
    ...(props.onOpenHistory ? [{ key: 'history', label: tItem('historyMenu'), run: () => props.onOpenHistory?.(def.key) }] : []),
    ...(props.onGiveFeedback ? [{ key: 'feedback', label: translator(feedbackStrings, language)('giveFeedback'), run: () => props.onGiveFeedback?.({ kind: 'requirement', key: def.key }) }] : []),
    ...(readOnly
      ? []
      : isNotRelevant
        ? [{ key: 'relevant', label: t('markRelevant'), run: () => dispatch({ kind: 'setStatus', itemKey: def.key, status: 'open' }) }]
        : [{ key: 'notRelevant', label: t('markNotRelevant'), run: showNotRelevant }]),
  ];

  const root = slot.always(getIntrinsicElementProps('li', { ref: rootRef, ...props, 'aria-labelledby': labelId, 'data-item': props.def.key }), { elementType: 'li' });
  root.onFocus = mergeCallbacks(root.onFocus, focusKept.onFocus);

  const mine = props.pending;
  const changedByName = item?.updatedBy?.name;

  return {
    components: { root: 'li', label: 'span' },
    root,
    label: slot.always(props.label, { defaultProps: { id: labelId, children: labelText }, elementType: 'span' }),
    props,
    t,
    tItem,
    labelText,
    labelId,
    compact,
    completion,
    finished: completion === 'done' || completion === 'notRelevant',
    statusText,
    isDone: item?.status === 'done',
    isNotRelevant,
    sides,
    needsSideHint: def.requiresBothSides && !readOnly && !isNotRelevant && me.side === undefined,
    waiting: mine.filter((entry) => entry.state !== 'failed'),
    failed: mine.filter((entry) => entry.state === 'failed'),
    ...(props.changedByOthers ? { changedByText: changedByName ? t('changedBy', { name: changedByName }) : t('changedByOther') } : {}),
    ...(actionError ? { actionError } : {}),
    menu,
    commentButton,
    setDone: (done) => dispatch({ kind: 'setStatus', itemKey: def.key, status: done ? 'done' : 'open' }),
    runSideAction,
    notRelevantDialog: {
      open: dialogOpen,
      reason,
      ...(reasonError ? { error: reasonError } : {}),
      show: showNotRelevant,
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
    comments,
    commentEditor,
  };
}
