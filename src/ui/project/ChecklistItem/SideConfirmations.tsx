// Both sides' confirmations, who (and when, outside meetings); a confirm button only for the user's own side. A
// finished item in a meeting says it in one line; withdrawing is in the item's menu.
import type { JSX } from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import type { ChecklistItemState } from './ChecklistItem.types';
import { PRIMARY_ACTION } from './primaryAction';
import type { ChecklistItemClasses } from './useChecklistItemStyles.styles';

export function SideConfirmations({ state, classes }: { state: ChecklistItemState; classes: ChecklistItemClasses }): JSX.Element {
  if (state.compact && state.finished) {
    return (
      <p className={mergeClasses(classes.sideText, classes.indent, classes.comment)}>
        {state.sides.map((view, index) => (
          <span key={view.side}>
            {index > 0 && ' · '}
            <span className={classes.sideTitle}>{view.sideTitle}: </span>
            {view.text}
          </span>
        ))}
      </p>
    );
  }
  return (
    <ul className={mergeClasses(classes.sides, classes.indent)}>
      {state.sides.map((view) => (
        <li key={view.side} className={classes.side}>
          <span className={classes.sideText}>
            <span className={classes.sideTitle}>{view.sideTitle}: </span>
            {view.text}
          </span>
          {view.action?.kind === 'confirm' && (
            <Button
              className={mergeClasses(classes.target, classes.confirm)}
              size={state.compact ? 'large' : 'small'}
              appearance="primary"
              onClick={() => state.runSideAction(view)}
              {...PRIMARY_ACTION}
            >
              {view.action.label}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
