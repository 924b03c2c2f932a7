// The meeting summary: a thin shell around formatMeetingSummary. Reads the Events list when opened (and on
// "Oppdater"), shows the text, copies it to the clipboard or downloads it as a Markdown file.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JSX } from 'react';
import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowSyncRegular, CopyRegular, DismissRegular } from '@fluentui/react-icons';
import type { Language, PhaseModel } from '../../model/types';
import type { ProjectEvent } from '../../domain/types';
import { translator } from '../../i18n/defineMessages';
import { downloadBlob } from '../../export/download';
import { formatMeetingSummary, meetingSummaryFileName } from './meetingSummary';
import { meetingStrings } from './strings';

export interface MeetingSummaryProps {
  model: PhaseModel;
  projectTitle: string;
  /** When this meeting surface opened (ISO 8601). */
  since: string;
  language: Language;
  loadHistory(): Promise<ProjectEvent[]>;
  onClose(): void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  text: {
    ...typographyStyles.body1,
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyBase,
    maxHeight: '50vh',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  target: { minHeight: '44px' },
  status: { ...typographyStyles.caption1, minHeight: '1em' },
});

type Loaded = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; text: string };

export function MeetingSummary(props: MeetingSummaryProps): JSX.Element {
  const styles = useStyles();
  const t = translator(meetingStrings, props.language);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const { model, projectTitle, since, language, loadHistory } = props;

  const load = useCallback(() => {
    setLoaded({ status: 'loading' });
    loadHistory().then(
      (events) => setLoaded({ status: 'ready', text: formatMeetingSummary({ model, projectTitle, events, since, language }) }),
      () => setLoaded({ status: 'failed' }),
    );
  }, [loadHistory, model, projectTitle, since, language]);

  useEffect(() => {
    load();
    heading.current?.focus();
    // Loaded once on open; "Oppdater" reads again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const copy = (text: string) =>
    navigator.clipboard.writeText(text).then(
      () => setNotice(t('summaryCopied')),
      () => setNotice(t('summaryCopyFailed')),
    );
  const download = (text: string) => downloadBlob(new Blob([text], { type: 'text/markdown;charset=utf-8' }), meetingSummaryFileName(new Date()));

  return (
    <section className={styles.root} aria-labelledby="meeting-summary-heading">
      <h2 id="meeting-summary-heading" ref={heading} tabIndex={-1} className={styles.heading}>
        {t('summary')}
      </h2>
      {loaded.status === 'loading' && <p role="status">{t('summaryLoading')}</p>}
      {loaded.status === 'failed' && <p role="alert">{t('summaryFailed')}</p>}
      {loaded.status === 'ready' && (
        <pre className={styles.text} tabIndex={0} aria-label={t('summaryTextLabel')} data-testid="meeting-summary-text">
          {loaded.text}
        </pre>
      )}
      <div className={styles.actions}>
        {loaded.status === 'ready' && (
          <>
            <Button className={styles.target} appearance="primary" icon={<CopyRegular />} onClick={() => void copy(loaded.text)}>
              {t('summaryCopy')}
            </Button>
            <Button className={styles.target} icon={<ArrowDownloadRegular />} onClick={() => download(loaded.text)}>
              {t('summaryDownload')}
            </Button>
          </>
        )}
        <Button className={styles.target} icon={<ArrowSyncRegular />} onClick={load}>
          {t('summaryRefresh')}
        </Button>
        <Button className={styles.target} appearance="subtle" icon={<DismissRegular />} onClick={props.onClose}>
          {t('summaryClose')}
        </Button>
      </div>
      <p className={styles.status} aria-live="polite">
        {notice}
      </p>
    </section>
  );
}
