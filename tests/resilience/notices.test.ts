// Issue 22: sending "Venter på deg" never blocks, loses or delays the tick. Each failure of the notice (no consent,
// the app refused for the recipient (403), throttled (429), no network, a lost answer) is injected against the real
// session, notifier and emulator: the tick is saved and logged exactly once every time, and the notice is either
// retried under the outbox's rules (429, no network: sent once in the end) or given up with a note (403).
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import { perFile } from '../../testkit/emulatorHooks';
import { MANDATE, emulatorWithProjectSite } from '../../testkit/storeFixture';
import { settled } from '../../testkit/sessionWaits';
import { eventually, inSession, projectWithParticipants } from '../../testkit/notices';
import type { NoticeSession } from '../../testkit/notices';
import { rawRows } from '../../testkit/resilience';
import { manualOnlineSignal } from '../../src/store/sync';

let emulator: TestEmulator;
let location: ProjectLocation;
perFile(() => emulatorWithProjectSite(), (world) => ({ emulator, location } = world));

const notices = () => emulator.admin.activity('ingrid');

/** The tick is in SharePoint exactly once: one confirm row in Events, the item confirmed for kommune. */
async function savedOnce(projectKey: string): Promise<void> {
  const events = (await rawRows(emulator, 'kari', location, 'events', projectKey)).filter((row) => row.fields.Kind === 'confirm');
  expect(events).toHaveLength(1);
  const rows = (await rawRows(emulator, 'kari', location, 'checklist', projectKey)).filter((row) => row.fields.ItemKey === MANDATE);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.fields.KommuneConfirmedById).toBe(emulator.users['kari']!.objectId);
}

/** Kari, in a new project where Ingrid is registered for sykehus, confirms MANDATE for kommune; `then` runs once the tick is saved. */
async function kariConfirms(then: (kari: NoticeSession, projectKey: string) => Promise<void>): Promise<void> {
  await emulator.admin.clearActivity();
  const project = await projectWithParticipants(emulator, location, ['kari', 'ingrid']);
  await inSession(emulator, location, 'kari', project.projectKey, async (kari) => {
    kari.session.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'kommune' });
    await settled(kari.session);
    await then(kari, project.projectKey);
  });
}

describe('a notice that cannot go costs the tick nothing', () => {
  it('403 (the app is not installed for the recipient): the tick is saved once, the notice is given up with a note', async () => {
    await emulator.admin.setFaults({ failNext: [{ status: 403, count: 5, pathPattern: '/sendActivityNotification', applyTo: 'inner' }] });
    await kariConfirms(async (kari, projectKey) => {
      await eventually(() => expect(kari.notifier.snapshot().givenUp.map((n) => [n.recipient.name, n.failure])).toEqual([['Ingrid Hansen', 'notInstalled']]));
      await savedOnce(projectKey);
      expect(await notices()).toEqual([]);
      expect(kari.session.snapshot().pending).toEqual([]);
    });
  });

  it('no consent to TeamsActivity.Send: given up with a note that says so; the tick is saved once', async () => {
    await emulator.admin.setSettings({ teamsActivitySendConsented: false });
    await kariConfirms(async (kari, projectKey) => {
      await eventually(() => expect(kari.notifier.snapshot().givenUp.map((n) => n.failure)).toEqual(['noConsent']));
      await savedOnce(projectKey);
      expect(await notices()).toEqual([]);
    });
  });

  it('429 past the client’s own retries: the notice goes again under the outbox’s backoff and arrives once; the tick is saved once', async () => {
    // More 429s than the Graph client retries inside one $batch (5 attempts): the notifier's own backoff takes over.
    await emulator.admin.setFaults({ failNext: [{ status: 429, count: 7, pathPattern: '/sendActivityNotification', applyTo: 'inner', retryAfterSeconds: 0 }] });
    await kariConfirms(async (kari, projectKey) => {
      await eventually(async () => expect(await notices()).toHaveLength(1));
      await savedOnce(projectKey);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await notices()).toHaveLength(1);
      expect(kari.notifier.snapshot().givenUp).toEqual([]);
      expect(kari.notifier.snapshot().retrying).toBe(0);
    });
  });

  it('offline: the tick waits in the queue, is saved once when the network returns, and the notice goes after it', async () => {
    await emulator.admin.clearActivity();
    const project = await projectWithParticipants(emulator, location, ['kari', 'ingrid']);
    await inSession(emulator, location, 'kari', project.projectKey, async (kari) => {
      kari.online.set(false);
      kari.session.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'kommune' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(kari.session.snapshot().pending).toHaveLength(1);
      expect(await notices()).toEqual([]);
      kari.online.set(true);
      await settled(kari.session);
      await eventually(async () => expect(await notices()).toHaveLength(1));
      await savedOnce(project.projectKey);
    });
  });

  it('the network drops the notice’s $batch before it arrives: sent once on the next try; dropped after it ran: not sent twice', async () => {
    for (const drop of ['dropBefore', 'dropAfter'] as const) {
      await emulator.admin.clearActivity();
      const project = await projectWithParticipants(emulator, location, ['kari', 'ingrid']);
      // The notifier's network is held back until the fault is set, so the dropped $batch is the notice's.
      const notifierOnline = manualOnlineSignal(false);
      await inSession(emulator, location, 'kari', project.projectKey, async (kari) => {
        kari.session.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'kommune' });
        await settled(kari.session);
        await emulator.admin.setFaults({ failNext: [{ status: drop, count: 1, pathPattern: '/\\$batch', applyTo: 'top' }] });
        notifierOnline.set(true);
        await eventually(async () => expect(await notices()).toHaveLength(1));
        await eventually(() => expect(kari.notifier.snapshot().retrying).toBe(0));
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await notices(), drop).toHaveLength(1);
        await savedOnce(project.projectKey);
      }, { online: notifierOnline });
      await emulator.admin.clearFaults();
    }
  });
});
