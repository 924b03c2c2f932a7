// https://learn.microsoft.com/en-us/graph/api/user-get?view=graph-rest-1.0 (GET /me)
import type { DevUser } from '../auth/devUsers';
import type { GraphResponse, HandlerContext } from './context';
import { graphRoot, json } from './context';
import { queryParam } from '../odata/query';

function userJson(user: DevUser): Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: null,
    mail: user.mail,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'nb-NO',
    surname: user.surname,
    userPrincipalName: user.mail,
    id: user.objectId,
  };
}

/** Properties outside the default set that $select may ask for. */
const extra = (user: DevUser): Record<string, unknown> => ({ companyName: user.organisation, department: null });

export function getMe(ctx: HandlerContext): GraphResponse {
  const select = queryParam(ctx.req.query, 'select');
  const base = { '@odata.context': `${graphRoot(ctx.state)}/$metadata#users/$entity`, ...userJson(ctx.user) };
  if (!select) return json(200, base);
  const all: Record<string, unknown> = { ...userJson(ctx.user), ...extra(ctx.user) };
  const picked = Object.fromEntries(
    select.split(',').map((s) => s.trim()).flatMap((name) => {
      const key = Object.keys(all).find((k) => k.toLowerCase() === name.toLowerCase());
      return key ? [[key, all[key]]] : [];
    }),
  );
  return json(200, { '@odata.context': base['@odata.context'], ...picked });
}
