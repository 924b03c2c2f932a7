// One minimum requirement: status, both sides' confirmations, a comment, and whether it has reached SharePoint.
// Fluent UI v9's pattern: state hook, styles hook on the slots, render from state.
import { forwardRef } from 'react';
import type { ChecklistItemProps } from './ChecklistItem.types';
import { useChecklistItem } from './useChecklistItem';
import { useChecklistItemStyles } from './useChecklistItemStyles.styles';
import { renderChecklistItem } from './renderChecklistItem';

export const ChecklistItem = forwardRef<HTMLLIElement, ChecklistItemProps>((props, ref) => {
  const state = useChecklistItem(props, ref);
  const classes = useChecklistItemStyles(state);
  return renderChecklistItem(state, classes);
});
ChecklistItem.displayName = 'ChecklistItem';
