// One minimum requirement: status, both sides' confirmations, a comment, and whether it has reached SharePoint.
import type { JSX } from 'react';
import type { ChecklistItemProps } from './ChecklistItem.types';
import { useChecklistItem } from './useChecklistItem';
import { useChecklistItemStyles } from './useChecklistItemStyles.styles';
import { renderChecklistItem } from './renderChecklistItem';

export function ChecklistItem(props: ChecklistItemProps): JSX.Element {
  const state = useChecklistItem(props);
  const classes = useChecklistItemStyles(state);
  return renderChecklistItem(state, classes);
}
