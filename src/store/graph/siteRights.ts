// What the signed-in person may do in a project site, learnt from requests that can never change anything, sent in
// the project's load $batch (no round trip of its own on open):
//   read   GET  the checklist list                                   (200 = may read)
//   write  PATCH item 0's fields with an If-Match that never matches (404/412 = may write: the write got past the
//          permission check and found nothing to change; 403 = may not)
//   manage POST a column without a name to the checklist list       (400 = may manage lists; 403 = may not)
// SharePoint item ids start at 1, so item 0 never exists. A site without our lists yet (the set-up page asks who may
// create them) is probed at site level instead: read the site, and POST a list without a name (400 = may create
// lists; 403 = may not); there, writing means being able to set the project up, so it follows the manage probe. Graph documents 403 accessDenied for a caller without the
// permission (https://learn.microsoft.com/en-us/graph/errors); which check comes first on a request that is both
// forbidden and invalid is not documented: the emulator checks the role first, as SharePoint's API does for lists.
import type { Person } from '../../domain/types';
import type { ProjectLocation, SiteRights } from '../ChecklistStore';
import type { BatchAnswer, BatchPart } from './batch';
import { itemFieldsPath, listRef } from './listPaths';

const NEVER_MATCHES = '"00000000-0000-0000-0000-000000000000,0"';

export const RIGHTS_PART_IDS = { read: 'rightsRead', write: 'rightsWrite', manage: 'rightsManage', owners: 'rightsOwners' } as const;

/** Rights are known per site, and separately for the site before our lists exist (probed at site level). */
export const rightsKey = (location: ProjectLocation): string => `${location.siteId}|${location.lists.checklist ? 'lists' : 'site'}`;

/** The probe requests (and the group's owners, when the site belongs to a team). */
export function rightsParts(location: ProjectLocation, groupId?: string): BatchPart[] {
  const owners = groupId ? [{ id: RIGHTS_PART_IDS.owners, method: 'GET' as const, url: `/groups/${encodeURIComponent(groupId)}/owners?$select=id,displayName,mail` }] : [];
  if (!location.lists.checklist) {
    const site = `/sites/${location.siteId}`;
    return [
      { id: RIGHTS_PART_IDS.read, method: 'GET', url: `${site}?$select=id` },
      { id: RIGHTS_PART_IDS.manage, method: 'POST', url: `${site}/lists`, body: {} },
      ...owners,
    ];
  }
  const checklist = listRef(location, 'checklist');
  const listPath = `/sites/${checklist.siteId}/lists/${checklist.listId}`;
  return [
    { id: RIGHTS_PART_IDS.read, method: 'GET', url: `${listPath}?$select=id` },
    { id: RIGHTS_PART_IDS.write, method: 'PATCH', url: itemFieldsPath(checklist, '0'), headers: { 'If-Match': NEVER_MATCHES }, body: {} },
    { id: RIGHTS_PART_IDS.manage, method: 'POST', url: `${listPath}/columns`, body: {} },
    ...owners,
  ];
}

interface OwnerAnswer {
  value?: { id?: string; displayName?: string; mail?: string | null }[];
}

/** Reads the probes' answers; a probe without a telling answer (throttled, lost) counts as not allowed. */
export function rightsFrom(answers: Map<string, BatchAnswer>): SiteRights {
  const status = (id: string): number => answers.get(id)?.status ?? 0;
  const canRead = status(RIGHTS_PART_IDS.read) === 200;
  const mayManage = canRead && status(RIGHTS_PART_IDS.manage) === 400;
  // Without a write probe (a site without our lists), writing means setting the project up.
  const canWrite = canRead && (answers.has(RIGHTS_PART_IDS.write) ? [404, 412].includes(status(RIGHTS_PART_IDS.write)) : mayManage);
  const canManageLists = canWrite && mayManage;
  const owners = answers.get(RIGHTS_PART_IDS.owners);
  const people: Person[] | undefined = owners?.status === 200
    ? ((owners.body as OwnerAnswer).value ?? []).flatMap((o) => (o.id ? [{ id: o.id, name: o.displayName ?? o.mail ?? o.id, ...(o.mail ? { email: o.mail } : {}) }] : []))
    : undefined;
  return { canRead, canWrite, canManageLists, ...(people ? { owners: people } : {}) };
}

/** Whether every probe got a telling answer (else the rights are asked again next time). */
export function rightsAreKnown(answers: Map<string, BatchAnswer>): boolean {
  const telling = (id: string): boolean => { const s = answers.get(id)?.status ?? 0; return s !== 0 && s !== 429 && s < 500; };
  return telling(RIGHTS_PART_IDS.read) && (!answers.has(RIGHTS_PART_IDS.write) || telling(RIGHTS_PART_IDS.write)) && telling(RIGHTS_PART_IDS.manage);
}
