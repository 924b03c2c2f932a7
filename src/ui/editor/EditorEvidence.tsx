// Beside each requirement and toolbox entry in the model editor: how the projects use it (done, open, not relevant with
// the reasons) and what they said about it, from the same read as Innsikt (the coordination site only).
import type { JSX } from 'react';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { FeedbackTarget } from '../../domain/feedback';
import type { Insight } from '../../domain/insight/types';
import type { Language } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { feedbackKindLabel } from '../feedback';
import { editorStrings } from './strings';

const useStyles = makeStyles({
  root: { ...typographyStyles.caption1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  line: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function EditorEvidence({ insight, target, language }: { insight: Insight; target: FeedbackTarget; language: Language }): JSX.Element | null {
  const styles = useStyles();
  const t = translator(editorStrings, language);
  const usage = target.kind === 'requirement' ? insight.requirements.find((r) => r.itemKey === target.key) : undefined;
  const feedback = usage?.feedback ?? insight.toolbox.find((e) => e.entryKey === target.key)?.feedback ?? [];
  if (!usage && feedback.length === 0) return null;
  return (
    <section className={styles.root} aria-label={t('evidenceLabel')} data-evidence={target.key}>
      {usage && <p className={styles.line}>{t('evidenceUsage', { done: usage.done.length, open: usage.open.length, notRelevant: usage.notRelevant.length })}</p>}
      {usage && usage.notRelevant.length > 0 && (
        <ul className={styles.list}>{usage.notRelevant.map((n, i) => <li key={i}>{`${n.project.title}: «${n.reason}»`}</li>)}</ul>
      )}
      <p className={styles.line}>{t('evidenceFeedback', { count: feedback.length })}</p>
      {feedback.length > 0 && (
        <ul className={styles.list}>{feedback.map((f) => <li key={f.id}>{`${feedbackKindLabel(f.kind, language)}: ${f.text} (${f.author.name}${f.answered ? `, ${t('evidenceAnswered', { version: f.answered.version })}` : ''})`}</li>)}</ul>
      )}
    </section>
  );
}
