// GET /groups/{id}/owners: https://learn.microsoft.com/en-us/graph/api/group-list-owners
// Delegated, it needs GroupMember.Read.All (or higher); without it Graph answers 403 Authorization_RequestDenied.
// Felles modell's manifest does not ask for it, so that is the default here (setting `groupMemberReadConsented`).
// The owners of a team's group are the users with the owner role on its site.
import { GraphErrors } from '../errors/GraphErrorFactory';
import { queryParam } from '../odata/query';
import type { GraphResponse, HandlerContext } from './context';
import { graphRoot, json } from './context';

const DEFAULT_PROPERTIES = ['id', 'displayName', 'mail', 'userPrincipalName', 'givenName', 'surname', 'jobTitle'] as const;

export function listGroupOwners(ctx: HandlerContext, groupId: string): GraphResponse {
  if (ctx.req.method !== 'GET') throw GraphErrors.methodNotAllowed();
  if (!ctx.state.settings.groupMemberReadConsented) throw GraphErrors.insufficientPrivileges();
  const site = ctx.state.store.findSiteByGroup(decodeURIComponent(groupId));
  if (!site) throw GraphErrors.groupNotFound(groupId);
  const selected = queryParam(ctx.req.query, 'select')?.split(',').map((name) => name.trim()).filter(Boolean);
  const owners = Object.entries(ctx.state.store.rolesOf(site.id))
    .filter(([, role]) => role === 'owner')
    .flatMap(([userId]) => {
      const user = ctx.state.store.getUser(userId);
      return user ? [user] : [];
    })
    .map((user) => {
      const all: Record<string, unknown> = { id: user.objectId, displayName: user.displayName, mail: user.mail, userPrincipalName: user.mail, givenName: user.givenName, surname: user.surname, jobTitle: null };
      const names = selected && selected.length > 0 ? selected : DEFAULT_PROPERTIES;
      return { '@odata.type': '#microsoft.graph.user', ...Object.fromEntries(names.filter((name) => name in all).map((name) => [name, all[name]])) };
    });
  return json(200, { '@odata.context': `${graphRoot(ctx.state)}/$metadata#directoryObjects`, value: owners });
}
