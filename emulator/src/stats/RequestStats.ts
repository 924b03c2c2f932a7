// Request statistics since the last reset, including SharePoint resource units (RU) as Microsoft publishes them
// (https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online):
// single-item read or delta with a token = 1, multi-item query, delta without a token, create, update, delete = 2,
// permission operation = 5 (the emulator has none). Each request inside $batch counts on its own; the envelope costs 0.
// Throttled requests count as well (an injected 429/503 costs what the request would have cost).

export interface RequestRecord {
  method: string;
  kind: string;
  status: number;
  origin: 'top' | 'inner';
  userId?: string;
  bytesIn: number;
  bytesOut: number;
  ru: number;
  /** Latency injected by faults before the request ran. */
  latencyMs: number;
}

export interface StatsSnapshot {
  since: string;
  total: number;
  topLevel: number;
  inner: number;
  byMethod: Record<string, number>;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  bytesIn: number;
  bytesOut: number;
  resourceUnits: number;
  /** Sum of the latency faults injected (lets a test check latency without timing it). */
  injectedLatencyMs: number;
  byUser: Record<string, { requests: number; resourceUnits: number }>;
}

const bump = (map: Record<string, number>, key: string, by = 1): void => {
  map[key] = (map[key] ?? 0) + by;
};

export class RequestStats {
  private s: StatsSnapshot = RequestStats.empty();

  private static empty(): StatsSnapshot {
    return { since: new Date().toISOString(), total: 0, topLevel: 0, inner: 0, byMethod: {}, byKind: {}, byStatus: {}, bytesIn: 0, bytesOut: 0, resourceUnits: 0, injectedLatencyMs: 0, byUser: {} };
  }

  record(r: RequestRecord): void {
    const s = this.s;
    s.total++;
    if (r.origin === 'top') s.topLevel++;
    else s.inner++;
    bump(s.byMethod, r.method);
    bump(s.byKind, r.kind);
    bump(s.byStatus, String(r.status));
    s.bytesIn += r.bytesIn;
    s.bytesOut += r.bytesOut;
    s.resourceUnits += r.ru;
    s.injectedLatencyMs += r.latencyMs;
    if (r.userId) {
      const u = (s.byUser[r.userId] ??= { requests: 0, resourceUnits: 0 });
      u.requests++;
      u.resourceUnits += r.ru;
    }
  }

  snapshot(): StatsSnapshot {
    return structuredClone(this.s);
  }

  reset(): void {
    this.s = RequestStats.empty();
  }
}
