// The emulator's own admin API under /_emulator (no auth; not part of Graph). Documented in emulator/README.md.
import { randomUUID } from 'node:crypto';
import type { GraphError } from '../errors/GraphErrorFactory';
import { GraphErrors, errorBody } from '../errors/GraphErrorFactory';
import { mergeSettings } from '../config';
import { devToken } from '../auth/devUsers';
import type { EmulatorState, GraphResponse } from './context';
import { json, nowMs } from './context';
import { siteWebUrl } from './sites';

const startedAt = Date.now();

/** Admin errors in Graph's shape too, from the one factory. */
export const adminError = (err: GraphError): GraphResponse => {
  const id = randomUUID();
  return json(err.status, errorBody(err, id, id));
};

/** Where the Teams app is installed: everywhere, unless a test took it away (reset puts it back). */
function teamsAppJson(state: EmulatorState): Record<string, unknown> {
  return {
    activityTypes: state.teamsApp.appPackage.activityTypes,
    notInstalledInTeams: [...state.teamsApp.notInTeams],
    notInstalledForUsers: [...state.teamsApp.notForUsers],
  };
}

/** `{teamId, installed}` (a team's group id) or `{userId, installed}` (a personal installation). */
function setInstallation(state: EmulatorState, body: Record<string, unknown>): void {
  const { teamId, userId, installed } = body;
  if (typeof installed !== 'boolean' || (typeof teamId !== 'string') === (typeof userId !== 'string')) {
    throw new Error("Give 'installed' (boolean) and one of 'teamId' or 'userId'");
  }
  const set = typeof teamId === 'string' ? state.teamsApp.notInTeams : state.teamsApp.notForUsers;
  const key = typeof teamId === 'string' ? teamId.toLowerCase() : String(userId);
  if (installed) set.delete(key);
  else set.add(key);
}

export function adminHandler(state: EmulatorState, method: string, path: string, body: unknown, query = new URLSearchParams()): GraphResponse {
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  const obj = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  try {
    switch (route) {
      case 'GET /_emulator/health':
        return json(200, { status: 'ok', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000), baseUrl: state.baseUrl });
      case 'GET /_emulator/users':
        return json(200, {
          value: state.store.listUsers().map((u) => ({
            id: u.id, objectId: u.objectId, displayName: u.displayName, mail: u.mail, organisation: u.organisation, side: u.side,
            lookupId: u.lookupId, token: devToken(u.id),
          })),
        });
      case 'GET /_emulator/sites':
        return json(200, {
          value: state.store.listSites().map((s) => ({
            key: s.key, id: s.id, displayName: s.displayName, path: s.path, webUrl: siteWebUrl(s), groupId: s.groupId,
            graphUrl: `${state.baseUrl}/v1.0/sites/${s.id}`, roles: state.store.rolesOf(s.id),
          })),
        });
      case 'GET /_emulator/faults':
        return json(200, state.faults.get());
      case 'POST /_emulator/faults':
      case 'PUT /_emulator/faults':
        return json(200, state.faults.set(obj));
      case 'DELETE /_emulator/faults':
        state.faults.clear();
        return json(200, state.faults.get());
      case 'GET /_emulator/stats':
        return json(200, state.stats.snapshot());
      case 'POST /_emulator/stats/reset':
        state.stats.reset();
        return json(200, state.stats.snapshot());
      case 'POST /_emulator/delta/expire':
        state.store.setDeltaEpoch(state.store.getDeltaEpoch() + 1);
        return json(200, { generation: state.store.getDeltaEpoch() });
      case 'GET /_emulator/activity':
        // Each person's Teams activity feed, newest first (`?user=<dev user id>` for one): tests and local mode's panel.
        return json(200, { value: state.store.listActivities(query.get('user') ?? undefined) });
      case 'DELETE /_emulator/activity':
        state.store.clearActivities();
        return json(200, { value: [] });
      case 'GET /_emulator/teamsApp':
        return json(200, teamsAppJson(state));
      case 'POST /_emulator/teamsApp/installations':
        setInstallation(state, obj);
        return json(200, teamsAppJson(state));
      case 'GET /_emulator/budget':
        return json(200, state.budget.snapshot(nowMs(state), state.settings.tenantRuPerMinute));
      case 'POST /_emulator/reset':
        // Back to how the emulator started: faults, settings, statistics and the RU budget's window (data is kept).
        state.faults.clear();
        state.settings = { ...state.initialSettings };
        state.stats.reset();
        state.budget.reset();
        state.teamsApp.notInTeams.clear();
        state.teamsApp.notForUsers.clear();
        return json(200, { settings: state.settings, faults: state.faults.get() });
      case 'POST /_emulator/list-roles': {
        // A list's own permission for one user (unique permissions on the list), as an admin sets it in SharePoint.
        const { listId, userId, role } = obj;
        if (typeof listId !== 'string' || typeof userId !== 'string' || !(role === null || role === 'read' || role === 'write' || role === 'owner')) {
          throw new Error("list-roles takes { listId, userId, role: 'read' | 'write' | 'owner' | null }");
        }
        state.store.setListRole(listId, userId, role);
        return json(200, { listId, userId, role });
      }
      case 'POST /_emulator/site-roles': {
        // A user's role on a whole site (the site's own permissions), as a site owner grants or removes it.
        const { siteId, userId, role } = obj;
        const site = typeof siteId === 'string' ? state.store.getSite(siteId) : undefined;
        if (!site || typeof userId !== 'string' || !(role === null || role === 'read' || role === 'write' || role === 'owner')) {
          throw new Error("site-roles takes { siteId (a known site's id), userId, role: 'read' | 'write' | 'owner' | null }");
        }
        state.store.setRole(site.id, userId, role);
        return json(200, { siteId: site.id, userId, role });
      }
      case 'GET /_emulator/settings':
        return json(200, state.settings);
      case 'POST /_emulator/settings':
      case 'PATCH /_emulator/settings':
        state.settings = mergeSettings(state.settings, obj);
        return json(200, state.settings);
      default:
        return adminError(GraphErrors.notFound(`No admin endpoint ${route}`));
    }
  } catch (err) {
    return adminError(GraphErrors.invalidRequest(err instanceof Error ? err.message : String(err)));
  }
}
