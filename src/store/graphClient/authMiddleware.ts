// Sets Authorization from the app's token source on every request, whatever the host (http or https): the SDK's own
// AuthenticationHandler skips http:// hosts. On 401 the token is renewed once and the request sent once more.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { setRequestHeader } from './middlewareContext';
import type { GraphTrafficCounter } from './trafficCounter';

export interface TokenProvider {
  getAccessToken(options?: { forceRefresh?: boolean; scopes?: readonly string[] }): Promise<string>;
}

export class AuthMiddleware implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly tokens: TokenProvider,
    private readonly traffic: GraphTrafficCounter,
    private readonly scopes?: readonly string[],
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('AuthMiddleware needs a next middleware');
    const scopes = this.scopes ? { scopes: this.scopes } : {};
    setRequestHeader(context, 'Authorization', `Bearer ${await this.tokens.getAccessToken(scopes)}`);
    await this.next.execute(context);
    if (context.response?.status !== 401) return;
    // One renewal only: a second 401 is a sign-in problem the user must solve (the store maps it to signInExpired).
    setRequestHeader(context, 'Authorization', `Bearer ${await this.tokens.getAccessToken({ ...scopes, forceRefresh: true })}`);
    this.traffic.noteRetry();
    await this.next.execute(context);
  }
}
