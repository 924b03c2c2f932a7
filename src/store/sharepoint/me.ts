// Who the token belongs to, as Graph's /me says: the one identity the store writes into rows.
import type { Person } from '../../domain/types';

export const ME_PATH = '/me?$select=id,displayName,mail,userPrincipalName';

export interface MeAnswer {
  id: string;
  displayName?: string;
  mail?: string | null;
  userPrincipalName?: string;
}

export function personFromMe(user: MeAnswer): Person {
  const email = user.mail ?? user.userPrincipalName;
  return { id: user.id, name: user.displayName ?? email ?? user.id, ...(email ? { email } : {}) };
}
