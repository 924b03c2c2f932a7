// JSON batching: many Graph requests in one round trip. Splits into $batch calls of at most 20 (keeping a request
// with the requests it depends on), and retries inner 429/503/504 by re-sending only those: the SDK does not.
import { StoreError } from '../graphClient/StoreError';
import type { GraphConnection, HttpMethod } from '../graphClient/createGraphClient';
import { isSuccess } from '../graphClient/httpStatus';
import { RETRYABLE_STATUSES, mayRetry, parseRetryAfter, retryDelay } from '../graphClient/retryPolicy';
import { storeErrorFor } from '../graphClient/storeErrors';

export const MAX_BATCH_SIZE = 20;

export interface BatchPart {
  /** Unique within one `sendBatch` call. */
  id: string;
  method: HttpMethod;
  /** Relative (`/sites/…`), or an absolute Graph link. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export interface BatchAnswer<T = unknown> {
  id: string;
  status: number;
  headers: Record<string, string>;
  /** Undefined when the response had no body (204). */
  body: T;
}

interface WireResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Groups requests linked by dependsOn (directly or not): a group must travel in one $batch. */
function dependencyGroups(parts: readonly BatchPart[]): BatchPart[][] {
  const groupOf = new Map<string, BatchPart[]>();
  const groups: BatchPart[][] = [];
  for (const part of parts) {
    const joined = (part.dependsOn ?? []).map((id) => groupOf.get(id)).filter((g): g is BatchPart[] => g !== undefined);
    let group = joined[0];
    if (!group) {
      group = [];
      groups.push(group);
    }
    for (const other of joined.slice(1)) {
      if (other === group) continue;
      group.push(...other);
      for (const p of other) groupOf.set(p.id, group);
      groups.splice(groups.indexOf(other), 1);
    }
    group.push(part);
    groupOf.set(part.id, group);
  }
  return groups;
}

/** Packs requests into chunks of at most 20, never splitting a dependency group. */
export function planBatches(parts: readonly BatchPart[]): BatchPart[][] {
  const ids = new Set<string>();
  for (const part of parts) {
    if (ids.has(part.id)) throw new Error(`Duplicate $batch request id '${part.id}'`);
    for (const dep of part.dependsOn ?? []) if (!ids.has(dep)) throw new Error(`$batch request '${part.id}' depends on '${dep}', which does not come before it`);
    ids.add(part.id);
  }
  const chunks: BatchPart[][] = [];
  let current: BatchPart[] = [];
  for (const group of dependencyGroups(parts)) {
    if (group.length > MAX_BATCH_SIZE) throw new Error(`A dependency chain of ${group.length} requests does not fit one $batch`);
    if (current.length + group.length > MAX_BATCH_SIZE) {
      chunks.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

const lowerCaseKeys = (headers: Record<string, string> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));

function toWire(part: BatchPart, graph: GraphConnection, stillSent: ReadonlySet<string>): Record<string, unknown> {
  const headers: Record<string, string> = { ...part.headers };
  const hasBody = part.body !== undefined;
  if (hasBody && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  const dependsOn = (part.dependsOn ?? []).filter((id) => stillSent.has(id));
  return {
    id: part.id,
    method: part.method,
    url: graph.relative(part.url),
    ...(Object.keys(headers).length ? { headers } : {}),
    ...(hasBody ? { body: part.body } : {}),
    ...(dependsOn.length ? { dependsOn } : {}),
  };
}

export interface BatchOptions {
  /**
   * Whether throttled inner requests are sent again here (default). A poll says no: it is simply due again later, at
   * a pace that waits for the throttle (pollPacing.ts), and it must not hold the session's lane while writes wait.
   */
  retryThrottled?: boolean;
}

async function sendChunk(graph: GraphConnection, chunk: readonly BatchPart[], answers: Map<string, BatchAnswer>, options: BatchOptions): Promise<void> {
  const startedAt = graph.timing.now();
  let pending = [...chunk];
  for (let attempt = 1; ; attempt += 1) {
    const ids = new Set(pending.map((p) => p.id));
    graph.traffic.noteBatch(pending.length);
    const reply = await graph.call<{ responses?: WireResponse[] }>({
      method: 'POST',
      path: '/$batch',
      body: { requests: pending.map((p) => toWire(p, graph, ids)) },
    });
    for (const r of reply.responses ?? []) {
      const headers = lowerCaseKeys(r.headers);
      answers.set(r.id, { id: r.id, status: r.status, headers, body: r.status === 204 ? undefined : r.body });
      graph.budget.observe((name) => headers[name.toLowerCase()], r.status);
    }
    // Re-send the throttled ones, and those that failed only because a throttled one failed (424).
    const throttled = new Set(pending.filter((p) => RETRYABLE_STATUSES.has(answers.get(p.id)?.status ?? 0)).map((p) => p.id));
    if (throttled.size === 0 || options.retryThrottled === false) return;
    const blocked = (p: BatchPart): boolean => answers.get(p.id)?.status === 424 && (p.dependsOn ?? []).some((d) => throttled.has(d) || blockedIds.has(d));
    const blockedIds = new Set<string>();
    for (const p of pending) if (blocked(p)) blockedIds.add(p.id);
    const waits = [...throttled].map((id) => parseRetryAfter(answers.get(id)?.headers['retry-after'], graph.timing.now()));
    const readable = waits.filter((w): w is number => w !== undefined);
    const delay = retryDelay(graph.timing, attempt, readable.length ? Math.max(...readable) : undefined);
    if (!mayRetry(graph.timing, attempt, startedAt, delay)) return; // the caller maps the inner 429/503 to a StoreError
    pending = pending.filter((p) => throttled.has(p.id) || blockedIds.has(p.id));
    graph.traffic.noteRetry(pending.length);
    await graph.timing.sleep(delay);
  }
}

/**
 * Sends the requests in as few $batch calls as the 20-request limit allows (sequentially, so a later chunk never
 * races an earlier one), retrying throttled inner requests. Resolves with one answer per request id; inner failures
 * are answers, not exceptions (see `expectOk`).
 */
export async function sendBatch(graph: GraphConnection, parts: readonly BatchPart[], options: BatchOptions = {}): Promise<Map<string, BatchAnswer>> {
  const answers = new Map<string, BatchAnswer>();
  for (const chunk of planBatches(parts)) await sendChunk(graph, chunk, answers, options);
  for (const part of parts) {
    if (!answers.has(part.id)) throw new StoreError('unknown', `$batch gave no answer for '${part.id}'`);
  }
  return answers;
}

export const isOk = (answer: BatchAnswer | undefined): boolean => isSuccess(answer?.status);

/** The body of a 2xx inner answer, or the StoreError it maps to. */
export function expectOk<T>(answers: Map<string, BatchAnswer>, id: string, what: string, notFound: StoreError['code'] = 'unknown'): T {
  const answer = answers.get(id);
  if (!answer) throw new StoreError('unknown', `${what}: no answer`);
  if (isOk(answer)) return answer.body as T;
  throw storeErrorFor(answer.status, answer.body, what, notFound);
}
