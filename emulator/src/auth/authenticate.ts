import type { DevUser } from './devUsers';
import type { GraphStore } from '../persistence/GraphStore';
import { GraphErrors } from '../errors/GraphErrorFactory';
import { APP_ONLY_ADMIN, APP_ONLY_ADMIN_TOKEN } from './grants';

/** Resolves the dev user behind an Authorization header, or throws Graph's 401. */
export function authenticate(authorization: string | undefined, store: GraphStore, nowMs = Date.now()): DevUser {
  if (!authorization) throw GraphErrors.unauthenticated('Access token is empty.');
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw GraphErrors.unauthenticated('Access token validation failure. Invalid audience.');
  if (match[1].trim() === APP_ONLY_ADMIN_TOKEN) return APP_ONLY_ADMIN;
  const parts = match[1].trim().split(':');
  if (parts[0] !== 'dev' || !parts[1] || parts.length > 3) throw GraphErrors.unauthenticated('IDX14100: JWT is not well formed.');
  if (parts[2] !== undefined) {
    const expiry = Number(parts[2]);
    if (!Number.isFinite(expiry)) throw GraphErrors.unauthenticated('IDX14100: JWT is not well formed.');
    if (expiry * 1000 <= nowMs) throw GraphErrors.unauthenticated('Lifetime validation failed, the token is expired.');
  }
  const user = store.getUser(parts[1]);
  if (!user) throw GraphErrors.unauthenticated('Access token validation failure. Unknown user.');
  return user;
}
