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
import type { BatchAnswer, BatchPart } from '../sharepoint/batch';
import { sendBatch } from '../sharepoint/batch';
import type { GraphConnection } from '../graphClient/createGraphClient';
import { itemFieldsPath, listRef } from '../sharepoint/listPaths';

const NEVER_MATCHES = '"00000000-0000-0000-0000-000000000000,0"';

export const RIGHTS_PART_IDS = { read: 'rightsRead', write: 'rightsWrite', manage: 'rightsManage', owners: 'rightsOwners' } as const;

/** Rights are known per site, and separately for the site before our lists exist (probed at site level). */
export const rightsKey = (location: ProjectLocation): string => `${location.siteId}|${location.lists.checklist ? 'lists' : 'site'}`;

/** The probe requests. */
export function rightsParts(location: ProjectLocation): BatchPart[] {
  if (!location.lists.checklist) {
    const site = `/sites/${location.siteId}`;
    return [
      { id: RIGHTS_PART_IDS.read, method: 'GET', url: `${site}?$select=id` },
      { id: RIGHTS_PART_IDS.manage, method: 'POST', url: `${site}/lists`, body: {} },
    ];
  }
  const checklist = listRef(location, 'checklist');
  const listPath = `/sites/${checklist.siteId}/lists/${checklist.listId}`;
  return [
    { id: RIGHTS_PART_IDS.read, method: 'GET', url: `${listPath}?$select=id` },
    { id: RIGHTS_PART_IDS.write, method: 'PATCH', url: itemFieldsPath(checklist, '0'), headers: { 'If-Match': NEVER_MATCHES }, body: {} },
    { id: RIGHTS_PART_IDS.manage, method: 'POST', url: `${listPath}/columns`, body: {} },
  ];
}

/**
 * Who may give access to a team's site: its group's owners. Asked only of a person without access (the one page that
 * names them), never in every probe: delegated, Graph answers it only with GroupMember.Read.All, which the app does
 * not ask for (https://learn.microsoft.com/en-us/graph/api/group-list-owners), so in most tenants it is a 403.
 */
const ownersPart = (groupId: string): BatchPart => ({
  id: RIGHTS_PART_IDS.owners,
  method: 'GET',
  url: `/groups/${encodeURIComponent(groupId)}/owners?$select=id,displayName,mail`,
});

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
  return { canRead, canWrite, canManageLists };
}

/** Each team's owners, asked once per group; asked again only after an answer that told nothing (throttled, lost). */
export function groupOwnersLookup(graph: GraphConnection): (groupId: string) => Promise<Person[] | undefined> {
  const asked = new Map<string, Promise<Person[] | undefined>>();
  const forget = (groupId: string): undefined => void asked.delete(groupId);
  return (groupId) => {
    let owners = asked.get(groupId);
    if (!owners) {
      owners = sendBatch(graph, [ownersPart(groupId)]).then((answers) => {
        const answer = answers.get(RIGHTS_PART_IDS.owners);
        if (!telling(answer?.status ?? 0)) forget(groupId);
        return ownersFrom(answer);
      }, () => forget(groupId));
      asked.set(groupId, owners);
    }
    return owners;
  };
}

/** The owners Graph named, or undefined when it would not say (403 without GroupMember.Read.All, or any failure). */
function ownersFrom(answer: BatchAnswer | undefined): Person[] | undefined {
  if (answer?.status !== 200) return undefined;
  return ((answer.body as OwnerAnswer).value ?? []).flatMap((o) => (o.id ? [{ id: o.id, name: o.displayName ?? o.mail ?? o.id, ...(o.mail ? { email: o.mail } : {}) }] : []));
}

/** Whether every probe got a telling answer (else the rights are asked again next time). */
export function rightsAreKnown(answers: Map<string, BatchAnswer>): boolean {
  const told = (id: string): boolean => telling(answers.get(id)?.status ?? 0);
  return told(RIGHTS_PART_IDS.read) && (!answers.has(RIGHTS_PART_IDS.write) || told(RIGHTS_PART_IDS.write)) && told(RIGHTS_PART_IDS.manage);
}

/** An answer that says something about the caller (not lost, throttled or a server error). */
function telling(status: number): boolean {
  return status !== 0 && status !== 429 && status < 500;
}
