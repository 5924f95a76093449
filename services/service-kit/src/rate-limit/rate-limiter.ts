export interface RateLimitOptions {
  /** Points allowed per key in one window; a request usually costs one point. */
  points: number;
  /** Window length in seconds. */
  windowSeconds: number;
  /** Names what is counted and per what, to complete "… allowed per window", e.g. "requests per API key". */
  description: string;
  /**
   * Keys counted at once, at most. Past it, ended windows are dropped first. When every window is
   * still open, the oldest is forgotten, so that key starts a new window early.
   */
  maxKeys?: number;
}

/** Outcome of counting one request against a limit. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Points allowed per window. */
  limit: number;
  /** Points left in the current window. */
  remaining: number;
  /** Points counted in the current window, this request included. */
  consumed: number;
  /** True for the first rejected request of the window, so a caller can log once per window. */
  firstRejection: boolean;
  /** Seconds until the current window ends and the count starts again (at least 1). */
  resetSeconds: number;
  /** Message of a rejected request, naming the limit that was hit and when to retry; null when allowed. */
  message: string | null;
}

interface Window {
  startedAt: number;
  consumed: number;
}

const DEFAULT_MAX_KEYS = 100_000;

/**
 * An in-process fixed-window counter per key, with synchronous calls, so a
 * hot path such as the redirect counts a request with one map lookup. A
 * key's window opens at its first request. The map keeps keys in the order
 * their windows opened, because a key is deleted and set again when a new
 * window opens, so ended windows are always at the front. The counts are
 * per process: several replicas behind a load balancer each allow the full
 * limit.
 */
export class RateLimiter {
  readonly points: number;
  readonly windowSeconds: number;
  readonly description: string;
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly windows = new Map<string, Window>();

  constructor(options: RateLimitOptions) {
    if (!Number.isInteger(options.points) || options.points < 1) {
      throw new Error(`Invalid rate limit ${options.points} for ${options.description}: give a whole number of at least 1.`);
    }
    if (!Number.isInteger(options.windowSeconds) || options.windowSeconds < 1) {
      throw new Error(`Invalid rate-limit window ${options.windowSeconds} s for ${options.description}: give whole seconds, at least 1.`);
    }
    this.points = options.points;
    this.windowSeconds = options.windowSeconds;
    this.description = options.description;
    this.windowMs = options.windowSeconds * 1_000;
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  }

  /** Counts `points` against `key`; a rejected request still counts, so a client that keeps retrying stays limited. */
  consume(key: string, points = 1, now = Date.now()): RateLimitDecision {
    const window = this.windowOf(key, now);
    window.consumed += points;
    const allowed = window.consumed <= this.points;
    const resetSeconds = Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1_000));

    return {
      allowed,
      limit: this.points,
      remaining: Math.max(0, this.points - window.consumed),
      consumed: window.consumed,
      firstRejection: !allowed && window.consumed - points <= this.points,
      resetSeconds,
      message: allowed
        ? null
        : `Rate limit exceeded: ${this.points.toLocaleString('en-US')} ${this.description} allowed per ${this.windowSeconds} s; retry in ${resetSeconds} s.`,
    };
  }

  /** Gives back points counted for a request that was then rejected by another limit. */
  refund(key: string, points = 1, now = Date.now()): void {
    const window = this.windows.get(key);
    if (window && now - window.startedAt < this.windowMs) window.consumed = Math.max(0, window.consumed - points);
  }

  /** Keys counted now, expired windows included until they are reused or evicted. */
  get size(): number {
    return this.windows.size;
  }

  private windowOf(key: string, now: number): Window {
    const current = this.windows.get(key);
    if (current !== undefined && now - current.startedAt < this.windowMs) return current;
    if (current !== undefined) {
      this.windows.delete(key);
    } else if (this.windows.size >= this.maxKeys) {
      this.makeRoom(now);
    }
    const window = { startedAt: now, consumed: 0 };
    this.windows.set(key, window);

    return window;
  }

  /** Drops the ended windows at the front, or the oldest open one when none has ended. */
  private makeRoom(now: number): void {
    let dropped = false;
    for (const [key, window] of this.windows) {
      if (now - window.startedAt < this.windowMs) break;
      this.windows.delete(key);
      dropped = true;
    }
    if (dropped) return;
    const first = this.windows.keys().next();
    if (!first.done) this.windows.delete(first.value);
  }
}
