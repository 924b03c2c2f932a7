// Fluent UI v9's split: the item's slots and props here, its state and behaviour in useChecklistItem, its styles in
// useChecklistItemStyles.styles, its markup in renderChecklistItem.
import type { ComponentProps, ComponentState, Slot, useArrowNavigationGroup } from '@fluentui/react-components';
import type { Language, ChecklistItemDef, PhaseKey, Side } from '../../../model/types';
import type { Actor, Anomaly, IntentBody, ItemState } from '../../../domain/types';
import type { ItemCompletion } from '../../../domain/progress';
import type { FeedbackTarget } from '../../../domain/feedback';
import type { PendingIntent } from '../../../store/ChecklistStore';
import type { ProjectMessageKey } from '../strings';
import type { ChecklistItemMessageKey } from './strings';

export type ChecklistItemSlots = {
  /** The list item: native `li` props given to the component (className, style, data-*) land here. */
  root: NonNullable<Slot<'li'>>;
  /** The requirement's text; it names the list item (aria-labelledby). */
  label: NonNullable<Slot<'span'>>;
};

export type ChecklistItemProps = ComponentProps<Partial<ChecklistItemSlots>> & {
  def: ChecklistItemDef;
  /** Undefined when the item has no row yet (it is open). */
  item: ItemState | undefined;
  phaseKey: PhaseKey;
  me: Actor;
  language: Language;
  /** No editing controls (read-only surface or no write access). */
  readOnly?: boolean;
  /**
   * Meeting surfaces (side panel, stage): targets at least 44 px and the compact form (a finished item takes a line
   * or two; comment, withdraw and history are in the item's menu).
   */
  touch?: boolean;
  /** This item's intents still waiting for Graph. */
  pending: PendingIntent[];
  /** Someone else changed it in the last poll: a subtle highlight. */
  changedByOthers?: boolean;
  /** Stored values for this item the app could not understand. */
  anomalies?: Anomaly[];
  onDispatch(body: IntentBody): void;
  onRetry(intentId: string): void;
  onDiscard(intentId: string): void;
  onOpenHistory?(itemKey: string): void;
  /** Offers "Gi tilbakemelding" in the item's menu (to anyone who can see the item, readers too). */
  onGiveFeedback?(target: FeedbackTarget): void;
};

export interface SideConfirmationView {
  side: Side;
  sideTitle: string;
  /** "Bekreftet av Kari Nordmann, 23. nov. 2026, 13:46" ("Bekreftet av Kari Nordmann" when compact) or "Ikke bekreftet ennå". */
  text: string;
  confirmed: boolean;
  /** Only for the user's own side, and not when read-only. */
  action?: { kind: 'confirm' | 'unconfirm'; label: string };
}

/** One entry of the item's menu ("…"): the rarer actions. */
export interface ItemMenuEntry {
  key: string;
  label: string;
  run(): void;
}

export type ChecklistItemState = ComponentState<ChecklistItemSlots> & {
  props: ChecklistItemProps;
  t: (key: ProjectMessageKey, values?: Record<string, string | number>) => string;
  tItem: (key: ChecklistItemMessageKey, values?: Record<string, string | number>) => string;
  labelText: string;
  labelId: string;
  compact: boolean;
  completion: ItemCompletion;
  /** Done or not relevant: nothing left to act on, shown quieter than open items. */
  finished: boolean;
  /** Status as words, so it never depends on colour or the checkbox alone. */
  statusText: string;
  isDone: boolean;
  isNotRelevant: boolean;
  sides: SideConfirmationView[];
  needsSideHint: boolean;
  waiting: PendingIntent[];
  failed: PendingIntent[];
  changedByText?: string;
  actionError?: string;
  menu: ItemMenuEntry[];
  /** Arrow keys move between the item's own controls; Tab moves to the next item (one tab stop per item). */
  arrowNavigation: ReturnType<typeof useArrowNavigationGroup>;
  /** On the item's primary action (tick, or confirm for my side): where Tab into the item lands first. */
  primaryAction: Record<string, string>;
  setDone(done: boolean): void;
  runSideAction(view: SideConfirmationView): void;
  notRelevantDialog: {
    open: boolean;
    reason: string;
    error?: string;
    show(): void;
    setReason(value: string): void;
    cancel(): void;
    save(): void;
  };
  commentEditor: {
    editing: boolean;
    draft: string;
    error?: string;
    start(): void;
    setDraft(value: string): void;
    cancel(): void;
    save(): void;
  };
};
