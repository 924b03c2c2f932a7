// One requirement on the stage, large: its text and guidance, both sides' confirmations, who changed it, and large
// controls for done / confirm for my side / not relevant (with a reason) / comment.
import { useEffect, useRef } from 'react';
import type { JSX, Ref } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { CheckmarkRegular, CommentRegular, PersonFeedbackRegular, PersonRegular, SubtractCircleRegular } from '@fluentui/react-icons';
import { feedbackStrings } from '../feedback';
import { translator } from '../../i18n/defineMessages';
import { formatDateTime } from '../base/formatDate';
import { FreeTextField } from '../base/FreeTextField';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { useChecklistItem } from '../project';
import type { ChecklistItemProps } from '../project';
import { guidanceOf } from './walkThrough';
import { meetingStrings } from './strings';

export type WalkThroughRequirementProps = Omit<ChecklistItemProps, 'touch' | 'anomalies' | 'onOpenHistory'> & { headingRef: Ref<HTMLHeadingElement> };

const forcedColors = '@media (forced-colors: active)';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusXLarge,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  changed: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2, [forcedColors]: { ...shorthands.borderColor('Highlight') } },
  label: { ...typographyStyles.title1, margin: 0, outlineOffset: '4px' },
  status: { ...typographyStyles.title3, margin: 0 },
  sides: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  side: { ...typographyStyles.subtitle1, fontWeight: tokens.fontWeightRegular },
  sideTitle: { fontWeight: tokens.fontWeightSemibold },
  guidanceHeading: { ...typographyStyles.subtitle1, margin: 0 },
  guidance: { ...typographyStyles.body2, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, margin: 0, maxWidth: '70ch' },
  comment: { ...typographyStyles.body2, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, margin: 0, whiteSpace: 'pre-wrap' },
  who: { ...typographyStyles.subtitle2, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0, minHeight: '1.5em' },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  control: { minHeight: '64px', minWidth: '200px', ...typographyStyles.subtitle1 },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '70ch' },
  editorActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

export function WalkThroughRequirement(props: WalkThroughRequirementProps): JSX.Element {
  const { headingRef, ...itemProps } = props;
  const styles = useStyles();
  const state = useChecklistItem({ ...itemProps, touch: false }, null);
  const t = translator(meetingStrings, props.language);
  const tp = state.t;
  const { def, item } = props;
  const guidance = guidanceOf(def)?.[props.language];
  const editingReason = state.notRelevantDialog.open;
  const editingComment = state.commentEditor.editing;
  const changedBy = item?.updatedBy?.name;
  const mySide = state.sides.find((view) => view.action);

  return (
    <article className={mergeClasses(styles.root, props.changedByOthers && styles.changed)} aria-labelledby={state.labelId}>
      <h3 id={state.labelId} ref={headingRef} tabIndex={-1} className={styles.label}>
        {state.labelText}
      </h3>
      <p className={styles.status}>
        {t('statusHeading')}: {state.statusText}
      </p>
      {def.requiresBothSides && (
        <ul className={styles.sides}>
          {state.sides.map((view) => (
            <li key={view.side} className={styles.side}>
              <span className={styles.sideTitle}>{view.sideTitle}: </span>
              {view.text}
            </li>
          ))}
        </ul>
      )}
      {guidance && (
        <section>
          <h4 className={styles.guidanceHeading}>{t('guidanceHeading')}</h4>
          <p className={styles.guidance}>{guidance}</p>
        </section>
      )}
      {item?.comment && !editingComment && (
        <p className={styles.comment}>
          <CommentRegular aria-hidden="true" /> {tp('commentLabel')}: {item.comment}
        </p>
      )}
      <p className={styles.who} aria-live="polite">
        {props.changedByOthers && changedBy ? (
          <>
            <PersonRegular aria-hidden="true" />
            {t('justChangedBy', { name: changedBy })}
          </>
        ) : changedBy && item?.updatedAt ? (
          t('lastChangedBy', { name: changedBy, date: formatDateTime(item.updatedAt, props.language) })
        ) : null}
      </p>

      {!props.readOnly && !editingReason && !editingComment && (
        <div className={styles.controls}>
          {!def.requiresBothSides && !state.isNotRelevant && (
            <Button className={styles.control} size="large" appearance={state.isDone ? 'secondary' : 'primary'} icon={<CheckmarkRegular />} onClick={() => state.setDone(!state.isDone)}>
              {state.isDone ? t('markOpen') : t('markDone')}
            </Button>
          )}
          {mySide?.action && (
            <Button
              className={styles.control}
              size="large"
              appearance={mySide.action.kind === 'confirm' ? 'primary' : 'secondary'}
              icon={<CheckmarkRegular />}
              onClick={() => state.runSideAction(mySide)}
            >
              {mySide.action.label}
            </Button>
          )}
          {state.isNotRelevant ? (
            <Button className={styles.control} size="large" icon={<SubtractCircleRegular />} onClick={() => state.setDone(false)}>
              {tp('markRelevant')}
            </Button>
          ) : (
            <Button className={styles.control} size="large" icon={<SubtractCircleRegular />} onClick={state.notRelevantDialog.show}>
              {t('notRelevantAction')}
            </Button>
          )}
          <Button className={styles.control} size="large" icon={<CommentRegular />} onClick={state.commentEditor.start}>
            {t('commentAction')}
          </Button>
        </div>
      )}
      {props.onGiveFeedback && !editingReason && !editingComment && (
        <div className={styles.controls}>
          <Button className={styles.control} size="large" appearance="subtle" icon={<PersonFeedbackRegular />} onClick={() => props.onGiveFeedback?.({ kind: 'requirement', key: def.key })}>
            {translator(feedbackStrings, props.language)('feedbackButton')}
          </Button>
        </div>
      )}
      {state.needsSideHint && <p className={styles.side}>{tp('needSide')}</p>}

      {editingReason && (
        <TextEditor
          label={tp('reasonLabel')}
          intro={tp('notRelevantIntro', { item: state.labelText })}
          field="reason"
          editor={{ value: state.notRelevantDialog.reason, set: state.notRelevantDialog.setReason, save: state.notRelevantDialog.save, cancel: state.notRelevantDialog.cancel, error: state.notRelevantDialog.error }}
          state={state}
          styles={styles}
        />
      )}
      {editingComment && (
        <TextEditor
          label={tp('commentFor', { item: state.labelText })}
          field="comment"
          editor={{ value: state.commentEditor.draft, set: state.commentEditor.setDraft, save: state.commentEditor.save, cancel: state.commentEditor.cancel, error: state.commentEditor.error }}
          state={state}
          styles={styles}
        />
      )}

      {state.waiting.length > 0 && <p className={styles.who}>{tp('pending')}</p>}
      {state.failed.map((entry) => (
        <MessageBar key={entry.intent.id} intent="error" layout="multiline">
          <MessageBarBody>{tp('failed', { reason: storeErrorMessage(entry.error?.code ?? 'unknown', props.language) })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => props.onRetry(entry.intent.id)}>{tp('retry')}</Button>
            <Button onClick={() => props.onDiscard(entry.intent.id)}>{tp('discard')}</Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      {state.actionError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.actionError}</MessageBarBody>
        </MessageBar>
      )}
    </article>
  );
}

interface TextEditorProps {
  label: string;
  intro?: string;
  field: 'reason' | 'comment';
  editor: { value: string; set(value: string): void; save(): void; cancel(): void; error: string | undefined };
  state: ReturnType<typeof useChecklistItem>;
  styles: ReturnType<typeof useStyles>;
}

/** The reason or comment, inline and large (no dialog on the shared screen). */
function TextEditor({ label, intro, field, editor, state, styles }: TextEditorProps): JSX.Element {
  const textarea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textarea.current?.focus(), []);
  return (
    <div className={styles.editor}>
      {intro && <p className={styles.guidance}>{intro}</p>}
      <FreeTextField
        label={label}
        value={editor.value}
        onChange={editor.set}
        field={field}
        language={state.props.language}
        hint={state.t('noPatientData')}
        required={field === 'reason'}
        large
        textareaRef={textarea}
        {...(editor.error ? { error: editor.error } : {})}
      />
      <div className={styles.editorActions}>
        <Button className={styles.control} size="large" appearance="primary" onClick={editor.save}>
          {state.t('save')}
        </Button>
        <Button className={styles.control} size="large" onClick={editor.cancel}>
          {state.t('cancel')}
        </Button>
      </div>
    </div>
  );
}
