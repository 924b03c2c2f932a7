// Sits just above the HTTP handler, so it sees every exchange on the wire (retries included).
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { requestUrl } from './middlewareContext';
import type { GraphTrafficCounter } from './trafficCounter';

const encoder = new TextEncoder();

function bodyBytes(body: unknown): number {
  if (typeof body === 'string') return encoder.encode(body).byteLength;
  if (body instanceof ArrayBuffer) return body.byteLength;
  if (ArrayBuffer.isView(body)) return body.byteLength;
  return 0;
}

export class CountingMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly traffic: GraphTrafficCounter) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('CountingMiddleware needs a next middleware');
    const sent = bodyBytes(context.options?.body);
    const isBatch = /\/\$batch(\?|$)/.test(requestUrl(context));
    try {
      await this.next.execute(context);
    } finally {
      const length = Number(context.response?.headers.get('Content-Length') ?? NaN);
      const received = Number.isFinite(length) ? length : context.response ? (await context.response.clone().arrayBuffer()).byteLength : 0;
      this.traffic.noteRoundTrip(isBatch, sent, received);
    }
  }
}
