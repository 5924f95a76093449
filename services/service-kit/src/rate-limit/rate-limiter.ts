import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Points allowed per key in one window; a request usually costs one point. */
  points: number;
  /** Window length in seconds. */
  windowSeconds: number;
  /** Names what is counted and per what, to complete "… allowed per window", e.g. "requests per API key". */
  description: string;
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

/**
 * An in-process fixed-window counter per key, built on rate-limiter-flexible's
 * RateLimiterMemory. Each key's counter is deleted when its window ends, so
 * memory holds only the keys seen in the current window. The counts are per
 * process: several replicas behind a load balancer each allow the full limit.
 */
export class RateLimiter {
  readonly points: number;
  readonly windowSeconds: number;
  readonly description: string;
  private readonly limiter: RateLimiterMemory;

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
    this.limiter = new RateLimiterMemory({ points: options.points, duration: options.windowSeconds });
  }

  /** Counts `points` against `key`; a rejected request still counts, so a client that keeps retrying stays limited. */
  async consume(key: string, points = 1): Promise<RateLimitDecision> {
    try {
      return this.decision(await this.limiter.consume(key, points), true, points);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;

      return this.decision(rejection, false, points);
    }
  }

  /** Gives back points counted for a request that was then rejected by another limit. */
  async refund(key: string, points = 1): Promise<void> {
    await this.limiter.reward(key, points);
  }

  private decision(result: RateLimiterRes, allowed: boolean, pointsConsumed: number): RateLimitDecision {
    const resetSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));

    return {
      allowed,
      limit: this.points,
      remaining: result.remainingPoints,
      consumed: result.consumedPoints,
      firstRejection: !allowed && result.consumedPoints - pointsConsumed <= this.points,
      resetSeconds,
      message: allowed
        ? null
        : `Rate limit exceeded: ${this.points.toLocaleString('en-US')} ${this.description} allowed per ${this.windowSeconds} s; retry in ${resetSeconds} s.`,
    };
  }
}
