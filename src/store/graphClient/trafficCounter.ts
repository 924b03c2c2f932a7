// Counts what the app costs SharePoint: round trips on the wire, Graph requests (inner $batch requests included)
// and bytes. The benchmark and the meeting-panel budget (≤ 12 resource units per user per minute) read it.

export interface GraphTrafficSnapshot {
  /** HTTP exchanges on the wire, retries included. */
  roundTrips: number;
  /** Graph operations: each top-level request that is not a $batch, plus each request inside a $batch. */
  requests: number;
  /** Retries sent after 401/429/503/504 or a network error (top-level and inner). */
  retries: number;
  bytesSent: number;
  bytesReceived: number;
}

export class GraphTrafficCounter {
  private counts: GraphTrafficSnapshot = { roundTrips: 0, requests: 0, retries: 0, bytesSent: 0, bytesReceived: 0 };

  snapshot(): GraphTrafficSnapshot {
    return { ...this.counts };
  }

  reset(): void {
    this.counts = { roundTrips: 0, requests: 0, retries: 0, bytesSent: 0, bytesReceived: 0 };
  }

  /** One exchange on the wire; a $batch counts its inner requests through `noteBatch`. */
  noteRoundTrip(isBatch: boolean, bytesSent: number, bytesReceived: number): void {
    this.counts.roundTrips += 1;
    if (!isBatch) this.counts.requests += 1;
    this.counts.bytesSent += bytesSent;
    this.counts.bytesReceived += bytesReceived;
  }

  noteBatch(innerRequests: number): void {
    this.counts.requests += innerRequests;
  }

  noteRetry(count = 1): void {
    this.counts.retries += count;
  }
}
