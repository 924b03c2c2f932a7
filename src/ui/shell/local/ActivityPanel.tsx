// Local mode's stand-in for Teams' activity feed: the dev user's notices as the emulator received them
// (GET /_emulator/activity, through the local server's proxy), in the user's language, each opening its item. So a
// newcomer sees "Venter på deg" arrive in the other window and opens the item from it. Never in a production build.
import { useEffect, useId, useState } from 'react';
import { Body1, Button, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { followableLink } from '../../../domain/projectLinks';
import { translator } from '../../../i18n/defineMessages';
import type { Language } from '../../../model/types';
import { formatDateTime } from '../../base/formatDate';
import { useShell } from '../../base/HostReactContext';
import { localRunHosts, testPollIntervalMs } from '../../base/runtimeConfig';
import { appStrings } from '../appStrings';
import type { DevUser } from './devDirectory';

/** One notice as the emulator's admin read gives it (emulator/src/persistence/GraphStore.ts, ActivityRecord). */
interface Notice {
  id: string;
  senderName: string;
  topic: { value: string; webUrl?: string };
  text: Record<string, string>;
  createdDateTime: string;
}

const LANGUAGE_TAGS: Record<Language, string> = { nb: 'nb-no', nn: 'nn-no', en: 'en-us' };
const FEED_POLL_MS = 3_000;

const useStyles = makeStyles({
  panel: {
    flexBasis: '100%',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: '40vh',
    overflowY: 'auto',
  },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  entry: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
});

/** The dev user's feed, read again every few seconds while the window is open. */
function useFeed(userId: string): Notice[] {
  const [feed, setFeed] = useState<Notice[]>([]);
  useEffect(() => {
    let stopped = false;
    const read = async () => {
      try {
        const response = await fetch(`${window.location.origin}/_emulator/activity?user=${encodeURIComponent(userId)}`);
        if (response.ok && !stopped) setFeed(((await response.json()) as { value: Notice[] }).value);
      } catch {
        // The emulator restarting: the next read catches up.
      }
    };
    void read();
    const timer = setInterval(() => void read(), testPollIntervalMs() ?? FEED_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [userId]);
  return feed;
}

/** The button beside the dev-user bar, and the feed it opens. */
export function ActivityPanel({ user }: { user: DevUser }) {
  const { language } = useShell();
  const t = translator(appStrings, language);
  const styles = useStyles();
  const feed = useFeed(user.id);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  return (
    <>
      <Button icon={<AlertRegular />} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((was) => !was)}>
        {t('activityButton', { count: feed.length })}
      </Button>
      {open && (
        <section id={panelId} className={styles.panel} aria-labelledby={titleId}>
          <Body1 as="h2" id={titleId}>
            <strong>{t('activityTitle', { name: user.displayName })}</strong>
          </Body1>
          <Caption1>{t('activityHint')}</Caption1>
          {feed.length === 0 ? (
            <Body1>{t('activityEmpty')}</Body1>
          ) : (
            <ul className={styles.list}>
              {feed.map((notice) => (
                <NoticeEntry key={notice.id} notice={notice} language={language} />
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}

function NoticeEntry({ notice, language }: { notice: Notice; language: Language }) {
  const t = translator(appStrings, language);
  const styles = useStyles();
  const text = notice.text[LANGUAGE_TAGS[language]] ?? Object.values(notice.text)[0] ?? '';
  // A notice's link names the port of the run that sent it: followed on this run's origin.
  const link = followableLink(notice.topic.webUrl, window.location.origin, localRunHosts);
  return (
    <li className={styles.entry}>
      <Body1>{text}</Body1>
      <Caption1>
        {notice.topic.value} · {formatDateTime(notice.createdDateTime, language)}
      </Caption1>
      {link && (
        <Link href={link} aria-label={`${t('activityOpen')}: ${text}`}>
          {t('activityOpen')}
        </Link>
      )}
    </li>
  );
}
