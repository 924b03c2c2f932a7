export { ChecklistItem } from './ChecklistItem';
export type { ChecklistItemProps, ChecklistItemState, SideConfirmationView } from './ChecklistItem.types';
export { checklistItemClassNames } from './useChecklistItemStyles.styles';
