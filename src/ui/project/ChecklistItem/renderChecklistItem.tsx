/** @jsxImportSource @fluentui/react-jsx-runtime */
// The item's markup only, from its state: Fluent's slots (root, label) rendered through Fluent's JSX runtime.
// Every control is its own Tab stop, in reading order (tick, comment, menu; then the confirm button under the sides):
// a phase shows 5 to 7 items, so a list is at most about 20 stops, and Tab needs no hint. An arrow-key group (one stop
// per item) hid the comment and menu buttons from everyone who did not guess ArrowRight.
import { Suspense, lazy } from 'react';
import type { JSX } from 'react';
import { Badge, Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, assertSlots, mergeClasses } from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular, ClockRegular, EditRegular, SubtractCircleRegular } from '@fluentui/react-icons';
import type { ChecklistItemSlots, ChecklistItemState } from './ChecklistItem.types';
import type { ChecklistItemClasses } from './useChecklistItemStyles.styles';
import { SideConfirmations } from './SideConfirmations';
import { PRIMARY_ACTION } from './primaryAction';
import { CommentSection } from './CommentSection';
import { ItemMenu } from './ItemMenu';
import { PendingMarker } from './PendingMarker';
import { loadNotRelevantDialog } from './onDemand';
import { anomalyText } from '../anomalyText';

// Opened now and then: loaded on first use, not with the first paint.
const NotRelevantDialog = lazy(() => loadNotRelevantDialog().then((module) => ({ default: module.NotRelevantDialog })));

function StatusIcon({ state, classes }: { state: ChecklistItemState; classes: ChecklistItemClasses }): JSX.Element {
  switch (state.completion) {
    case 'done':
      return <CheckmarkCircleFilled aria-hidden="true" className={mergeClasses(classes.statusIcon, classes.statusDone)} />;
    case 'awaitingOtherSide':
      return <ClockRegular aria-hidden="true" className={classes.statusIcon} />;
    case 'notRelevant':
      return <SubtractCircleRegular aria-hidden="true" className={classes.statusIcon} />;
    case 'open':
      return <CircleRegular aria-hidden="true" className={classes.statusIcon} />;
  }
}

export function renderChecklistItem(state: ChecklistItemState, classes: ChecklistItemClasses): JSX.Element {
  assertSlots<ChecklistItemSlots>(state);
  const { t, props, compact } = state;
  const { def, readOnly } = props;
  // A status icon instead of a checkbox: `begge` items are done by both confirmations, and a not-relevant item stays
  // readable (a disabled checkbox would grey out its label). A retired requirement is no task: its state is shown, not offered.
  const retired = def.retired === true;
  const iconInsteadOfCheckbox = def.requiresBothSides || state.isNotRelevant || retired;
  return (
    <state.root>
      <div className={classes.main}>
        <div className={classes.grow}>
          {iconInsteadOfCheckbox ? (
            <div className={mergeClasses(classes.title, compact && classes.touchTitle)}>
              <StatusIcon state={state} classes={classes} />
              <state.label />
            </div>
          ) : (
            <Checkbox
              className={mergeClasses(classes.checkbox, compact && classes.touchCheckbox)}
              size="large"
              checked={state.isDone}
              disabled={readOnly}
              onChange={(_event, data) => state.setDone(data.checked === true)}
              label={<state.label />}
              {...PRIMARY_ACTION}
            />
          )}
        </div>
        <div className={classes.trailing}>
          {!compact && !readOnly && !state.commentEditor.editing && (
            <Button ref={state.commentButton} size="small" appearance="subtle" icon={<EditRegular />} onClick={state.commentEditor.start}>
              {t('addComment')}
            </Button>
          )}
          {state.menu.length > 0 && <ItemMenu state={state} classes={classes} />}
        </div>
      </div>

      {(retired || (!compact && iconInsteadOfCheckbox)) && (
        <div className={mergeClasses(classes.meta, classes.indent)}>
          {retired && (
            <Badge appearance="tint" color="subtle" shape="rounded">
              {t('retiredBadge')}
            </Badge>
          )}
          {def.requiresBothSides && (
            <Badge appearance="outline" color="informative" shape="rounded">
              {t('requiresBoth')}
            </Badge>
          )}
          <span className={classes.statusText}>{state.statusText}</span>
          {retired && !compact && <span className={classes.statusText}>{t('retiredHint')}</span>}
        </div>
      )}
      {compact && state.isNotRelevant && <span className={mergeClasses(classes.statusText, classes.indent)}>{state.statusText}</span>}

      {def.requiresBothSides && !state.isNotRelevant && <SideConfirmations state={state} classes={classes} />}
      {state.needsSideHint && <span className={mergeClasses(classes.sideText, classes.indent)}>{t('needSide')}</span>}

      <CommentSection state={state} classes={classes} />
      <PendingMarker state={state} classes={classes} />

      {state.actionError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.actionError}</MessageBarBody>
        </MessageBar>
      )}
      {(props.anomalies ?? []).map((anomaly, index) => (
        <MessageBar key={`${anomaly.kind}-${index}`} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('anomalyItemTitle')}</MessageBarTitle>
            <span className={classes.anomalyText}>{anomalyText(anomaly, props.language)}</span>
            <span className={classes.anomalyText}>{t('anomalyHelp')}</span>
          </MessageBarBody>
        </MessageBar>
      ))}

      {state.notRelevantDialog.open && (
        <Suspense fallback={null}>
          <NotRelevantDialog state={state} classes={classes} />
        </Suspense>
      )}
    </state.root>
  );
}
