import type { Language, ChecklistItemDef, PhaseKey, Side } from '../../../model/types';
import type { Actor, Anomaly, IntentBody, ItemState } from '../../../domain/types';
import type { ItemCompletion } from '../../../domain/progress';
import type { PendingIntent } from '../../../store/ChecklistStore';
import type { ProjectMessageKey } from '../strings';

export interface ChecklistItemProps {
  def: ChecklistItemDef;
  /** Undefined when the item has no row yet (it is open). */
  item: ItemState | undefined;
  phaseKey: PhaseKey;
  me: Actor;
  language: Language;
  /** No editing controls (read-only surface or no write access). */
  readOnly?: boolean;
  /** Touch surfaces (meeting side panel, stage): targets at least 44 px. */
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
}

export interface SideConfirmationView {
  side: Side;
  sideTitle: string;
  /** "Bekreftet av Kari Nordmann, 23. nov. 2026, 13:46" or "Ikke bekreftet ennå". */
  text: string;
  confirmed: boolean;
  /** Only for the user's own side, and not when read-only. */
  action?: { kind: 'confirm' | 'unconfirm'; label: string };
}

export interface ChecklistItemState {
  props: ChecklistItemProps;
  t: (key: ProjectMessageKey, values?: Record<string, string | number>) => string;
  label: string;
  labelId: string;
  completion: ItemCompletion;
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
  setDone(done: boolean): void;
  runSideAction(view: SideConfirmationView): void;
  makeRelevant(): void;
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
}
