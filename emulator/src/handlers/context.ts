// What every handler receives and returns. Handlers are plain functions of (context) → response; the server
// owns HTTP, CORS, faults, authentication and statistics.
import type { DevUser } from '../auth/devUsers';
import type { EmulatorSettings } from '../config';
import type { GraphStore, ListRecord, Role, SiteRecord } from '../persistence/GraphStore';
import type { FaultInjector } from '../faults/FaultInjector';
import type { RequestStats } from '../stats/RequestStats';
import type { TenantBudget } from '../budget/TenantBudget';
import type { Clock } from '../clock';
import type { TeamsAppPackage } from '../teamsApp/appPackage';
import { GraphErrors } from '../errors/GraphErrorFactory';

export interface GraphRequest {
  method: string;
  /** Path after the '/v1.0' prefix, percent-decoding not applied, e.g. '/sites/root/lists'. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: unknown;
  /** The raw bytes of a binary body (an upload to …/content); `body` is then undefined. */
  rawBody?: Buffer;
  /** Size of the body as sent, also when it was too large to keep. */
  bodyBytes?: number;
  /** Top-level HTTP request or a request inside a $batch. */
  origin: 'top' | 'inner';
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export type PathKind = 'site' | 'list' | 'columns' | 'items' | 'item' | 'fields' | 'delta' | 'batch' | 'me'
  | 'drive' | 'driveItem' | 'driveChildren' | 'driveContent' | 'groupOwners' | 'activity' | 'other';

/**
 * The Teams app the emulator plays installed (its package's activity types) and where it is not installed. By default
 * it is installed in every team and for every user personally (an admin's setup policy); tests take it away.
 */
export interface TeamsAppState {
  appPackage: TeamsAppPackage;
  /** Group ids (lower case) of teams the app is not installed in. */
  notInTeams: Set<string>;
  /** Dev user ids without a personal installation. */
  notForUsers: Set<string>;
}

export interface EmulatorState {
  store: GraphStore;
  settings: EmulatorSettings;
  /** The settings the emulator started with: POST /_emulator/reset returns to them. */
  initialSettings: Readonly<EmulatorSettings>;
  clock: Clock;
  budget: TenantBudget;
  /** 'https://127.0.0.1:PORT', no trailing slash. */
  baseUrl: string;
  faults: FaultInjector;
  stats: RequestStats;
  teamsApp: TeamsAppState;
  log: boolean;
}

export interface Meter {
  kind: PathKind;
  /** SharePoint resource units this request costs; undefined until a handler is reached. */
  ru?: number;
}

export interface HandlerContext {
  req: GraphRequest;
  user: DevUser;
  state: EmulatorState;
  meter: Meter;
}

export const graphRoot = (state: EmulatorState): string => `${state.baseUrl}/v1.0`;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): GraphResponse => ({ status, headers, body });
export const noContent = (): GraphResponse => ({ status: 204, headers: {} });

const rank: Record<Role, number> = { read: 1, write: 2, owner: 3 };

/**
 * Throws 403 accessDenied unless the user has at least `needed` on the site, or, for a request about one list, on that
 * list: a list's own permission for the user (unique permissions) replaces the site's.
 */
export function requireRole(ctx: HandlerContext, site: SiteRecord, needed: Role, list?: ListRecord): Role {
  const role = (list ? ctx.state.store.listRoleOf(list.id, ctx.user.id) : undefined) ?? ctx.state.store.roleOf(site.id, ctx.user.id);
  if (!role || rank[role] < rank[needed]) {
    throw GraphErrors.accessDenied(role ? 'Access denied. You do not have permission to perform this action or access this resource.' : 'Access denied');
  }
  return role;
}

/**
 * Reading the site itself or its lists: with a role on the site, or SharePoint's "limited access" that a permission on
 * one of its lists gives (the site and those lists can be found, nothing else). Returns the lists a limited reader sees.
 */
export function requireSiteRead(ctx: HandlerContext, site: SiteRecord): { limitedTo?: Set<string> } {
  const role = ctx.state.store.roleOf(site.id, ctx.user.id);
  if (role) return {};
  const lists = ctx.state.store.listsWithRoleFor(site.id, ctx.user.id);
  if (lists.length === 0) throw GraphErrors.accessDenied('Access denied');
  return { limitedTo: new Set(lists) };
}

/** The emulator's clock in milliseconds, shifted by the `clockOffsetSeconds` setting. */
export const nowMs = (state: EmulatorState): number => state.clock() + state.settings.clockOffsetSeconds * 1000;

/** The emulator's clock (whole seconds, as SharePoint gives them). */
export const nowIso = (state: EmulatorState): string => new Date(nowMs(state)).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Builds an absolute URL under /v1.0 with readable OData parameter names ($ kept, values encoded). */
export function absoluteLink(state: EmulatorState, path: string, params: [string, string][]): string {
  const qs = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `${graphRoot(state)}${path}${qs ? `?${qs}` : ''}`;
}

export function bodyObject(ctx: HandlerContext): Record<string, unknown> {
  const body = ctx.req.body;
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw GraphErrors.invalidRequest('Invalid request body: a JSON object is expected.');
  }
  return body as Record<string, unknown>;
}
