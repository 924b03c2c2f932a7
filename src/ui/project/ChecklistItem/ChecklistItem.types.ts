// Fluent UI v9's split: the item's slots and props here, its state and behaviour in useChecklistItem, its styles in
// useChecklistItemStyles.styles, its markup in renderChecklistItem.
import type { RefObject } from 'react';
import type { ComponentProps, ComponentState, Slot } from '@fluentui/react-components';
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

/** One comment of the item's thread, as shown. */
export interface CommentView {
  id: string;
  text: string;
  /** "Kari Nordmann (Kommune), 4. mai 2026, 10:15"; "Tidligere kommentar" for one from before threads. */
  byline: string;
  /** This person's comment, not yet in SharePoint. */
  pending: boolean;
  /** Taking it out: offered for one's own (and a legacy) comment where the person may write. */
  remove?: { label: string; run(): void };
}

/** Writing a new comment, inline. */
export interface CommentEditorState {
  editing: boolean;
  draft: string;
  error?: string;
  start(): void;
  setDraft(value: string): void;
  cancel(): void;
  save(): void;
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
  /** The desktop's "Legg til kommentar" button: the focus goes back to it when the comment editor closes. */
  commentButton: RefObject<HTMLButtonElement | null>;
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
  /** The item's comments, oldest first. */
  comments: CommentView[];
  commentEditor: CommentEditorState;
};
