// Fault injection for tests and benchmarks: latency, throttling (429/503 with Retry-After), errors on the next N
// matching requests, and dropped connections either before the change is applied or after it (the "lost response
// after a successful write" case that clients must be idempotent against). A seeded PRNG makes runs replayable.

export type FaultScope = 'all' | 'top' | 'inner';

export interface FailNextRule {
  /** HTTP status to answer with (429, 503, 500, 412 …), or 'dropBefore' / 'dropAfter' to destroy the connection. */
  status: number | 'dropBefore' | 'dropAfter';
  count: number;
  method?: string;
  /** Regular expression tested against the path, e.g. '/items'. */
  pathPattern?: string;
  retryAfterSeconds?: number;
  applyTo?: FaultScope;
}

export interface FaultConfig {
  latencyMs: number;
  latencyJitterMs: number;
  rate429: number;
  rate503: number;
  retryAfterSeconds: number;
  /** Same as dropBeforeApply (kept for brevity). */
  dropRate: number;
  dropBeforeApply: number;
  dropAfterApply: number;
  seed: number;
  applyTo: FaultScope;
  pathPattern?: string;
  methods?: string[];
  failNext: FailNextRule[];
}

export const defaultFaults = (): FaultConfig => ({
  latencyMs: 0, latencyJitterMs: 0, rate429: 0, rate503: 0, retryAfterSeconds: 1, dropRate: 0, dropBeforeApply: 0, dropAfterApply: 0,
  seed: 1, applyTo: 'all', failNext: [],
});

export type FaultDecision =
  | { kind: 'none'; latencyMs: number }
  | { kind: 'status'; latencyMs: number; status: number; retryAfterSeconds: number }
  | { kind: 'drop'; latencyMs: number; when: 'before' | 'after' };

/** mulberry32: small, fast and good enough to make fault sequences replayable. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const scopeMatches = (scope: FaultScope, origin: 'top' | 'inner'): boolean => scope === 'all' || scope === origin;

export class FaultInjector {
  private config: FaultConfig = defaultFaults();
  private random = mulberry32(1);

  get(): FaultConfig {
    return structuredClone(this.config);
  }

  set(input: Record<string, unknown>): FaultConfig {
    const next: FaultConfig = { ...defaultFaults(), ...(input as Partial<FaultConfig>) };
    for (const key of ['latencyMs', 'latencyJitterMs', 'retryAfterSeconds', 'seed'] as const) {
      if (typeof next[key] !== 'number' || !Number.isFinite(next[key]) || next[key] < 0) throw new Error(`'${key}' must be a non-negative number`);
    }
    for (const key of ['rate429', 'rate503', 'dropRate', 'dropBeforeApply', 'dropAfterApply'] as const) {
      if (typeof next[key] !== 'number' || next[key] < 0 || next[key] > 1) throw new Error(`'${key}' must be a number from 0 to 1`);
    }
    if (!['all', 'top', 'inner'].includes(next.applyTo)) throw new Error("'applyTo' must be 'all', 'top' or 'inner'");
    if (next.pathPattern !== undefined) new RegExp(next.pathPattern);
    if (!Array.isArray(next.failNext)) throw new Error("'failNext' must be an array");
    next.failNext = next.failNext.map((r) => {
      if (typeof r.status !== 'number' && r.status !== 'dropBefore' && r.status !== 'dropAfter') throw new Error("failNext 'status' must be a number, 'dropBefore' or 'dropAfter'");
      if (r.pathPattern !== undefined) new RegExp(r.pathPattern);
      return { ...r, count: typeof r.count === 'number' ? r.count : 1 };
    });
    this.config = next;
    this.random = mulberry32(next.seed);
    return this.get();
  }

  clear(): void {
    this.set({});
  }

  /** Decides what happens to one request. Drops apply only to top-level requests (an inner request has no connection). */
  decide(method: string, path: string, origin: 'top' | 'inner'): FaultDecision {
    const c = this.config;
    const matches = (m: string | undefined, pattern: string | undefined): boolean =>
      (m === undefined || m.toUpperCase() === method) && (pattern === undefined || new RegExp(pattern).test(path));

    const rule = c.failNext.find((r) => r.count > 0 && scopeMatches(r.applyTo ?? c.applyTo, origin) && matches(r.method, r.pathPattern)
      && !(origin === 'inner' && typeof r.status !== 'number'));
    const inScope = scopeMatches(c.applyTo, origin) && matches(undefined, c.pathPattern) && (!c.methods || c.methods.map((m) => m.toUpperCase()).includes(method));
    const latencyMs = inScope && (c.latencyMs > 0 || c.latencyJitterMs > 0) ? c.latencyMs + this.random() * c.latencyJitterMs : 0;
    if (rule) {
      rule.count--;
      if (rule.status === 'dropBefore' || rule.status === 'dropAfter') return { kind: 'drop', latencyMs, when: rule.status === 'dropBefore' ? 'before' : 'after' };
      return { kind: 'status', latencyMs, status: rule.status, retryAfterSeconds: rule.retryAfterSeconds ?? c.retryAfterSeconds };
    }
    if (!inScope) return { kind: 'none', latencyMs };
    const r = this.random();
    let edge = c.rate429;
    if (r < edge) return { kind: 'status', latencyMs, status: 429, retryAfterSeconds: c.retryAfterSeconds };
    edge += c.rate503;
    if (r < edge) return { kind: 'status', latencyMs, status: 503, retryAfterSeconds: c.retryAfterSeconds };
    if (origin === 'top') {
      edge += c.dropRate + c.dropBeforeApply;
      if (r < edge) return { kind: 'drop', latencyMs, when: 'before' };
      edge += c.dropAfterApply;
      if (r < edge) return { kind: 'drop', latencyMs, when: 'after' };
    }
    return { kind: 'none', latencyMs };
  }
}
