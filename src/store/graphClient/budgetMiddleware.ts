// Sits just above the HTTP handler, so it sees every answer on the wire (each retried 429 included) and hands its
// RateLimit / Retry-After headers to the connection's budget tracker. Inner $batch answers are read in batch.ts.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { BudgetTracker } from './budgetSignals';

export class BudgetMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly budget: BudgetTracker) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('BudgetMiddleware needs a next middleware');
    await this.next.execute(context);
    const response = context.response;
    if (response) this.budget.observe((name) => response.headers.get(name), response.status);
  }
}
