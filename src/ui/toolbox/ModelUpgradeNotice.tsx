// Tells the project lead that a newer published model exists and what moving to it changes (requirements added,
// retired, reworded; toolbox changes), with the one action that moves the project. Nothing changes until then. Where
// the new version adds to phases the project has left, the move asks first and names what those phases will lack.
import { useState } from 'react';
import type { JSX } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { findItem, findPhase } from '../../model/lookup';
import type { ProjectState } from '../../domain/types';
import { upgradeEffectsOnLeftPhases } from '../../domain/upgradeEffects';
import type { LeftPhaseEffect } from '../../domain/upgradeEffects';
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
  /** The project's state: what the move would leave unmet in the phases it has left is asked about first. */
  state?: ProjectState;
  /** Dispatches `{ kind: 'updateProject', changes: { modelVersion: newest.version } }`. */
  onUpgrade(version: string): void;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  heading: { ...typographyStyles.body1Strong, margin: `${tokens.spacingVerticalS} 0 0` },
  text: { ...typographyStyles.body1, margin: 0 },
  action: { marginTop: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  confirm: { marginTop: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}` },
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
  const [confirming, setConfirming] = useState(false);
  const leftPhases = props.state ? upgradeEffectsOnLeftPhases(props.current, props.newest, props.state) : [];
  const upgrade = () => props.onUpgrade(props.newest.version);
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
        {props.canUpgrade && confirming ? (
          <section className={styles.confirm} aria-labelledby="upgrade-confirm-heading">
            <p className={styles.heading} id="upgrade-confirm-heading">{t('upgradeConfirmTitle')}</p>
            <p className={styles.text}>{t('upgradeConfirmIntro', { version: props.newest.version })}</p>
            <LeftPhaseList effects={leftPhases} current={props.current} newest={props.newest} language={props.language} />
            <div className={styles.actions}>
              <Button appearance="primary" onClick={upgrade}>{t('upgradeConfirmAction', { version: props.newest.version })}</Button>
              <Button onClick={() => setConfirming(false)}>{t('upgradeCancel')}</Button>
            </div>
          </section>
        ) : props.canUpgrade ? (
          <Button className={styles.action} appearance="primary" onClick={() => (leftPhases.length > 0 ? setConfirming(true) : upgrade())}>
            {t('upgradeAction', { version: props.newest.version })}
          </Button>
        ) : (
          <p className={styles.text}>{t('upgradeOnlyLead')}</p>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Per phase the project has left: its figure now and after the move, and what it would lack. */
function LeftPhaseList({ effects, current, newest, language }: { effects: LeftPhaseEffect[]; current: PhaseModel; newest: PhaseModel; language: Language }): JSX.Element {
  const styles = useStyles();
  const t = translator(toolboxStrings, language);
  const label = (key: string): string => findItem(newest, key)?.label[language] ?? findItem(current, key)?.label[language] ?? key;
  return (
    <ul className={styles.list}>
      {effects.map((effect) => (
        <li key={effect.phaseKey}>
          {t('upgradeLeftPhase', {
            phase: findPhase(newest, effect.phaseKey)?.label[language] ?? effect.phaseKey,
            before: `${effect.before.met}/${effect.before.total}`,
            after: `${effect.after.met}/${effect.after.total}`,
          })}
          <ul className={styles.list}>
            {effect.added.map((key) => <li key={key}>{t('upgradeLeftAdded', { requirement: label(key) })}</li>)}
            {effect.reopened.map((key) => <li key={key}>{t('upgradeLeftReopened', { requirement: label(key) })}</li>)}
          </ul>
        </li>
      ))}
    </ul>
  );
}
