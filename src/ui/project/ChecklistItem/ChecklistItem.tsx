// One minimum requirement: status, both sides' confirmations, a comment, and whether it has reached SharePoint.
// Fluent UI v9's pattern: state hook, styles hook on the slots, render from state. Memoised: a checklist holds up
// to ~40 items and the session changes with every tick and poll; an item renders again only when its own props do
// (see ../ChecklistSession.ts).
import { forwardRef, memo } from 'react';
import type { ChecklistItemProps } from './ChecklistItem.types';
import { useChecklistItem } from './useChecklistItem';
import { useChecklistItemStyles } from './useChecklistItemStyles.styles';
import { renderChecklistItem } from './renderChecklistItem';

const ChecklistItemView = forwardRef<HTMLLIElement, ChecklistItemProps>((props, ref) => {
  const state = useChecklistItem(props, ref);
  const classes = useChecklistItemStyles(state);
  return renderChecklistItem(state, classes);
});
ChecklistItemView.displayName = 'ChecklistItem';

const sameEntries = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((entry, i) => Object.is(entry, b[i]));

/** Equal props, except that the lists a checklist filters for each item anew count as equal when their entries are. */
function sameItemProps(before: ChecklistItemProps, after: ChecklistItemProps): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof ChecklistItemProps>;
  return [...keys].every((key) => {
    const [a, b] = [before[key], after[key]];
    return Object.is(a, b) || (Array.isArray(a) && Array.isArray(b) && sameEntries(a, b));
  });
}

export const ChecklistItem = memo(ChecklistItemView, sameItemProps);
ChecklistItem.displayName = 'ChecklistItem';
