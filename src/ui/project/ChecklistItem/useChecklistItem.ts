// The item's state and behaviour, no markup: what it says, which actions it offers and what they dispatch.
import { useId, useState } from 'react';
import type { Ref } from 'react';
import { getIntrinsicElementProps, slot, useArrowNavigationGroup } from '@fluentui/react-components';
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
import { projectStrings } from '../strings';
import { sideName, sideTitle } from '../../base/sideNames';
import type { ProjectMessageKey } from '../strings';
import { checklistItemStrings } from './strings';
import { feedbackStrings } from '../../feedback';
import type { ChecklistItemProps, ChecklistItemState, ItemMenuEntry, SideConfirmationView } from './ChecklistItem.types';

const AWAITING: Record<Side, ProjectMessageKey> = { kommune: 'awaitingKommune', sykehus: 'awaitingSykehus' };

// Tabster's own attribute for "the group's default element" (what useTabsterAttributes writes; that hook is not
// re-exported by @fluentui/react-components): Tab into an item lands on its tick or confirm button, not its menu.
const PRIMARY_ACTION = { 'data-tabster': JSON.stringify({ focusable: { isDefault: true } }) };

export function useChecklistItem(props: ChecklistItemProps, ref: Ref<HTMLLIElement>): ChecklistItemState {
  const { def, item, me, language, readOnly = false } = props;
  const t = translator(projectStrings, language);
  const tItem = translator(checklistItemStrings, language);
  const labelId = useId();
  const labelText = def.label[language];
  const compact = props.touch === true;
  const completion = itemCompletion(def, item);
  const isNotRelevant = item?.status === 'notRelevant';
  // One tab stop per item: Tab goes item to item, Left/Right between the item's own controls (Up/Down stay free for
  // menus and text fields).
  const arrowNavigation = useArrowNavigationGroup({ axis: 'horizontal', memorizeCurrent: true });

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

  const startComment = () => {
    setDraft(item?.comment ?? '');
    setCommentError(undefined);
    setEditing(true);
  };
  const showNotRelevant = () => {
    setReason('');
    setReasonError(undefined);
    setDialogOpen(true);
  };
  const runSideAction = (view: SideConfirmationView) => view.action && dispatch({ kind: view.action.kind, itemKey: def.key, side: view.side });

  // The rarer actions live in the menu, so a finished item is a line or two and the confirm button stands out.
  const menu: ItemMenuEntry[] = [
    ...(!readOnly && compact
      ? [{ key: 'comment', label: item?.comment ? tItem('editCommentMenu') : tItem('commentMenu'), run: startComment }]
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

  const mine = props.pending;
  const changedByName = item?.updatedBy?.name;

  return {
    components: { root: 'li', label: 'span' },
    root: slot.always(getIntrinsicElementProps('li', { ref, ...props, 'aria-labelledby': labelId, 'data-item': props.def.key, ...arrowNavigation }), { elementType: 'li' }),
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
    arrowNavigation,
    primaryAction: PRIMARY_ACTION,
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
    commentEditor: {
      editing,
      draft,
      ...(commentError ? { error: commentError } : {}),
      start: startComment,
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
