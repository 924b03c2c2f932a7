// Teams activity feed notifications, as Microsoft Learn documents them:
//   POST /teams/{team-id}/sendActivityNotification          https://learn.microsoft.com/en-us/graph/api/team-sendactivitynotification
//   POST /users/{user-id}/teamwork/sendActivityNotification https://learn.microsoft.com/en-us/graph/api/userteamwork-sendactivitynotification
// Requirements and constraints: https://learn.microsoft.com/en-us/graph/teams-send-activityfeednotifications (the app
// declares its activity types; `systemDefault` is reserved; a text topic needs a `webUrl` that starts with the Teams
// domain; the app must be installed for the recipient, personally or in a team they are part of; "a user can't send
// notifications to themselves"; `actor` is the caller's name; `chainId` replaces an earlier notification) and
// https://learn.microsoft.com/en-us/graph/teams-activity-feed-notifications-best-practices (more than 10 notifications
// per minute per user are throttled). Delegated permission TeamsActivity.Send; 204 No Content on success.
// Learn does not document the status of each refusal: the emulator answers 403 Forbidden where Teams refuses the
// caller (missing consent — Teams' observed "Missing scope permissions" wording —, not a team member, the app not
// installed for the team or the recipient) and 400 BadRequest for a request it cannot accept (a webUrl past 1,024
// characters is 400 UnknownError, as a community report observed). No SharePoint resource units: it is a Teams call.
import { randomUUID } from 'node:crypto';
import type { DevUser } from '../auth/devUsers';
import { GraphErrors } from '../errors/GraphErrorFactory';
import type { ActivityRecord, SiteRecord } from '../persistence/GraphStore';
import { SYSTEM_DEFAULT_ACTIVITY, renderTemplate, templateParameterNames } from '../teamsApp/appPackage';
import type { EmulatorState, GraphResponse, HandlerContext } from './context';
import { bodyObject, noContent, nowIso, nowMs } from './context';

const TEAM_MEMBER_ROLES = new Set(['write', 'owner']);
const GRAPH_HOSTS = ['graph.microsoft.com'];

type Json = Record<string, unknown>;
type Scope = { kind: 'team'; team: SiteRecord; teamId: string } | { kind: 'user'; recipient: DevUser };

/** POST /teams/{team-id}/sendActivityNotification */
export function sendTeamActivity(ctx: HandlerContext, teamId: string): GraphResponse {
  requirePostWithConsent(ctx);
  const id = decodeURIComponent(teamId);
  const team = ctx.state.store.findSiteByGroup(id);
  if (!team) throw GraphErrors.teamsNotFound(`No team found with Group Id ${id}`);
  if (!isTeamMember(ctx.state, team, ctx.user.id)) throw GraphErrors.teamsForbidden('The caller is not a member of the team.');
  if (ctx.state.teamsApp.notInTeams.has(team.groupId.toLowerCase())) throw GraphErrors.teamsForbidden('The Teams app is not installed in the team.');
  return send(ctx, { kind: 'team', team, teamId: id });
}

/** POST /users/{user-id}/teamwork/sendActivityNotification: the user in the path is the recipient. */
export function sendUserActivity(ctx: HandlerContext, userId: string): GraphResponse {
  requirePostWithConsent(ctx);
  const recipient = findUser(ctx.state, decodeURIComponent(userId));
  if (!recipient) throw GraphErrors.teamsNotFound(`User '${decodeURIComponent(userId)}' was not found.`);
  return send(ctx, { kind: 'user', recipient });
}

function requirePostWithConsent(ctx: HandlerContext): void {
  if (ctx.req.method !== 'POST') throw GraphErrors.methodNotAllowed();
  if (!ctx.state.settings.teamsActivitySendConsented) throw GraphErrors.missingScope('TeamsActivity.Send', 'User.Read');
}

function send(ctx: HandlerContext, scope: Scope): GraphResponse {
  const body = bodyObject(ctx);
  const activityType = requireString(body, 'activityType');
  const declaration = activityType === SYSTEM_DEFAULT_ACTIVITY ? undefined : ctx.state.teamsApp.appPackage.activityTypes.find((a) => a.type === activityType);
  if (activityType !== SYSTEM_DEFAULT_ACTIVITY && !declaration) {
    throw GraphErrors.teamsBadRequest(`Activity type '${activityType}' is not declared in the Teams app manifest.`);
  }
  const topic = readTopic(ctx, body, scope);
  const previewText = readPreviewText(body);
  const parameters = readTemplateParameters(body);
  const templates = declaration?.templateText ?? {};
  const needed = declaration ? templateParameterNames(Object.values(templates)[0] ?? '') : ['systemDefaultText'];
  const missing = needed.filter((name) => name !== 'actor' && parameters[name] === undefined);
  if (missing.length > 0) throw GraphErrors.teamsBadRequest(`Template parameter(s) ${missing.map((m) => `'${m}'`).join(', ')} of activity type '${activityType}' were not provided.`);
  const chainId = readChainId(body);
  const recipient = scope.kind === 'user' ? scope.recipient : readRecipient(ctx.state, body);
  if (recipient.id === ctx.user.id) throw GraphErrors.teamsBadRequest("A user can't send notifications to themselves.");
  if (!appInstalledFor(ctx.state, recipient, scope)) throw GraphErrors.teamsForbidden(`The Teams app is not installed for the recipient '${recipient.objectId}'.`);
  throttle(ctx.state, recipient);

  const text = declaration
    ? Object.fromEntries(Object.entries(templates).map(([language, template]) => [language, renderTemplate(template, ctx.user.displayName, parameters)]))
    : { [ctx.state.teamsApp.appPackage.defaultLanguage]: parameters['systemDefaultText'] ?? '' };
  const activity: ActivityRecord = {
    id: randomUUID(),
    recipientId: recipient.id,
    senderId: ctx.user.id,
    senderName: ctx.user.displayName,
    scope: scope.kind,
    ...(scope.kind === 'team' ? { teamId: scope.teamId } : {}),
    activityType,
    ...(chainId !== undefined ? { chainId } : {}),
    topic,
    previewText,
    templateParameters: parameters,
    text,
    createdDateTime: nowIso(ctx.state),
  };
  ctx.state.store.addActivity(activity);
  return noContent();
}

function requireString(body: Json, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value.trim() === '') throw GraphErrors.teamsBadRequest(`The request body must have '${name}' as a non-empty string.`);
  return value;
}

/** `entityUrl`: a Graph URL of the team (or below it) or, for a user, of the app installed for them; `text`: a value and a webUrl. */
function readTopic(ctx: HandlerContext, body: Json, scope: Scope): ActivityRecord['topic'] {
  const topic = body['topic'];
  if (!topic || typeof topic !== 'object' || Array.isArray(topic)) throw GraphErrors.teamsBadRequest("The request body must have a 'topic' object.");
  const t = topic as Json;
  const source = t['source'];
  const value = t['value'];
  if (typeof value !== 'string' || value.trim() === '') throw GraphErrors.teamsBadRequest("The topic must have a 'value'.");
  if (source === 'entityUrl') {
    const path = graphPath(ctx.state, value);
    const allowed = scope.kind === 'team'
      ? new RegExp(`^/teams/${escapeRegExp(scope.teamId)}(/|$)`, 'i')
      : new RegExp(`^/users/(${escapeRegExp(scope.recipient.objectId)}|${escapeRegExp(scope.recipient.mail)})/teamwork/installedApps/`, 'i');
    if (path === undefined || !allowed.test(path)) throw GraphErrors.teamsBadRequest('The entity URL of the topic must be the same resource as the request, or a child of it.');
    return { source, value };
  }
  if (source !== 'text') throw GraphErrors.teamsBadRequest("The topic's 'source' must be 'entityUrl' or 'text'.");
  const webUrl = t['webUrl'];
  if (typeof webUrl !== 'string' || webUrl === '') throw GraphErrors.teamsBadRequest("A topic with source 'text' must have a 'webUrl'.");
  if (webUrl.length > ctx.state.settings.activityWebUrlMaxLength) throw GraphErrors.teamsUnknownError('An unknown error has occurred.');
  if (!webUrlAllowed(ctx.state, webUrl)) throw GraphErrors.teamsBadRequest('The webUrl of the topic must start with the Microsoft Teams domain.');
  return { source, value, webUrl };
}

function webUrlAllowed(state: EmulatorState, webUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(webUrl);
  } catch {
    return false;
  }
  const hosts = state.settings.activityWebUrlHosts.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  // Teams links are https; only a loopback host (local mode's own app) may be plain http, as browsers treat it as secure.
  return hosts.includes(url.hostname.toLowerCase()) && (url.protocol === 'https:' || (url.protocol === 'http:' && loopback));
}

/** The path after /v1.0 (or /beta) of a Graph URL: Microsoft's host or the emulator's own. */
function graphPath(state: EmulatorState, value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const own = new URL(state.baseUrl);
  if (!GRAPH_HOSTS.includes(url.hostname.toLowerCase()) && url.host !== own.host) return undefined;
  return /^\/(v1\.0|beta)(\/.*)$/i.exec(decodeURIComponent(url.pathname))?.[2];
}

function readPreviewText(body: Json): string {
  const preview = body['previewText'];
  if (preview === undefined) return '';
  const content = preview && typeof preview === 'object' && !Array.isArray(preview) ? (preview as Json)['content'] : undefined;
  if (typeof content !== 'string') throw GraphErrors.teamsBadRequest("'previewText' must be an itemBody with a 'content' string.");
  return content;
}

function readTemplateParameters(body: Json): Record<string, string> {
  const list = body['templateParameters'];
  if (list === undefined) return {};
  if (!Array.isArray(list)) throw GraphErrors.teamsBadRequest("'templateParameters' must be a collection of keyValuePair.");
  const out: Record<string, string> = {};
  for (const pair of list as unknown[]) {
    const p = (pair ?? {}) as Json;
    if (typeof p['name'] !== 'string' || p['name'] === '' || typeof p['value'] !== 'string') {
      throw GraphErrors.teamsBadRequest("Each template parameter must have a 'name' and a string 'value'.");
    }
    out[p['name']] = p['value'];
  }
  return out;
}

function readChainId(body: Json): number | undefined {
  const chainId = body['chainId'];
  if (chainId === undefined || chainId === null) return undefined;
  if (typeof chainId !== 'number' || !Number.isSafeInteger(chainId)) throw GraphErrors.teamsBadRequest("'chainId' must be an Int64.");
  return chainId;
}

/** Only Entra users are recipients here (`aadUserNotificationRecipient`, by object id or user principal name). */
function readRecipient(state: EmulatorState, body: Json): DevUser {
  const recipient = body['recipient'];
  if (!recipient || typeof recipient !== 'object' || Array.isArray(recipient)) throw GraphErrors.teamsBadRequest("The request body must have a 'recipient'.");
  const r = recipient as Json;
  const type = String(r['@odata.type'] ?? '');
  if (!/aadUserNotificationRecipient$/i.test(type)) {
    throw GraphErrors.teamsBadRequest(`Recipient type '${type || '(none)'}' is not supported here: the emulator reproduces aadUserNotificationRecipient.`);
  }
  const userId = r['userId'];
  if (typeof userId !== 'string' || userId === '') throw GraphErrors.teamsBadRequest("The recipient must have a 'userId'.");
  const user = findUser(state, userId);
  if (!user) throw GraphErrors.teamsBadRequest(`The recipient '${userId}' is not a user of this tenant.`);
  return user;
}

/** By Entra object id or user principal name (Learn's examples use both). */
function findUser(state: EmulatorState, idOrUpn: string): DevUser | undefined {
  const key = idOrUpn.toLowerCase();
  return state.store.listUsers().find((u) => u.objectId.toLowerCase() === key || u.mail.toLowerCase() === key);
}

function isTeamMember(state: EmulatorState, team: SiteRecord, userId: string): boolean {
  const role = state.store.roleOf(team.id, userId);
  return role !== undefined && TEAM_MEMBER_ROLES.has(role);
}

/** Learn: the app must be installed for the recipient, personally or in a team they are part of. */
function appInstalledFor(state: EmulatorState, recipient: DevUser, scope: Scope): boolean {
  if (!state.teamsApp.notForUsers.has(recipient.id)) return true;
  return scope.kind === 'team' && isTeamMember(state, scope.team, recipient.id);
}

/** More than the setting's number per recipient in a minute of the emulator's clock → 429 until the oldest is a minute old. */
function throttle(state: EmulatorState, recipient: DevUser): void {
  const now = nowMs(state);
  const recent = state.store.listActivities(recipient.id).map((a) => Date.parse(a.createdDateTime)).filter((at) => now - at < 60_000);
  if (recent.length < state.settings.activityPerRecipientPerMinute) return;
  const oldest = Math.min(...recent);
  throw GraphErrors.teamsThrottled(Math.max(1, Math.ceil((oldest + 60_000 - now) / 1000)));
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
