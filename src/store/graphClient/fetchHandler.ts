// The last link of the chain when the caller brings its own fetch (tests, a proxy); otherwise the SDK's
// HTTPMessageHandler, which uses the global fetch, ends the chain.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export class FetchHandler implements Middleware {
  constructor(private readonly fetchImpl: typeof fetch) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.fetchImpl(context.request, context.options as RequestInit);
  }
}
