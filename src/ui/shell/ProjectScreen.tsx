// One open project: the signed-in person, a ProjectSession for the project, and the project view for the surface
// (channel tab, meeting side panel, meeting stage). Polling follows the surface and pauses while hidden.
import { useEffect, useMemo, useState } from 'react';
import type { Actor, Participant, Person, ProjectEvent } from '../../domain/types';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { translator } from '../../i18n/defineMessages';
import type { Side } from '../../model/types';
import type { ProjectLocation, ProjectSession, SessionSnapshot, SiteRights } from '../../store/ChecklistStore';
import type { Surface } from '../../store/sync/pollInterval';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { MeetingPanelView } from '../meeting';
import type { MeetingClock } from '../meeting';
import { useMeetingClock } from './useMeetingClock';
import { PRIMARY_ACTION_SELECTOR, ProjectView } from '../project';
import { accessStrings } from './access/strings';
import { appStrings } from './appStrings';
import { isSignInFailure, storeErrorOf } from '../base/failures';
import { NoAccessForSite } from './NoAccessForSite';
import { useShell } from '../base/HostReactContext';
import { ParticipantsBar, affiliationOf } from '../participants';
import { PortfolioBehindNote } from './PortfolioBehindNote';
import { ProjectModelNotes, showsNewerThanRecorded } from './ProjectModelNotes';
import { useServices } from '../base/ServicesContext';
import { SignInFailedView } from './SignInFailedView';
import { ErrorView, LoadingView } from '../base/StatusViews';
import { useAsync } from '../base/useAsync';
import { useHostReady } from '../base/useHostReady';
import { useSessionPolling, useSessionSnapshot } from './useProjectSession';
import { feedbackGiver } from './feedbackGiver';
import { WaitingStrip } from '../waiting';
import { phaseOf } from '../../model/lookup';
import type { PhaseKey } from '../../model/types';

export type ViewSurface = 'channelTab' | 'sidePanel' | 'meetingStage';

export function ProjectScreen({ location, projectKey, surface, focusItem }: { location: ProjectLocation; projectKey: string; surface: ViewSurface; focusItem?: string }) {
  const services = useServices();
  const { language } = useShell();
  const t = translator(appStrings, language);
  const me = useAsync(() => services.whoAmI(), 'me');
  if (me.status === 'pending') return <LoadingView label={t('loadingProject')} />;
  if (me.status === 'failed') {
    if (isSignInFailure(me.error)) return <SignInFailedView onRetry={me.reload} />;
    return <ErrorView message={storeErrorMessage(storeErrorOf(me.error).code, language)} onRetry={me.reload} />;
  }
  return <OpenProject location={location} projectKey={projectKey} surface={surface} person={me.value} {...(focusItem ? { focusItem } : {})} />;
}

function OpenProject({ location, projectKey, surface, person, focusItem }: { location: ProjectLocation; projectKey: string; surface: ViewSurface; person: Person; focusItem?: string }) {
  const services = useServices();
  const [session, setSession] = useState<ProjectSession>();
  // The session writes every intent with this actor. Its side comes from the project's participant registry; until
  // the first load brings the registry, from the e-mail domain's suggestion. When the registry says otherwise the
  // session is opened again with the registered side (its queue is durable, nothing pending is lost).
  const [side, setSide] = useState<Side | undefined>(() => affiliationOf(person, [])?.side);
  const actor = useMemo<Actor>(() => (side ? { ...person, side } : { ...person }), [person, side]);
  useEffect(() => {
    const opened = services.openSession(location, projectKey, actor);
    setSession(opened);
    return () => opened.dispose();
  }, [services, location, projectKey, actor]);
  const meeting = useMeetingClock(projectKey, surface !== 'channelTab');
  // Known before any action is offered: a reader never gets a checkbox, nor a tick that cannot be saved.
  const rights = useAsync(() => services.store.rights(location), location.siteId);
  if (!session || rights.status === 'pending') return null;
  // Rights we could not read: offer the actions, and let a refused write turn the view read-only (SessionView).
  // The registry row goes straight to the store (the session has no method for it); the refresh brings it into the
  // snapshot, and after a refusal the colleague's change too (the form keeps what was typed, with the message).
  const saveParticipant = (participant: Participant, replaced?: Participant) =>
    services.store.saveParticipant(location, participant, replaced).then(
      () => session.refresh(),
      (error: unknown) => {
        void session.refresh();
        throw error;
      },
    );
  return (
    <SessionView
      session={session}
      location={location}
      surface={surface}
      person={person}
      loadHistory={(itemKey) => services.store.history(location, projectKey, itemKey)}
      saveParticipant={saveParticipant}
      onRegisteredSide={setSide}
      rights={rights.status === 'done' ? rights.value : undefined}
      {...(focusItem ? { focusItem } : {})}
      meeting={meeting}
    />
  );
}

interface SessionViewProps {
  session: ProjectSession;
  location: ProjectLocation;
  surface: ViewSurface;
  person: Person;
  loadHistory: (itemKey?: string) => Promise<ProjectEvent[]>;
  saveParticipant: (participant: Participant, replaced?: Participant) => Promise<void>;
  /** The side the registry gives the person (once a load has brought the registry). */
  onRegisteredSide: (side: Side | undefined) => void;
  rights: SiteRights | undefined;
  /** The item a link opened: its phase is shown and the item scrolled to and focused, once. */
  focusItem?: string;
  /** The meeting a side panel or stage is in (its summary starts when the meeting did). */
  meeting: MeetingClock | undefined;
}

/** The side I confirm for: the project's participant registry first, else the suggestion from my e-mail domain. */
function actorFor(person: Person, participants: Participant[]): Actor {
  const side = affiliationOf(person, participants)?.side;
  return side ? { ...person, side } : { ...person };
}

/** Codes that say the remembered site location is wrong: forget it, so the retry asks Graph where the lists are. */
const STALE_LOCATION: ReadonlySet<string> = new Set(['listsMissing', 'siteNotFound', 'columnsMissing']);

function SessionView({ session, location, surface, person, loadHistory, saveParticipant, onRegisteredSide, rights, focusItem, meeting }: SessionViewProps) {
  const services = useServices();
  const { language } = useShell();
  const t = translator(appStrings, language);
  const snapshot = useSessionSnapshot(session);
  const errorCode = snapshot.error?.code;
  useEffect(() => {
    if (errorCode && STALE_LOCATION.has(errorCode)) services.forgetLocation(location);
  }, [errorCode, services, location]);
  // The same object while person and registry are (the checklist's items are memoised on it).
  const me = useMemo(() => actorFor(person, snapshot.participants), [person, snapshot.participants]);
  const loaded = snapshot.state !== undefined;
  useEffect(() => {
    if (loaded) onRegisteredSide(me.side);
  }, [loaded, me.side, onRegisteredSide]);
  const writeRefused = useRefusedWrites(session, snapshot);
  const mayWrite = rights?.canWrite !== false && !writeRefused;
  // On a newer model than the unreadable one it records, the checklist is shown but not changed (see intentGuards.ts).
  const readOnly = !mayWrite || showsNewerThanRecorded(snapshot.model);
  // The version the project records, as the store resolved it; the built-in model until then.
  const model = snapshot.model?.model ?? services.model;
  const pollSurface: Surface = surface;
  const [selectedPhase, setSelectedPhase] = useState<PhaseKey | undefined>(() => (focusItem ? phaseOf(model, focusItem) : undefined));
  useFocusItem(focusItem, snapshot.state !== undefined);
  useSessionPolling(session, pollSurface);
  useHostReady(snapshot.status !== 'loading');
  if (snapshot.status === 'loading' && !snapshot.state) return <LoadingView label={t('loadingProject')} />;
  if (snapshot.status === 'error' && !snapshot.state) {
    if (isSignInFailure(snapshot.error)) return <SignInFailedView onRetry={() => void session.refresh()} />;
    if (snapshot.error?.code === 'accessDenied') return <NoAccessForSite site={location} label={location.siteUrl} />;
    return <ErrorView message={storeErrorMessage(snapshot.error?.code ?? 'unknown', language)} onRetry={() => void session.refresh()} />;
  }
  const view = {
    model,
    snapshot,
    me,
    language,
    surface,
    onDispatch: session.dispatch,
    onRetry: session.retry,
    onDiscard: session.discard,
    onUndo: session.undo,
    canUndo: session.canUndo(),
    loadHistory,
    readOnly,
    giveFeedback: feedbackGiver(services, model, snapshot.state?.project, me),
    ...(selectedPhase ? { selectedPhase } : {}),
    onSelectPhase: setSelectedPhase,
  };
  const projectView = (
    <>
      {writeRefused && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{translator(accessStrings, language)('readOnlyDenied')}</MessageBarBody>
        </MessageBar>
      )}
      <PortfolioBehindNote store={services.store} language={language} />
      {surface === 'channelTab' && <WaitingStrip session={session} snapshot={snapshot} model={model} person={person} language={language} readOnly={readOnly} />}
      {surface === 'channelTab' && <ProjectModelNotes snapshot={snapshot} model={model} source={services.modelSource} language={language} canUpgrade={mayWrite} onDispatch={session.dispatch} />}
      {surface === 'channelTab' ? <ProjectView {...view} /> : <MeetingPanelView {...view} {...(meeting ? { meeting } : {})} />}
    </>
  );
  // The shared meeting stage is nobody's own screen, and a reader registers nothing: no first-use prompt there.
  if (surface === 'meetingStage' || readOnly || !snapshot.state) return projectView;
  return (
    <>
      <ParticipantsBar
        person={person}
        projectKey={snapshot.state.project.projectKey}
        participants={snapshot.participants}
        language={language}
        askNow={!snapshot.fromCache}
        compact={surface === 'sidePanel'}
        onSave={saveParticipant}
      />
      {projectView}
    </>
  );
}

/**
 * True once SharePoint has refused one of this person's writes (403): the rights we were told were wrong or have
 * been withdrawn. The refused intents can never be saved, so they are taken off the screen at once.
 */
function useRefusedWrites(session: ProjectSession, snapshot: SessionSnapshot): boolean {
  const [refused, setRefused] = useState(false);
  const refusedIds = snapshot.pending.filter((entry) => entry.state === 'failed' && entry.error?.code === 'accessDenied').map((entry) => entry.intent.id);
  const key = refusedIds.join(',');
  useEffect(() => {
    if (key === '') return;
    setRefused(true);
    for (const id of key.split(',')) session.discard(id);
  }, [key, session]);
  return refused || refusedIds.length > 0;
}

/**
 * Once the item a link opened is on screen: scrolled into view and focused on its primary action (the tick, or the
 * confirm button for my side), so the keyboard is there too.
 */
function useFocusItem(itemKey: string | undefined, loaded: boolean): void {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!itemKey || !loaded || done) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const find = () => {
      const element = document.querySelector<HTMLElement>(`[data-item="${CSS.escape(itemKey)}"]`);
      if (element) {
        element.scrollIntoView({ block: 'center' });
        (element.querySelector<HTMLElement>(PRIMARY_ACTION_SELECTOR) ?? element.querySelector<HTMLElement>('input, button') ?? element).focus();
        setDone(true);
      } else if ((tries += 1) < 20) {
        timer = setTimeout(find, 100); // the phase's checklist may still be on its way (a model read)
      }
    };
    find();
    return () => clearTimeout(timer);
  }, [itemKey, loaded, done]);
}
