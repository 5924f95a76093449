import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { clientAddressKey } from '@alg/service-kit';
import { RateLimitedError } from './http-replies.js';

/** One limit of at most `max` requests per window for each key. A null key skips the limit. */
export interface LimitRule {
  name: string;
  /** Completes "Too many requests …" in the 429 message. */
  description: string;
  max: number;
  keyOf: (request: FastifyRequest) => string | null;
}

/** A route hook (onRequest or preHandler) that rejects a request over its limits with RateLimitedError. */
export type LimitHook = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => void;

export interface LimiterOptions {
  windowMs?: number;
  /** Maximum number of keys counted at once. Past it, the key whose window started first is forgotten. */
  maxKeys?: number;
}

interface Window {
  startedAt: number;
  count: number;
}

const DEFAULT_WINDOW_MS = 60_000;
const DEFAULT_MAX_KEYS = 100_000;

/**
 * Fixed-window request counters in memory, one per key. The map keeps its
 * keys in the order their windows started, because a key is deleted and
 * set again when a new window opens, so the first key is always the one to
 * evict. The redirect calls this on every request, which is why it is a
 * synchronous map lookup and not the service kit's RateLimiter, whose
 * store returns a promise.
 * NOTE: counters are per process; with several public instances, each
 * allows `max` requests per key.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly max: number;
  private readonly windowMs: number;
  private readonly maxKeys: number;

  constructor(max: number, options: LimiterOptions = {}) {
    this.max = max;
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  }

  /** Counts one request for the key and returns 0 when it is allowed, else the seconds until its window ends. */
  hit(key: string, now = Date.now()): number {
    let window = this.windows.get(key);
    if (window === undefined || now - window.startedAt >= this.windowMs) {
      if (window !== undefined) this.windows.delete(key);
      else if (this.windows.size >= this.maxKeys) this.evictFirst();
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    if (window.count <= this.max) return 0;

    return Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1_000));
  }

  get size(): number {
    return this.windows.size;
  }

  private evictFirst(): void {
    const first = this.windows.keys().next();
    if (!first.done) this.windows.delete(first.value);
  }
}

/** Per-address key of a request; IPv6 addresses count per /64. */
export const byAddress = (request: FastifyRequest) => clientAddressKey(request.ip);

/** Counts a request against rules and throws RateLimitedError at the first one it exceeds. */
export type LimitCheck = (request: FastifyRequest) => void;

/**
 * A check that counts the request against every rule, each with its own
 * counters. Routes call it themselves where a limit may count only
 * requests that passed validation or a signature check, so that invalid
 * requests cannot use up the quota of a link or an organization.
 */
export function limitCheck(rules: LimitRule[], options: LimiterOptions = {}): LimitCheck {
  const checks = rules.map((rule) => ({ rule, limiter: new FixedWindowLimiter(rule.max, options) }));

  return (request) => {
    for (const { rule, limiter } of checks) {
      const key = rule.keyOf(request);
      if (key === null) continue;
      const retryAfterSeconds = limiter.hit(key);
      if (retryAfterSeconds > 0) throw new RateLimitedError(rule.description, retryAfterSeconds);
    }
  };
}

/** A route hook that applies limitCheck before the route runs. */
export function limitHook(rules: LimitRule[], options: LimiterOptions = {}): LimitHook {
  const check = limitCheck(rules, options);

  return (request, _reply, done) => {
    try {
      check(request);
    } catch (err) {
      done(err as Error);
      return;
    }
    done();
  };
}
