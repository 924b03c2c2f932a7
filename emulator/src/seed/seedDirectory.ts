// The seeded directory: tenant, dev users and project sites with each user's role. Ids are fixed so a persisted
// database and the app's local mode agree across runs. No lists are seeded: the app provisions its own lists.
import { devUsers } from '../auth/devUsers';
import type { GraphStore, Role, SiteRecord } from '../persistence/GraphStore';

export const TENANT_HOSTNAME = 'innlandet.sharepoint.com';

interface SiteSeed {
  key: string;
  path: string;
  displayName: string;
  siteGuid: string;
  webGuid: string;
  groupId: string;
  roles: Record<string, Role>;
}

const everyoneRead = Object.fromEntries(devUsers.map((u) => [u.id, 'read' as Role]));

export const seedSites: readonly SiteSeed[] = [
  { key: 'root', path: '/', displayName: 'Innlandet', siteGuid: '0b2f3c4d-0000-4a00-8000-000000000001', webGuid: '1c3e4f5a-0000-4a00-8000-000000000001', groupId: '2d4f5a6b-0000-4a00-8000-000000000001', roles: everyoneRead },
  { key: 'lungepasienter', path: '/sites/lungepasienter', displayName: 'Helhetlige helsetjenester til lungepasienter', siteGuid: '0b2f3c4d-0000-4a00-8000-000000000002', webGuid: '1c3e4f5a-0000-4a00-8000-000000000002', groupId: '2d4f5a6b-0000-4a00-8000-000000000002', roles: { kari: 'owner', ingrid: 'owner', ola: 'write', per: 'write', kristin: 'read' } },
  { key: 'bo-trygt-hjemme', path: '/sites/bo-trygt-hjemme', displayName: 'Bo trygt hjemme', siteGuid: '0b2f3c4d-0000-4a00-8000-000000000003', webGuid: '1c3e4f5a-0000-4a00-8000-000000000003', groupId: '2d4f5a6b-0000-4a00-8000-000000000003', roles: { ola: 'owner', per: 'owner', kari: 'write', ingrid: 'write', kristin: 'read' } },
  { key: 'digital-hjemmeoppfolging', path: '/sites/digital-hjemmeoppfolging', displayName: 'Digital hjemmeoppfølging', siteGuid: '0b2f3c4d-0000-4a00-8000-000000000004', webGuid: '1c3e4f5a-0000-4a00-8000-000000000004', groupId: '2d4f5a6b-0000-4a00-8000-000000000004', roles: { kari: 'owner', ingrid: 'write', per: 'write', kristin: 'read' } },
  { key: 'unge-ressurskrevende', path: '/sites/unge-ressurskrevende', displayName: 'Unge ressurskrevende brukere', siteGuid: '0b2f3c4d-0000-4a00-8000-000000000005', webGuid: '1c3e4f5a-0000-4a00-8000-000000000005', groupId: '2d4f5a6b-0000-4a00-8000-000000000005', roles: { ola: 'owner', ingrid: 'write', kristin: 'read' } },
  { key: 'koordinering', path: '/sites/koordinering', displayName: 'Helsefellesskap Innlandet – koordinering', siteGuid: '0b2f3c4d-0000-4a00-8000-000000000006', webGuid: '1c3e4f5a-0000-4a00-8000-000000000006', groupId: '2d4f5a6b-0000-4a00-8000-000000000006', roles: { kristin: 'owner', kari: 'write', ingrid: 'write', ola: 'write', per: 'write' } },
  { key: 'nytt-prosjekt', path: '/sites/nytt-prosjekt', displayName: 'Nytt prosjekt', siteGuid: '0b2f3c4d-0000-4a00-8000-000000000007', webGuid: '1c3e4f5a-0000-4a00-8000-000000000007', groupId: '2d4f5a6b-0000-4a00-8000-000000000007', roles: { kari: 'owner', per: 'write' } },
];

/** Writes users, sites and roles; idempotent, so a persisted database can be reseeded on every start. */
export function seedDirectory(store: GraphStore): void {
  const created = '2024-01-15T08:00:00Z';
  store.transaction(() => {
    for (const user of devUsers) store.upsertUser(user);
    for (const s of seedSites) {
      const site: SiteRecord = {
        id: `${TENANT_HOSTNAME},${s.siteGuid},${s.webGuid}`,
        key: s.key,
        hostname: TENANT_HOSTNAME,
        path: s.path,
        displayName: s.displayName,
        groupId: s.groupId,
        createdDateTime: created,
      };
      store.upsertSite(site);
      for (const [userId, role] of Object.entries(s.roles)) store.setRole(site.id, userId, role);
    }
  });
}
