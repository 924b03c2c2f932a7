// One requirement on the stage, large: its text and guidance, both sides' confirmations, who changed it, and large
// controls for done / confirm for my side / not relevant (with a reason) / comment. The controls (or, while a reason
// or comment is written, its Lagre and Avbryt) and the walk's navigation sit in a bar that sticks to the bottom of the
// screen, so on a low stage (800 px) they are in view without scrolling, whatever the length of the text above.
import { useEffect, useRef } from 'react';
import type { JSX, ReactNode, Ref } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { CheckmarkRegular, CommentRegular, PersonFeedbackRegular, PersonRegular, SubtractCircleRegular } from '@fluentui/react-icons';
import type { Language } from '../../model/types';
import { feedbackStrings } from '../feedback';
import { translator } from '../../i18n/defineMessages';
import { formatDateTime } from '../base/formatDate';
import { FreeTextField } from '../base/FreeTextField';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { useFocusKept } from '../base/useFocusKept';
import { CommentThread, useChecklistItem } from '../project';
import type { ChecklistItemProps } from '../project';
import { guidanceOf } from './walkThrough';
import { meetingStrings } from './strings';

export type WalkThroughRequirementProps = Omit<ChecklistItemProps, 'touch' | 'anomalies' | 'onOpenHistory'> & {
  headingRef: Ref<HTMLHeadingElement>;
  /** The walk's Forrige and Neste, shown in the action bar (not while a text is being written: it would be lost). */
  navigation?: ReactNode;
};

const forcedColors = '@media (forced-colors: active)';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingHorizontalXL} ${tokens.spacingHorizontalXL} 0`,
    borderRadius: tokens.borderRadiusXLarge,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
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
  who: { ...typographyStyles.subtitle2, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0, minHeight: '1.5em' },
  // The article's own background, so what scrolls under the bar does not show through it.
  bar: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
    backgroundColor: 'inherit',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [forcedColors]: { backgroundColor: 'Canvas', borderTopColor: 'CanvasText' },
  },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  control: { minHeight: '56px', ...typographyStyles.subtitle1 },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '70ch' },
});

export function WalkThroughRequirement(props: WalkThroughRequirementProps): JSX.Element {
  const { headingRef, navigation, ...itemProps } = props;
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
  // When the reason or comment closes (Lagre, Avbryt), the focus goes back to the button that opened it.
  const opener = { reason: useRef<HTMLButtonElement>(null), comment: useRef<HTMLButtonElement>(null) };
  const openedBy = useRef<keyof typeof opener>(undefined);
  const focusKept = useFocusKept<HTMLElement>(() => (openedBy.current ? opener[openedBy.current].current : null));
  const open = (editor: keyof typeof opener, start: () => void) => () => {
    openedBy.current = editor;
    start();
  };
  const editor: TextEditor | undefined = editingReason
    ? { label: tp('reasonLabel'), intro: tp('notRelevantIntro', { item: state.labelText }), field: 'reason', value: state.notRelevantDialog.reason, set: state.notRelevantDialog.setReason, save: state.notRelevantDialog.save, cancel: state.notRelevantDialog.cancel, error: state.notRelevantDialog.error }
    : editingComment
      ? { label: tp('commentFor', { item: state.labelText }), field: 'comment', value: state.commentEditor.draft, set: state.commentEditor.setDraft, save: state.commentEditor.save, cancel: state.commentEditor.cancel, error: state.commentEditor.error }
      : undefined;

  return (
    <article ref={focusKept.ref} onFocus={focusKept.onFocus} className={mergeClasses(styles.root, props.changedByOthers && styles.changed)} aria-labelledby={state.labelId}>
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
      <CommentThread comments={state.comments} itemLabel={state.labelText} language={props.language} large />
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

      {editor && <TextEditorField editor={editor} language={props.language} hint={tp('noPatientData')} styles={styles} />}
      {state.needsSideHint && <p className={styles.side}>{tp('needSide')}</p>}

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

      <div className={styles.bar}>
        {/* Keyed apart: React must not turn Avbryt into another button under the focus. */}
        {editor ? (
          <div key="editor" className={styles.controls}>
            <Button className={styles.control} size="large" appearance="primary" onClick={editor.save}>
              {tp('save')}
            </Button>
            <Button className={styles.control} size="large" onClick={editor.cancel}>
              {tp('cancel')}
            </Button>
          </div>
        ) : (
          (!props.readOnly || props.onGiveFeedback) && (
            <div key="controls" className={styles.controls}>
              {!props.readOnly && !def.requiresBothSides && !state.isNotRelevant && (
                <Button className={styles.control} size="large" appearance={state.isDone ? 'secondary' : 'primary'} icon={<CheckmarkRegular />} onClick={() => state.setDone(!state.isDone)}>
                  {state.isDone ? t('markOpen') : t('markDone')}
                </Button>
              )}
              {!props.readOnly && mySide?.action && (
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
              {props.readOnly ? null : state.isNotRelevant ? (
                <Button ref={opener.reason} className={styles.control} size="large" icon={<SubtractCircleRegular />} onClick={() => state.setDone(false)}>
                  {tp('markRelevant')}
                </Button>
              ) : (
                <Button ref={opener.reason} className={styles.control} size="large" icon={<SubtractCircleRegular />} onClick={open('reason', state.notRelevantDialog.show)}>
                  {t('notRelevantAction')}
                </Button>
              )}
              {!props.readOnly && (
                <Button ref={opener.comment} className={styles.control} size="large" icon={<CommentRegular />} onClick={open('comment', state.commentEditor.start)}>
                  {t('commentAction')}
                </Button>
              )}
              {props.onGiveFeedback && (
                <Button className={styles.control} size="large" appearance="subtle" icon={<PersonFeedbackRegular />} onClick={() => props.onGiveFeedback?.({ kind: 'requirement', key: def.key })}>
                  {translator(feedbackStrings, props.language)('feedbackButton')}
                </Button>
              )}
            </div>
          )
        )}
        {!editor && navigation}
      </div>
    </article>
  );
}

/** A reason or a comment being written: what the field says, and what Lagre and Avbryt do. */
interface TextEditor {
  label: string;
  intro?: string;
  field: 'reason' | 'comment';
  value: string;
  set(value: string): void;
  save(): void;
  cancel(): void;
  error: string | undefined;
}

/** The reason or comment, inline and large (no dialog on the shared screen); its Lagre and Avbryt are in the bar. */
function TextEditorField({ editor, language, hint, styles }: { editor: TextEditor; language: Language; hint: string; styles: ReturnType<typeof useStyles> }): JSX.Element {
  const textarea = useRef<HTMLTextAreaElement>(null);
  // In the middle of the screen: the browser scrolls only what is off screen, and the bar may cover the field's place.
  useEffect(() => {
    textarea.current?.focus({ preventScroll: true });
    void textarea.current?.scrollIntoView?.({ block: 'center' });
  }, []);
  return (
    <div className={styles.editor}>
      {editor.intro && <p className={styles.guidance}>{editor.intro}</p>}
      <FreeTextField
        label={editor.label}
        value={editor.value}
        onChange={editor.set}
        field={editor.field}
        language={language}
        hint={hint}
        required={editor.field === 'reason'}
        large
        textareaRef={textarea}
        {...(editor.error ? { error: editor.error } : {})}
      />
    </div>
  );
}
