// The meeting summary, shown formatted (headings and lists, not Markdown's marks): from the meeting's start (said
// with where it comes from, and changeable), read from the Events list when opened and on "Oppdater"; copied as
// Markdown or plain text, or downloaded as a Markdown file.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JSX } from 'react';
import { Button, Field, Input, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowSyncRegular, ClockRegular, CopyRegular, DismissRegular, DocumentCopyRegular } from '@fluentui/react-icons';
import type { Language, PhaseModel } from '../../model/types';
import type { ProjectEvent } from '../../domain/types';
import { translator } from '../../i18n/defineMessages';
import { downloadBlob } from '../../export/download';
import { formatDateTime } from '../base/formatDate';
import { meetingSummary, meetingSummaryFileName, meetingSummaryMarkdown, meetingSummaryText } from './meetingSummary';
import type { MeetingSummaryInput } from './meetingSummary';
import { timeOfDay, todayAt } from './meetingStart';
import type { MeetingStart, MeetingStartSource } from './meetingStart';
import type { MeetingStartControl } from './useMeetingStart';
import { meetingStrings } from './strings';
import type { MeetingMessageKey } from './strings';

export interface MeetingSummaryProps {
  model: PhaseModel;
  projectTitle: string;
  language: Language;
  /** When the meeting started, and the person's choice of it. */
  start: MeetingStartControl;
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
  start: { ...typographyStyles.caption1, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  startForm: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  document: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
    maxHeight: '50vh',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  intro: { ...typographyStyles.caption1, margin: 0 },
  sectionHeading: { ...typographyStyles.body1Strong, margin: 0, marginTop: tokens.spacingVerticalS },
  list: { ...typographyStyles.body1, margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  line: { whiteSpace: 'pre-wrap' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  target: { minHeight: '44px' },
  status: { ...typographyStyles.caption1, minHeight: '1em' },
});

type Loaded = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; input: MeetingSummaryInput; start: MeetingStart };

const START_TEXT: Record<MeetingStartSource, MeetingMessageKey> = { teams: 'startTeams', firstActivity: 'startFirstActivity', chosen: 'startChosen' };

export function MeetingSummary(props: MeetingSummaryProps): JSX.Element {
  const styles = useStyles();
  const t = translator(meetingStrings, props.language);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [notice, setNotice] = useState('');
  const [editingStart, setEditingStart] = useState<{ value: string; error?: string }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const { model, projectTitle, language, loadHistory, start } = props;

  const show = useCallback((startAt: Promise<MeetingStart>) => {
    setLoaded({ status: 'loading' });
    Promise.all([startAt, loadHistory()]).then(
      ([meetingStart, events]) => setLoaded({ status: 'ready', start: meetingStart, input: { model, projectTitle, events, since: meetingStart.at, language } }),
      () => setLoaded({ status: 'failed' }),
    );
  }, [loadHistory, model, projectTitle, language]);
  const load = useCallback(() => show(start.current()), [show, start]);

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
  const download = (markdown: string) => downloadBlob(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }), meetingSummaryFileName(new Date()));
  const chooseStart = (time: string | undefined) => {
    if (time !== undefined && !todayAt(time, new Date())) return setEditingStart({ value: time, error: t('startTimeInvalid') });
    setEditingStart(undefined);
    show(start.choose(time));
  };

  const document = loaded.status === 'ready' ? meetingSummary(loaded.input) : undefined;
  return (
    <section className={styles.root} aria-labelledby="meeting-summary-heading">
      <h2 id="meeting-summary-heading" ref={heading} tabIndex={-1} className={styles.heading}>
        {t('summary')}
      </h2>
      {loaded.status === 'loading' && <p role="status">{t('summaryLoading')}</p>}
      {loaded.status === 'failed' && <p role="alert">{t('summaryFailed')}</p>}
      {loaded.status === 'ready' && (
        <p className={styles.start}>
          <ClockRegular aria-hidden="true" />
          <span>{t(START_TEXT[loaded.start.source], { time: formatDateTime(loaded.start.at, language) })}</span>
          {!editingStart && (
            <Button size="small" appearance="subtle" onClick={() => setEditingStart({ value: timeOfDay(loaded.start.at) })}>
              {t('changeStart')}
            </Button>
          )}
        </p>
      )}
      {loaded.status === 'ready' && editingStart && (
        <form className={styles.startForm} onSubmit={(event) => { event.preventDefault(); chooseStart(editingStart.value); }}>
          <Field label={t('startTimeLabel')} {...(editingStart.error ? { validationMessage: editingStart.error } : {})}>
            <Input type="time" value={editingStart.value} onChange={(_event, data) => setEditingStart({ value: data.value })} />
          </Field>
          <Button className={styles.target} appearance="primary" type="submit">
            {t('useStart')}
          </Button>
          {loaded.start.source === 'chosen' && (
            <Button className={styles.target} onClick={() => chooseStart(undefined)}>
              {t('automaticStart')}
            </Button>
          )}
          <Button className={styles.target} onClick={() => setEditingStart(undefined)}>
            {t('cancelStart')}
          </Button>
        </form>
      )}
      {document && (
        <article className={styles.document} tabIndex={0} aria-label={t('summaryTextLabel')} data-testid="meeting-summary">
          <h3 className={styles.title}>{document.title}</h3>
          <p className={styles.intro}>{document.intro}</p>
          {document.nothingChanged && <p className={styles.intro}>{document.nothingChanged}</p>}
          {document.sections.map((section) => (
            <section key={section.key} aria-label={section.heading}>
              <h4 className={styles.sectionHeading}>{section.heading}</h4>
              <ul className={styles.list}>
                {section.lines.map((line, index) => (
                  <li key={index} className={styles.line}>
                    {line}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </article>
      )}
      <div className={styles.actions}>
        {loaded.status === 'ready' && (
          <>
            <Button className={styles.target} appearance="primary" icon={<CopyRegular />} onClick={() => void copy(meetingSummaryMarkdown(loaded.input))}>
              {t('summaryCopy')}
            </Button>
            <Button className={styles.target} icon={<DocumentCopyRegular />} onClick={() => void copy(meetingSummaryText(loaded.input))}>
              {t('summaryCopyText')}
            </Button>
            <Button className={styles.target} icon={<ArrowDownloadRegular />} onClick={() => download(meetingSummaryMarkdown(loaded.input))}>
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
