// @vitest-environment jsdom
// Above a project's checklist: how many items wait for my registered side (the one waiting rule), my notice setting
// and the project's waiting limit as intents, and a note in my language for a notice that had to be given up.
import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { WaitingStrip } from '../../../src/ui/waiting';
import type { IntentBody, Participant } from '../../../src/domain/types';
import type { NoticeSnapshot, ProjectSession, SessionSnapshot } from '../../../src/store/ChecklistStore';
import { applyAll, emptyState, ingrid, kari, model } from '../../../testkit/domainFixtures';
import { renderInShell } from '../../../testkit/shell';

const MANDATE = 'forankring.mandat-godkjent';
const CHALLENGE = 'forankring.utfordring-beskrevet';

const registered = (person: typeof kari, side: 'kommune' | 'sykehus'): Participant => ({ projectKey: 'p', person, organisation: 'x', side });

/** A session as the strip uses it: what it dispatches, and its notices (a feed the test moves). */
function fakeSession() {
  const dispatched: IntentBody[] = [];
  let notices: NoticeSnapshot = { givenUp: [], sent: [], retrying: 0 };
  const listeners = new Set<() => void>();
  const session = {
    dispatch: (body: IntentBody) => {
      dispatched.push(body);
      return body;
    },
    notices: {
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      snapshot: () => notices,
      dismiss: () => {
        notices = { ...notices, givenUp: [] };
        for (const listener of listeners) listener();
      },
    },
  } as unknown as ProjectSession;
  const give = (next: NoticeSnapshot) => {
    notices = next;
    for (const listener of listeners) listener();
  };
  return { session, dispatched, give };
}

function snapshotWith(bodies: IntentBody[], participants: Participant[], off: string[] = []): SessionSnapshot {
  const state = applyAll(emptyState(), bodies);
  return { status: 'ready', state: { ...state, project: { ...state.project, notificationsOff: off } }, confirmed: state, participants, pending: [], recentlyChangedByOthers: [], online: true, fromCache: false };
}

describe('WaitingStrip', () => {
  it('counts what waits for my registered side, and dispatches my notice setting and the waiting limit as intents', async () => {
    const { session, dispatched } = fakeSession();
    const snapshot = snapshotWith([{ kind: 'confirm', itemKey: MANDATE, side: 'kommune' }, { kind: 'confirm', itemKey: CHALLENGE, side: 'kommune' }], [registered(kari, 'kommune'), registered(ingrid, 'sykehus')]);
    renderInShell(<WaitingStrip session={session} snapshot={snapshot} model={model} person={ingrid} language="nb" readOnly={false} />);
    expect(screen.getByRole('status').textContent).toBe('2 krav venter på deg');
    expect(screen.getByRole('link', { name: 'Venter på meg i alle prosjekter' }).getAttribute('href')).toBe('#/venter');
    fireEvent.click(await screen.findByRole('switch', { name: /Varsle meg i Teams/ }));
    expect(dispatched).toEqual([{ kind: 'setNotifications', personId: ingrid.id, enabled: false }]);
    const limit = await screen.findByRole('spinbutton', { name: /Frist for den andre partens bekreftelse/ });
    expect((limit as HTMLInputElement).value).toBe('14');
    fireEvent.change(limit, { target: { value: '21' } });
    fireEvent.blur(limit);
    expect(dispatched.at(-1)).toEqual({ kind: 'updateProject', changes: { waitingLimitDays: 21 } });
  });

  it('counts again when the state or the registered people change, not only on the first render', () => {
    const { session } = fakeSession();
    const both = [registered(kari, 'kommune'), registered(ingrid, 'sykehus')];
    const kommuneTicks: IntentBody[] = [{ kind: 'confirm', itemKey: MANDATE, side: 'kommune' }, { kind: 'confirm', itemKey: CHALLENGE, side: 'kommune' }];
    let show: (next: SessionSnapshot) => void = () => undefined;
    function Live() {
      const [snapshot, setSnapshot] = useState(() => snapshotWith(kommuneTicks, both));
      show = setSnapshot;
      return <WaitingStrip session={session} snapshot={snapshot} model={model} person={ingrid} language="nb" readOnly />;
    }
    renderInShell(<Live />);
    expect(screen.getByRole('status').textContent).toBe('2 krav venter på deg');
    act(() => show(snapshotWith([...kommuneTicks, { kind: 'confirm', itemKey: MANDATE, side: 'sykehus' }], both)));
    expect(screen.getByRole('status').textContent).toBe('1 krav venter på deg');
    act(() => show(snapshotWith(kommuneTicks, [registered(kari, 'kommune')])));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('counts nothing for my own side, and says nothing for someone not registered', async () => {
    const { session } = fakeSession();
    const snapshot = snapshotWith([{ kind: 'confirm', itemKey: MANDATE, side: 'kommune' }], [registered(kari, 'kommune'), registered(ingrid, 'sykehus')], [kari.id]);
    const { unmount } = renderInShell(<WaitingStrip session={session} snapshot={snapshot} model={model} person={kari} language="nb" readOnly={false} />);
    expect(screen.getByRole('status').textContent).toBe('Ingenting venter på deg');
    expect(((await screen.findByRole('switch', { name: /Varsle meg i Teams/ })) as HTMLInputElement).checked).toBe(false);
    unmount();
    renderInShell(<WaitingStrip session={session} snapshot={snapshotWith([], [])} model={model} person={kari} language="nb" readOnly={false} />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('notes a notice that had to be given up, in the user’s language, until dismissed', () => {
    const { session, give } = fakeSession();
    const snapshot = snapshotWith([], [registered(kari, 'kommune')]);
    renderInShell(<WaitingStrip session={session} snapshot={snapshot} model={model} person={kari} language="nn" readOnly={false} />);
    act(() => give({ givenUp: [{ recipient: { id: ingrid.id, name: 'Ingrid Hansen' }, failure: 'noConsent', at: '2026-03-01T10:00:00Z' }], sent: [], retrying: 0 }));
    const note = screen.getByText(/Ingrid Hansen fekk ikkje varsel i Teams/);
    expect(note.textContent).toMatch(/TeamsActivity\.Send/);
    expect(note.textContent).toMatch(/Avkryssinga er lagra/);
    fireEvent.click(screen.getByRole('button', { name: 'Skjul' }));
    expect(screen.queryByText(/fekk ikkje varsel/)).toBeNull();
  });
});
