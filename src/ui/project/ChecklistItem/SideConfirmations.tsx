// Both sides' confirmations, who and when; a button only for the user's own side.
import type { JSX } from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import type { ChecklistItemState } from './ChecklistItem.types';
import type { ChecklistItemClasses } from './useChecklistItemStyles.styles';

export function SideConfirmations({ state, classes }: { state: ChecklistItemState; classes: ChecklistItemClasses }): JSX.Element {
  return (
    <ul className={mergeClasses(classes.sides, classes.indent)}>
      {state.sides.map((view) => (
        <li key={view.side} className={classes.side}>
          <span className={classes.sideText}>
            <span className={classes.sideTitle}>{view.sideTitle}: </span>
            {view.text}
          </span>
          {view.action && (
            <Button
              className={classes.target}
              size={state.props.touch ? 'large' : 'small'}
              appearance={view.action.kind === 'confirm' ? 'primary' : 'secondary'}
              onClick={() => state.runSideAction(view)}
            >
              {view.action.label}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
