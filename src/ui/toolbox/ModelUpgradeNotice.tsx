// Tells the project lead that a newer published model exists and what moving to it changes (requirements added,
// retired, reworded; toolbox changes), with the one action that moves the project. Nothing changes until then.
import type { JSX } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { findItem } from '../../model/lookup';
import { diffModels, isEmptyDiff } from '../../model/modelDiff';
import type { Language, PhaseModel } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import type { FeedbackRef } from '../../domain/feedback';
import { toolboxStrings } from './strings';

export interface ModelUpgradeNoticeProps {
  current: PhaseModel;
  newest: PhaseModel;
  changeNote?: string;
  /** The projects' feedback the new version answers: the changes to those requirements and entries are marked. */
  answersFeedback?: readonly FeedbackRef[];
  language: Language;
  /** Only the project lead (write access) may move the project. */
  canUpgrade: boolean;
  /** Dispatches `{ kind: 'updateProject', changes: { modelVersion: newest.version } }`. */
  onUpgrade(version: string): void;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  heading: { ...typographyStyles.body1Strong, margin: `${tokens.spacingVerticalS} 0 0` },
  text: { ...typographyStyles.body1, margin: 0 },
  action: { marginTop: tokens.spacingVerticalS },
});

export function ModelUpgradeNotice(props: ModelUpgradeNoticeProps): JSX.Element {
  const styles = useStyles();
  const t = translator(toolboxStrings, props.language);
  const diff = diffModels(props.current, props.newest);
  const fromFeedback = new Set((props.answersFeedback ?? []).map((ref) => ref.target.key));
  const label = (model: PhaseModel, key: string): string => `${findItem(model, key)?.label[props.language] ?? key}${fromFeedback.has(key) ? ` ${t('upgradeFromFeedback')}` : ''}`;
  const entriesFromFeedback = [...diff.entriesAdded, ...diff.entriesRetired, ...diff.entriesChanged, ...diff.entriesRemoved].filter((c) => fromFeedback.has(c.key)).length;
  const groups = [
    { title: t('upgradeAdded'), keys: diff.requirementsAdded.map((c) => label(props.newest, c.key)) },
    { title: t('upgradeRetired'), keys: [...diff.requirementsRetired, ...diff.requirementsRemoved].map((c) => label(props.current, c.key)) },
    { title: t('upgradeReworded'), keys: diff.requirementsReworded.map((c) => label(props.newest, c.key)) },
  ].filter((group) => group.keys.length > 0);
  const toolboxChanges = diff.entriesAdded.length + diff.entriesRetired.length + diff.entriesChanged.length + diff.entriesRemoved.length;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('upgradeTitle', { version: props.newest.version })}</MessageBarTitle>
        <p className={styles.text}>{t('upgradeIntro', { current: props.current.version })}</p>
        {props.changeNote && <p className={styles.text}>{t('upgradeNote', { note: props.changeNote })}</p>}
        {isEmptyDiff(diff) && <p className={styles.text}>{t('upgradeNothing')}</p>}
        {groups.map((group) => (
          <div key={group.title}>
            <p className={styles.heading}>{group.title}</p>
            <ul className={styles.list}>{group.keys.map((text, i) => <li key={i}>{text}</li>)}</ul>
          </div>
        ))}
        {toolboxChanges > 0 && <p className={styles.text}>{t('upgradeToolbox', { count: toolboxChanges })}</p>}
        {entriesFromFeedback > 0 && <p className={styles.text}>{t('upgradeToolboxFromFeedback', { count: entriesFromFeedback })}</p>}
        {fromFeedback.size > 0 && <p className={styles.text}>{t('upgradeFeedbackNote', { count: fromFeedback.size })}</p>}
        {props.canUpgrade ? (
          <Button className={styles.action} appearance="primary" onClick={() => props.onUpgrade(props.newest.version)}>
            {t('upgradeAction', { version: props.newest.version })}
          </Button>
        ) : (
          <p className={styles.text}>{t('upgradeOnlyLead')}</p>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
