// Above a project's checklist: how many items wait for the side I am registered for (the same rule as "Venter på
// meg", on the session's state), a link to all my projects' waits, my own notice setting and the project's waiting
// limit (intents, saved like a tick), and a note for each activity notice this session had to give up.
import { lazy, Suspense, useMemo, useSyncExternalStore } from 'react';
import { Body1Strong, Button, Link, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { translator } from '../../i18n/defineMessages';
import type { Language, PhaseModel } from '../../model/types';
import { DEFAULT_WAITING_LIMIT_DAYS, itemsWaitingFor, projectEvidence } from '../../domain/evidence';
import type { Participant, Person } from '../../domain/types';
import type { NoticeFailure, NoticeFeed, NoticeSnapshot, ProjectSession, SessionSnapshot } from '../../store/ChecklistStore';
import { routeHash } from '../base/routes';
import { waitingStrings } from './strings';
import type { WaitingMessageKey } from './strings';

const useStyles = makeStyles({
  strip: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
    maxWidth: '1200px',
    boxSizing: 'border-box',
  },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL} 0`, maxWidth: '1200px', boxSizing: 'border-box' },
});

const REASONS: Record<NoticeFailure, WaitingMessageKey> = {
  noConsent: 'noticeNoConsent',
  notInstalled: 'noticeNotInstalled',
  refused: 'noticeRefused',
  listsOutdated: 'noticeListsOutdated',
};

// The settings (Fluent's Switch and SpinButton) come after the first paint; the count and the link come first.
const WaitingSettings = lazy(() => import('./WaitingSettings').then((module) => ({ default: module.WaitingSettings })));

const NO_NOTICES: NoticeSnapshot = { givenUp: [], sent: [], retrying: 0 };
const noSubscription = () => () => undefined;

export interface WaitingStripProps {
  session: ProjectSession;
  snapshot: SessionSnapshot;
  model: PhaseModel;
  person: Person;
  language: Language;
  readOnly: boolean;
}

/** How many items in the open project wait for my registered side (undefined when I am not registered). */
function waitingForMeIn(model: PhaseModel, snapshot: Pick<SessionSnapshot, 'state' | 'participants'>, person: Person): number | undefined {
  const registered: Participant | undefined = snapshot.participants.find((participant) => participant.person.id === person.id);
  if (!registered || !snapshot.state) return undefined;
  return itemsWaitingFor(model, projectEvidence(snapshot.state, { participants: [], phaseHistory: [] }), registered.side).length;
}

export function WaitingStrip({ session, snapshot, model, person, language, readOnly }: WaitingStripProps) {
  const t = translator(waitingStrings, language);
  const styles = useStyles();
  const notices = useNotices(session.notices);
  // The project's evidence is derived from the whole state; compute it when the state, the model or the people
  // change, not on every render of the page around it.
  const { state, participants } = snapshot;
  const count = useMemo(() => waitingForMeIn(model, { state, participants }, person), [model, state, participants, person]);
  if (count === undefined || !snapshot.state) return <NoticeNotes notices={notices} feed={session.notices} language={language} />;
  const on = !(snapshot.state.project.notificationsOff ?? []).includes(person.id);
  return (
    <>
      <div className={styles.strip}>
        <Body1Strong role="status">{count > 0 ? t('stripCount', { count }) : t('stripNone')}</Body1Strong>
        <Link href={routeHash('venter')}>{t('stripLink')}</Link>
        {!readOnly && (
          <Suspense fallback={null}>
            <WaitingSettings session={session} person={person} noticesOn={on} days={snapshot.state.project.waitingLimitDays ?? DEFAULT_WAITING_LIMIT_DAYS} language={language} />
          </Suspense>
        )}
      </div>
      <NoticeNotes notices={notices} feed={session.notices} language={language} />
    </>
  );
}

function useNotices(feed: NoticeFeed | undefined): NoticeSnapshot {
  return useSyncExternalStore(feed ? (listener) => feed.subscribe(listener) : noSubscription, () => feed?.snapshot() ?? NO_NOTICES);
}

/** The notices given up: whom, and why in the user's words; the tick itself was saved. */
function NoticeNotes({ notices, feed, language }: { notices: NoticeSnapshot; feed: NoticeFeed | undefined; language: Language }) {
  const t = translator(waitingStrings, language);
  const styles = useStyles();
  if (notices.givenUp.length === 0) return null;
  return (
    <div className={styles.notes}>
      {notices.givenUp.map((note) => (
        <MessageBar key={`${note.recipient.id}-${note.at}`} intent="warning" layout="multiline">
          <MessageBarBody>
            {t('noticeGivenUp', { name: note.recipient.name, reason: t(REASONS[note.failure]) })} {t('noticeSaved')}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => feed?.dismiss()}>
              {t('noticeDismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
