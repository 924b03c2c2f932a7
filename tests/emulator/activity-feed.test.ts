// Teams activity feed notifications as Microsoft Learn documents them:
// - https://learn.microsoft.com/en-us/graph/api/team-sendactivitynotification (POST /teams/{id}/sendActivityNotification,
//   delegated TeamsActivity.Send, 204 No Content, an entityUrl topic must be the team or a child of it)
// - https://learn.microsoft.com/en-us/graph/api/userteamwork-sendactivitynotification (POST /users/{id}/teamwork/…)
// - https://learn.microsoft.com/en-us/graph/teams-send-activityfeednotifications (activity types declared in the
//   manifest, `systemDefault` reserved, a text topic needs a webUrl on the Teams domain, the app installed for the
//   recipient, no notification to oneself, `actor` is the caller, chainId replaces, localised templates)
// - https://learn.microsoft.com/en-us/graph/teams-activity-feed-notifications-best-practices (over 10 per minute per
//   user are throttled)
// Statuses Learn leaves open are the emulator's (docs/graph-subset.md, "Teams activity feed").
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';

let emu: TestEmulator;
emulatorPerFile((started) => (emu = started));

type ErrorBody = { error: { code: string; message: string } };

const team = (site = 'lungepasienter') => emu.sites[site]!.groupId;
const teamPath = (site = 'lungepasienter') => `/teams/${team(site)}/sendActivityNotification`;
const deepLink = 'https://teams.microsoft.com/l/entity/00000000-0000-4000-8000-000000000001/p1?context=%7B%22subEntityId%22%3A%22forankring.mandat%22%7D';

/** A valid request from Kari to Ingrid about one waiting item (the app's own activity type). */
function waiting(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    topic: { source: 'text', value: 'Lungepasienter', webUrl: deepLink },
    activityType: 'itemsWaiting',
    previewText: { content: 'Mandat fra begge parter' },
    recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: emu.users.ingrid!.objectId },
    templateParameters: [
      { name: 'item', value: 'Mandat fra begge parter' },
      { name: 'count', value: '2' },
      { name: 'project', value: 'Lungepasienter' },
    ],
    ...overrides,
  };
}

describe('POST /teams/{id}/sendActivityNotification', () => {
  it('answers 204 and puts the notification in the recipient’s feed only, with {actor} as the caller and the template in each language', async () => {
    await emu.admin.clearActivity();
    const answer = await emu.graph('kari', 'POST', teamPath(), waiting());
    expect(answer.status).toBe(204);
    expect(answer.body).toBeUndefined();
    const feed = await emu.admin.activity('ingrid');
    expect(feed).toHaveLength(1);
    expect(feed[0]).toMatchObject({ recipientId: 'ingrid', senderId: 'kari', scope: 'team', teamId: team(), activityType: 'itemsWaiting', previewText: 'Mandat fra begge parter' });
    expect(feed[0]!.topic).toEqual({ source: 'text', value: 'Lungepasienter', webUrl: deepLink });
    expect(feed[0]!.text['nb-no']).toBe('Kari Nordmann bekreftet «Mandat fra begge parter». 2 krav i Lungepasienter venter på din side');
    expect(feed[0]!.text['nn-no']).toBe('Kari Nordmann stadfesta «Mandat fra begge parter». 2 krav i Lungepasienter ventar på di side');
    expect(feed[0]!.text['en-us']).toMatch(/^Kari Nordmann confirmed “Mandat fra begge parter”\. 2 requirement/);
    expect(await emu.admin.activity('kari')).toEqual([]);
    expect(await emu.admin.activity('per')).toEqual([]);
  });

  it('is counted in the statistics as a Teams call that costs no SharePoint resource units, also inside $batch', async () => {
    await emu.admin.resetStats();
    const batch = await emu.graph<{ responses: { id: string; status: number }[] }>('kari', 'POST', '/$batch', {
      requests: [{ id: '1', method: 'POST', url: teamPath(), headers: { 'Content-Type': 'application/json' }, body: waiting() }],
    });
    expect(batch.body.responses[0]?.status).toBe(204);
    const stats = await emu.admin.stats();
    expect(stats.byKind['activity']).toBe(1);
    expect(stats.resourceUnits).toBe(0);
  });

  it('accepts an entityUrl topic that is the team or below it, and refuses one of another team', async () => {
    const own = { source: 'entityUrl', value: `https://graph.microsoft.com/v1.0/teams/${team()}` };
    expect((await emu.graph('kari', 'POST', teamPath(), waiting({ topic: own }))).status).toBe(204);
    const child = { source: 'entityUrl', value: `https://graph.microsoft.com/v1.0/teams/${team()}/channels/19:abc@thread.tacv2/tabs/t1` };
    expect((await emu.graph('kari', 'POST', teamPath(), waiting({ topic: child }))).status).toBe(204);
    const other = await emu.graph<ErrorBody>('kari', 'POST', teamPath(), waiting({ topic: { source: 'entityUrl', value: `https://graph.microsoft.com/v1.0/teams/${team('bo-trygt-hjemme')}` } }));
    expect(other.status).toBe(400);
    expect(other.body.error.code).toBe('BadRequest');
  });

  it('validates the request: topic, activityType, previewText, templateParameters and recipient', async () => {
    const refusals: [string, Record<string, unknown>][] = [
      ['no topic', { topic: undefined }],
      ['a topic of an unknown source', { topic: { source: 'url', value: 'x', webUrl: deepLink } }],
      ['a text topic without webUrl', { topic: { source: 'text', value: 'Lungepasienter' } }],
      ['a webUrl outside Teams', { topic: { source: 'text', value: 'Lungepasienter', webUrl: 'https://example.org/x' } }],
      ['a plain-http webUrl', { topic: { source: 'text', value: 'Lungepasienter', webUrl: 'http://teams.microsoft.com/l/x' } }],
      ['no activityType', { activityType: undefined }],
      ['an activity type the manifest does not declare', { activityType: 'somethingElse' }],
      ['a previewText that is not an itemBody', { previewText: 'text' }],
      ['templateParameters that are not pairs', { templateParameters: [{ name: 'item' }] }],
      ['a template parameter missing', { templateParameters: [{ name: 'item', value: 'x' }, { name: 'count', value: '1' }] }],
      ['no recipient', { recipient: undefined }],
      ['a recipient type the emulator does not reproduce', { recipient: { '@odata.type': 'microsoft.graph.teamMembersNotificationRecipient', teamId: team() } }],
      ['a recipient who is no user', { recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: '00000000-0000-4000-8000-00000000dead' } }],
      ['a chainId that is not an integer', { chainId: 'one' }],
    ];
    await emu.admin.clearActivity();
    for (const [what, change] of refusals) {
      const answer = await emu.graph<ErrorBody>('kari', 'POST', teamPath(), JSON.parse(JSON.stringify(waiting(change))) as Record<string, unknown>);
      expect(answer.status, what).toBe(400);
      expect(answer.body.error.code, what).toBe('BadRequest');
    }
    expect(await emu.admin.activity()).toEqual([]);
  });

  it('refuses a notification to oneself (Learn: "a user can\'t send notifications to themselves")', async () => {
    const self = await emu.graph<ErrorBody>('kari', 'POST', teamPath(), waiting({ recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: emu.users.kari!.objectId } }));
    expect(self.status).toBe(400);
    expect(self.body.error.message).toMatch(/themselves/);
  });

  it('finds the recipient by user principal name too', async () => {
    await emu.admin.clearActivity();
    const byUpn = await emu.graph('kari', 'POST', teamPath(), waiting({ recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: emu.users.ingrid!.mail } }));
    expect(byUpn.status).toBe(204);
    expect(await emu.admin.activity('ingrid')).toHaveLength(1);
  });

  it('answers 400 UnknownError for a webUrl past 1,024 characters (observed)', async () => {
    const long = `${deepLink}&pad=${'x'.repeat(1024)}`;
    const answer = await emu.graph<ErrorBody>('kari', 'POST', teamPath(), waiting({ topic: { source: 'text', value: 'Lungepasienter', webUrl: long } }));
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('UnknownError');
  });

  it('answers 403 Forbidden without TeamsActivity.Send consent, for a caller outside the team, and without the app in the team', async () => {
    await emu.admin.setSettings({ teamsActivitySendConsented: false });
    const noConsent = await emu.graph<ErrorBody>('kari', 'POST', teamPath(), waiting());
    expect(noConsent.status).toBe(403);
    expect(noConsent.body.error.code).toBe('Forbidden');
    expect(noConsent.body.error.message).toMatch(/Missing scope permissions on the request\. API requires one of 'TeamsActivity\.Send'/);
    await emu.admin.setSettings({ teamsActivitySendConsented: true });
    // Kristin only reads the project site: she is not a member of the team.
    expect((await emu.graph('kristin', 'POST', teamPath(), waiting())).status).toBe(403);
    await emu.admin.setAppInstalled({ teamId: team() }, false);
    expect((await emu.graph('kari', 'POST', teamPath(), waiting())).status).toBe(403);
  });

  it('answers 403 when the app is installed neither for the recipient personally nor in a team they are part of', async () => {
    // Eva is in no project team; without her own installation the app cannot reach her feed.
    await emu.admin.setAppInstalled({ userId: 'eva' }, false);
    const eva = { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: emu.users.eva!.objectId };
    const answer = await emu.graph<ErrorBody>('kari', 'POST', teamPath(), waiting({ recipient: eva }));
    expect(answer.status).toBe(403);
    expect(answer.body.error.message).toMatch(/not installed for the recipient/);
    // Ingrid without her own installation still gets it: the app is installed in her team.
    await emu.admin.setAppInstalled({ userId: 'ingrid' }, false);
    expect((await emu.graph('kari', 'POST', teamPath(), waiting())).status).toBe(204);
  });

  it('answers 404 NotFound for a team that does not exist, and 405 to anything but POST', async () => {
    const missing = await emu.graph<ErrorBody>('kari', 'POST', '/teams/00000000-0000-4000-8000-000000000000/sendActivityNotification', waiting());
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NotFound');
    expect((await emu.graph('kari', 'GET', teamPath())).status).toBe(405);
  });

  it('throttles the eleventh notification to one recipient within a minute with 429 and Retry-After (best practices)', async () => {
    await emu.admin.clearActivity();
    for (let i = 0; i < 10; i += 1) expect((await emu.graph('kari', 'POST', teamPath(), waiting())).status).toBe(204);
    const throttled = await emu.graph<ErrorBody>('kari', 'POST', teamPath(), waiting());
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('Retry-After'))).toBeGreaterThan(0);
    // Another recipient is not throttled by Ingrid's feed.
    const per = { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId: emu.users.per!.objectId };
    expect((await emu.graph('kari', 'POST', teamPath(), waiting({ recipient: per }))).status).toBe(204);
  });

  it('is throttled and dropped by the fault settings like any request', async () => {
    await emu.admin.clearActivity();
    await emu.admin.setFaults({ failNext: [{ status: 429, count: 1, pathPattern: '/sendActivityNotification', retryAfterSeconds: 1 }] });
    const throttled = await emu.graph('kari', 'POST', teamPath(), waiting());
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('Retry-After')).toBe('1');
    expect(await emu.admin.activity('ingrid')).toEqual([]);
    expect((await emu.graph('kari', 'POST', teamPath(), waiting())).status).toBe(204);
  });

  it('replaces an earlier notification with the same chainId', async () => {
    await emu.admin.clearActivity();
    await emu.graph('kari', 'POST', teamPath(), waiting({ chainId: 7 }));
    const second = waiting({ chainId: 7, templateParameters: [{ name: 'item', value: 'Mandat' }, { name: 'count', value: '3' }, { name: 'project', value: 'Lungepasienter' }] });
    await emu.graph('kari', 'POST', teamPath(), second);
    const feed = await emu.admin.activity('ingrid');
    expect(feed).toHaveLength(1);
    expect(feed[0]!.templateParameters['count']).toBe('3');
  });

  it('takes the reserved systemDefault type with free text, and no other undeclared one', async () => {
    await emu.admin.clearActivity();
    const free = await emu.graph('kari', 'POST', teamPath(), waiting({ activityType: 'systemDefault', templateParameters: [{ name: 'systemDefaultText', value: 'Ta en pause' }] }));
    expect(free.status).toBe(204);
    expect(Object.values((await emu.admin.activity('ingrid'))[0]!.text)).toEqual(['Ta en pause']);
    expect((await emu.graph('kari', 'POST', teamPath(), waiting({ activityType: 'systemDefault', templateParameters: [] }))).status).toBe(400);
  });
});

describe('POST /users/{id}/teamwork/sendActivityNotification', () => {
  const userPath = (user: string) => `/users/${emu.users[user]!.objectId}/teamwork/sendActivityNotification`;

  it('sends to the user in the path, who needs the app installed personally', async () => {
    await emu.admin.clearActivity();
    const { recipient: _inThePath, ...body } = waiting();
    expect((await emu.graph('kari', 'POST', userPath('ingrid'), body)).status).toBe(204);
    expect((await emu.admin.activity('ingrid'))[0]).toMatchObject({ scope: 'user', senderId: 'kari' });
    await emu.admin.setAppInstalled({ userId: 'ingrid' }, false);
    expect((await emu.graph('kari', 'POST', userPath('ingrid'), body)).status).toBe(403);
    expect((await emu.graph('kari', 'POST', userPath('kari'), body)).status).toBe(400);
  });
});

describe('local mode', () => {
  it('accepts a webUrl on the hosts the setting names, such as the local app on a loopback address', async () => {
    const local = { source: 'text', value: 'Lungepasienter', webUrl: 'http://localhost:5173/index.html#/tab?project=p1&item=forankring.mandat' };
    expect((await emu.graph('kari', 'POST', teamPath(), waiting({ topic: local }))).status).toBe(400);
    await emu.admin.setSettings({ activityWebUrlHosts: 'teams.microsoft.com,localhost' });
    expect((await emu.graph('kari', 'POST', teamPath(), waiting({ topic: local }))).status).toBe(204);
  });
});
