import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import { RateLimitedError } from './http-replies.js';

/** One limit: at most `max` requests per minute for each key; a null key skips the limit. */
export interface LimitRule {
  name: string;
  /** Completes "Too many requests …" in the 429 message. */
  description: string;
  max: number;
  keyOf: (request: FastifyRequest) => string | null;
}

export type LimitHook = (request: FastifyRequest) => Promise<void>;

const WINDOW_MS = 60_000;

/** Per-address key; IPv6 addresses count per /64, which is what one subscriber usually has. */
export const byAddress = (request: FastifyRequest) => normalizeIP(request.ip);

/** Registers the in-memory limiter store; keys past `keys` are evicted oldest first. */
export async function registerRateLimits(app: FastifyInstance, keys = 100_000): Promise<void> {
  await app.register(rateLimit, { global: false, cache: keys });
}

/**
 * A hook that counts the request against every rule and throws
 * RateLimitedError at the first rule it exceeds. The plugin's own route
 * hook runs one limit per request, so each rule is a separate limiter here.
 */
export function limitHook(app: FastifyInstance, rules: LimitRule[]): LimitHook {
  const checks = rules.map((rule) => ({
    rule,
    check: app.createRateLimit({
      max: rule.max,
      timeWindow: WINDOW_MS,
      keyGenerator: (request: FastifyRequest) => `${rule.name}|${rule.keyOf(request)}`,
    }),
  }));

  return async (request) => {
    for (const { rule, check } of checks) {
      if (rule.keyOf(request) === null) continue;
      const limit = await check(request);
      if (!limit.isAllowed && limit.isExceeded) throw new RateLimitedError(rule.description, Math.max(1, limit.ttlInSeconds));
    }
  };
}
