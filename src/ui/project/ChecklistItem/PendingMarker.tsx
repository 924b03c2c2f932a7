// Not yet saved, or failed: the user must always know a tick has not reached SharePoint.
import type { JSX } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { ClockRegular, PersonRegular } from '@fluentui/react-icons';
import { storeErrorMessage } from '../../base/storeErrorMessage';
import type { ChecklistItemState } from './ChecklistItem.types';
import type { ChecklistItemClasses } from './useChecklistItemStyles.styles';

export function PendingMarker({ state, classes }: { state: ChecklistItemState; classes: ChecklistItemClasses }): JSX.Element {
  const { t, props } = state;
  return (
    <>
      <div className={classes.live} aria-live="polite">
        {state.waiting.length > 0 && (
          <span className={classes.pending}>
            <ClockRegular aria-hidden="true" />
            {t('pending')}
          </span>
        )}
        {state.changedByText && (
          <span className={classes.changedText}>
            <PersonRegular aria-hidden="true" />
            {state.changedByText}
          </span>
        )}
      </div>
      {state.failed.map((entry) => (
        <MessageBar key={entry.intent.id} intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody>{t('failed', { reason: storeErrorMessage(entry.error?.code ?? 'unknown', props.language) })}</MessageBarBody>
          <MessageBarActions>
            <div className={classes.messageActions}>
              <Button className={classes.target} onClick={() => props.onRetry(entry.intent.id)}>
                {t('retry')}
              </Button>
              <Button className={classes.target} onClick={() => props.onDiscard(entry.intent.id)}>
                {t('discard')}
              </Button>
            </div>
          </MessageBarActions>
        </MessageBar>
      ))}
    </>
  );
}
