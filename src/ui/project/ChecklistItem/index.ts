export { ChecklistItem } from './ChecklistItem';
export { useChecklistItem } from './useChecklistItem';
export type { ChecklistItemProps, ChecklistItemSlots, ChecklistItemState, SideConfirmationView } from './ChecklistItem.types';
export { checklistItemClassNames } from './useChecklistItemStyles.styles';
export { preloadChecklistItemParts } from './onDemand';
export { CommentThread } from './CommentThread';
export { PRIMARY_ACTION_SELECTOR } from './primaryAction';
export type { CommentThreadProps } from './CommentThread';
