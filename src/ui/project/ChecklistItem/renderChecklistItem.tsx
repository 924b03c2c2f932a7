import type { JSX } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular, ClockRegular, EditRegular, HistoryRegular, MoreHorizontalRegular, SubtractCircleRegular } from '@fluentui/react-icons';
import type { ChecklistItemState } from './ChecklistItem.types';
import type { ChecklistItemClasses } from './useChecklistItemStyles.styles';
import { SideConfirmations } from './SideConfirmations';
import { CommentSection } from './CommentSection';
import { NotRelevantDialog } from './NotRelevantDialog';
import { PendingMarker } from './PendingMarker';

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
  const { t, props } = state;
  const { def, readOnly, touch } = props;
  const labelClass = mergeClasses(classes.label, touch && classes.touchLabel);
  const comment = props.item?.comment ?? '';
  return (
    <li className={classes.rootClass} aria-labelledby={state.labelId}>
      <div className={classes.main}>
        <div className={classes.grow}>
          {/* A status icon instead of a checkbox: `begge` items are done by both confirmations, and a not-relevant
              item stays readable (a disabled checkbox would grey out its label). */}
          {def.requiresBothSides || state.isNotRelevant ? (
            <div className={classes.title}>
              <StatusIcon state={state} classes={classes} />
              <span id={state.labelId} className={labelClass}>
                {state.label}
              </span>
            </div>
          ) : (
            <Checkbox
              className={mergeClasses(classes.checkbox, touch && classes.touchCheckbox)}
              size="large"
              checked={state.isDone}
              disabled={readOnly}
              onChange={(_event, data) => state.setDone(data.checked === true)}
              label={
                <span id={state.labelId} className={labelClass}>
                  {state.label}
                </span>
              }
            />
          )}
        </div>
        {!readOnly && (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button
                className={classes.target}
                appearance="subtle"
                icon={<MoreHorizontalRegular />}
                aria-label={t('moreOptions', { item: state.label })}
              />
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {state.isNotRelevant ? (
                  <MenuItem onClick={state.makeRelevant}>{t('markRelevant')}</MenuItem>
                ) : (
                  <MenuItem onClick={state.notRelevantDialog.show}>{t('markNotRelevant')}</MenuItem>
                )}
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
      </div>

      {(def.requiresBothSides || state.isNotRelevant) && (
        <div className={mergeClasses(classes.meta, classes.indent)}>
          {def.requiresBothSides && (
            <Badge appearance="outline" color="informative" shape="rounded">
              {t('requiresBoth')}
            </Badge>
          )}
          <span className={classes.statusText}>{state.statusText}</span>
        </div>
      )}

      {def.requiresBothSides && !state.isNotRelevant && <SideConfirmations state={state} classes={classes} />}
      {state.needsSideHint && <span className={mergeClasses(classes.sideText, classes.indent)}>{t('needSide')}</span>}

      <CommentSection state={state} classes={classes} />

      <div className={mergeClasses(classes.actions, classes.indent)}>
        {!readOnly && !state.commentEditor.editing && (
          <Button className={classes.target} size="small" appearance="subtle" icon={<EditRegular />} onClick={state.commentEditor.start}>
            {comment ? t('editComment') : t('addComment')}
          </Button>
        )}
        {props.onOpenHistory && (
          <Button
            className={classes.target}
            size="small"
            appearance="subtle"
            icon={<HistoryRegular />}
            aria-label={t('historyOf', { item: state.label })}
            onClick={() => props.onOpenHistory?.(def.key)}
          >
            {t('history')}
          </Button>
        )}
      </div>

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
            <span className={classes.anomalyText}>{anomaly.detail}</span>
            <span className={classes.anomalyText}>{t('anomalyHelp')}</span>
          </MessageBarBody>
        </MessageBar>
      ))}

      <NotRelevantDialog state={state} classes={classes} />
    </li>
  );
}
