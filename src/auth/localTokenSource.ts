// Local mode: the emulator's dev token, as is. Kept apart from the MSAL code so local mode never loads MSAL.
import type { AccountSummary, TokenSource } from './types';

export class LocalTokenSource implements TokenSource {
  constructor(private readonly devToken: string) {}

  getAccessToken(): Promise<string> {
    return Promise.resolve(this.devToken);
  }

  account(): AccountSummary | undefined {
    // The emulator's tokens look like `dev:<user id>` or `dev:<user id>:<expiry>`.
    const match = /^dev:([^:]+)/.exec(this.devToken);
    return match ? { username: match[1] as string, tenantId: 'local' } : undefined;
  }
}
