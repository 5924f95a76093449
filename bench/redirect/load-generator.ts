/**
 * A small HTTP load generator on undici: keep-alive connections, one
 * request in flight per connection, latency measured with hrtime in
 * microsecond resolution. Closed-loop runs find the highest throughput;
 * fixed-rate runs send on a schedule and measure each request from the
 * moment it was due, so a slow response also delays the requests behind it
 * in the figures (no coordinated omission).
 */
import { Pool } from 'undici';

export interface LoadResult {
  label: string;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  statuses: Record<string, number>;
  errors: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Every latency in milliseconds, for merging runs. */
  latencies: Float64Array;
}

interface Recorder {
  latencies: Float64Array;
  count: number;
  statuses: Record<string, number>;
  errors: number;
}

function recorder(capacity: number): Recorder {
  return { latencies: new Float64Array(capacity), count: 0, statuses: {}, errors: 0 };
}

function record(target: Recorder, startedNs: bigint, status: number | null): void {
  if (status === null) target.errors++;
  else target.statuses[status] = (target.statuses[status] ?? 0) + 1;
  if (target.count < target.latencies.length) {
    target.latencies[target.count] = Number(process.hrtime.bigint() - startedNs) / 1e6;
  }
  target.count++;
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;

  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

function summarize(label: string, target: Recorder, seconds: number): LoadResult {
  return merge(label, [{ latencies: target.latencies.slice(0, Math.min(target.count, target.latencies.length)), requests: target.count, seconds, statuses: target.statuses, errors: target.errors }]);
}

/** Combines runs of one server into one result: requests and seconds add up, percentiles are over every latency. */
export function merge(
  label: string,
  runs: Pick<LoadResult, 'latencies' | 'requests' | 'seconds' | 'statuses' | 'errors'>[],
): LoadResult {
  const sorted = new Float64Array(runs.reduce((sum, run) => sum + run.latencies.length, 0));
  let offset = 0;
  for (const run of runs) {
    sorted.set(run.latencies, offset);
    offset += run.latencies.length;
  }
  sorted.sort();
  const statuses: Record<string, number> = {};
  for (const run of runs) for (const [status, total] of Object.entries(run.statuses)) statuses[status] = (statuses[status] ?? 0) + total;
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);

  return {
    label,
    requests,
    seconds,
    requestsPerSecond: requests / seconds,
    statuses,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p99: percentile(sorted, 0.99),
    max: sorted.length > 0 ? sorted[sorted.length - 1]! : Number.NaN,
    latencies: sorted,
  };
}

async function send(pool: Pool, path: string, headers: Record<string, string>): Promise<number | null> {
  try {
    const response = await pool.request({ method: 'GET', path, headers });
    await response.body.dump();

    return response.statusCode;
  } catch {
    return null;
  }
}

/** Sends as fast as `connections` keep-alive connections allow, for `seconds`. */
export async function closedLoop(
  label: string,
  origin: string,
  path: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const pool = new Pool(origin, { connections: options.connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const target = recorder(2_000_000);
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(options.seconds * 1e9));
  const worker = async () => {
    while (process.hrtime.bigint() < deadline) {
      const requestStarted = process.hrtime.bigint();
      record(target, requestStarted, await send(pool, path, options.headers ?? {}));
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.close();

  return summarize(label, target, seconds);
}

/** Sends `rate` requests per second for `seconds`, each measured from when it was due. */
export async function fixedRate(
  label: string,
  origin: string,
  path: string,
  options: { rate: number; seconds: number; connections: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const pool = new Pool(origin, { connections: options.connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const total = Math.round(options.rate * options.seconds);
  const target = recorder(total);
  const intervalNs = 1e9 / options.rate;
  const started = process.hrtime.bigint();
  const inFlight = new Set<Promise<void>>();
  let sent = 0;
  while (sent < total) {
    const elapsedNs = Number(process.hrtime.bigint() - started);
    const due = Math.min(total, Math.floor(elapsedNs / intervalNs) + 1);
    for (; sent < due; sent++) {
      const dueNs = started + BigInt(Math.round(sent * intervalNs));
      const request = send(pool, path, options.headers ?? {}).then((status) => record(target, dueNs, status));
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request));
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(inFlight);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.close();

  return summarize(label, target, seconds);
}
