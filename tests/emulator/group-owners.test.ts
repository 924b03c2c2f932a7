// GET /groups/{id}/owners, as https://learn.microsoft.com/en-us/graph/api/group-list-owners documents it: delegated it
// needs GroupMember.Read.All, which Felles modell's manifest does not ask for, so by default the answer is 403
// Authorization_RequestDenied; with the tenant's consent (a setting), the owners as users, $select honoured.
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';

let emu: TestEmulator;
emulatorPerFile((started) => (emu = started));

type Owners = { '@odata.context': string; value: Record<string, unknown>[] };
type ErrorBody = { error: { code: string; message: string } };

const ownersOf = (site: string, query = '') => `/groups/${emu.sites[site]!.groupId}/owners${query}`;

describe('GET /groups/{id}/owners', () => {
  it('answers 403 Authorization_RequestDenied without GroupMember.Read.All (the default), and costs no resource units', async () => {
    const before = await emu.admin.stats();
    const answer = await emu.graph<ErrorBody>('eva', 'GET', ownersOf('lungepasienter'));
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('Authorization_RequestDenied');
    expect(answer.body.error.message).toBe('Insufficient privileges to complete the operation.');
    const after = await emu.admin.stats();
    expect(after.byKind.groupOwners).toBe((before.byKind.groupOwners ?? 0) + 1);
    expect(after.resourceUnits).toBe(before.resourceUnits);
  });

  it('lists the owners of the team site as users when the tenant has consented, with only the properties $select asks for', async () => {
    await emu.admin.setSettings({ groupMemberReadConsented: true });
    // Anyone in the tenant may read a group's owners (Learn: the member user role supports it), not only its members.
    const answer = await emu.graph<Owners>('eva', 'GET', ownersOf('lungepasienter', '?$select=id,displayName,mail'));
    expect(answer.status).toBe(200);
    expect(answer.body['@odata.context']).toMatch(/\$metadata#directoryObjects$/);
    const names = answer.body.value.map((owner) => owner.displayName).sort();
    expect(names).toEqual(['Ingrid Hansen', 'Kari Nordmann']);
    for (const owner of answer.body.value) {
      expect(owner['@odata.type']).toBe('#microsoft.graph.user');
      expect(Object.keys(owner).sort()).toEqual(['@odata.type', 'displayName', 'id', 'mail']);
    }
    expect(answer.body.value.find((owner) => owner.displayName === 'Kari Nordmann')?.mail).toBe(emu.users.kari!.mail);
  });

  it('answers 404 Request_ResourceNotFound for a group that does not exist, and 405 to anything but GET', async () => {
    await emu.admin.setSettings({ groupMemberReadConsented: true });
    const missing = await emu.graph<ErrorBody>('kari', 'GET', '/groups/00000000-0000-4000-8000-000000000000/owners');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('Request_ResourceNotFound');
    expect((await emu.graph('kari', 'POST', ownersOf('lungepasienter'), {})).status).toBe(405);
  });

  it('answers in a $batch as on its own', async () => {
    const batch = await emu.graph<{ responses: { id: string; status: number }[] }>('kari', 'POST', '/$batch', { requests: [{ id: 'owners', method: 'GET', url: ownersOf('lungepasienter') }] });
    expect(batch.body.responses[0]?.status).toBe(403);
  });
});
