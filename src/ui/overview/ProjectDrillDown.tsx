// One project seen from the portfolio: phase and since when, progress per phase, what is missing, overrides and any
// unreadable values. `children` is where the app puts the project's own read-only checklist, when it can read it.
import type { JSX, ReactNode } from 'react';
import { Button, Dialog, MessageBar, MessageBarBody, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, ProgressBar, Field, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Language } from '../../model/types';
import type { PortfolioViewRow } from '../../export/portfolioView';
import { portfolioColumnStrings } from '../../export/strings';
import { translator } from '../../i18n/defineMessages';
import { formatDate, formatPercent } from '../base/formatDate';
import { overviewStrings } from './strings';
import { rowProblemAdvice, rowProblemText } from './rowProblems';

export interface ProjectDrillDownProps {
  row: PortfolioViewRow;
  language: Language;
  onClose(): void;
  children?: ReactNode;
}

const useStyles = makeStyles({
  surface: { maxWidth: 'min(960px, 96vw)', width: '100%' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ProjectDrillDown(props: ProjectDrillDownProps): JSX.Element {
  const styles = useStyles();
  const t = translator(overviewStrings, props.language);
  const c = translator(portfolioColumnStrings, props.language);
  const { row } = props;
  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => (data.open ? undefined : props.onClose())}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('drillHeading', { title: row.title })}</DialogTitle>
          {/* Focusable, so a keyboard user can scroll a long checklist (WCAG 2.1.1). */}
          <DialogContent tabIndex={0} role="region" aria-label={t('drillHeading', { title: row.title })}>
            <section className={styles.section}>
              <p>{t('drillPhase', { phase: row.phaseLabel, since: row.phaseEnteredAt ? formatDate(row.phaseEnteredAt, props.language) : t('none') })}</p>
              <p>{`${c('missingCount')}: ${row.missingInPassedPhases}. ${c('openInCurrentPhase')}: ${row.openInCurrentPhase ?? t('none')}.`}</p>
              <p>{`${c('openDualConfirmations')}: ${row.openDualConfirmations}.`}</p>
              {row.readAgainstVersion && row.modelVersion && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{t('modelMissingNote', { version: row.modelVersion, shown: row.readAgainstVersion })}</MessageBarBody>
                </MessageBar>
              )}
              {row.knownStale && (
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>{t('staleNote')}</MessageBarBody>
                </MessageBar>
              )}
            </section>
            <section className={styles.section} aria-labelledby="drill-progress">
              <h3 id="drill-progress" className={styles.heading}>{t('drillProgress')}</h3>
              {row.progress.map((p) => (
                <Field key={p.phaseKey} label={`${p.label}: ${formatPercent(p.percent, props.language)}`} validationState="none">
                  <ProgressBar value={p.percent / 100} thickness="large" aria-label={`${p.label}: ${formatPercent(p.percent, props.language)}`} />
                </Field>
              ))}
            </section>
            {row.missingRequirementLabels.length > 0 && (
              <section className={styles.section} aria-labelledby="drill-missing">
                <h3 id="drill-missing" className={styles.heading}>{t('drillMissing')}</h3>
                <ul className={styles.list}>{row.missingRequirementLabels.map((label) => <li key={label}>{label}</li>)}</ul>
              </section>
            )}
            {row.gateOverrides.length > 0 && (
              <section className={styles.section} aria-labelledby="drill-overrides">
                <h3 id="drill-overrides" className={styles.heading}>{t('drillOverrides')}</h3>
                <ul className={styles.list}>{row.gateOverrides.map((o, i) => <li key={i}>{o.phaseLabel ? `${o.phaseLabel}: ${o.reason}` : o.reason}</li>)}</ul>
              </section>
            )}
            {row.row.anomalies.length > 0 && (
              <section className={styles.section} aria-labelledby="drill-anomalies">
                <h3 id="drill-anomalies" className={styles.heading}>{t('drillAnomalies')}</h3>
                <ul className={styles.list}>{row.row.anomalies.map((a, i) => <li key={i}>{rowProblemText(a, row.row, props.language)}</li>)}</ul>
                <p>{rowProblemAdvice(props.language)}</p>
              </section>
            )}
            {props.children}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onClose}>{t('close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
