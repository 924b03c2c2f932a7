// One device database per signed-in account, so two people sharing a PC never share a queue, a cache or a
// remembered "me". No account known means the shared default, in which services remember no identity.
import type { AccountSummary } from '../../auth';

export function accountDatabase(account: AccountSummary | undefined): { databaseName?: string } {
  if (!account?.username) return {};
  return { databaseName: `felles-modell-${account.tenantId ?? 'tenant'}-${account.username.toLowerCase()}` };
}
