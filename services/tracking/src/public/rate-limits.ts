import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { clientAddressKey, RateLimiter } from '@alg/service-kit';
import { RateLimitedError } from './http-replies.js';

/** One limit of at most `max` requests per minute for each key. A null key skips the limit. */
export interface LimitRule {
  name: string;
  /** Completes "Too many requests …" in the 429 message. */
  description: string;
  max: number;
  keyOf: (request: FastifyRequest) => string | null;
}

/** A route hook (onRequest or preHandler) that rejects a request over its limits with RateLimitedError. */
export type LimitHook = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => void;

/** Per-address key of a request; IPv6 addresses count per /64. */
export const byAddress = (request: FastifyRequest) => clientAddressKey(request.ip);

/** Counts a request against rules and throws RateLimitedError at the first one it exceeds. */
export type LimitCheck = (request: FastifyRequest) => void;

/**
 * A check that counts the request against every rule, each with its own
 * counters. Routes call it themselves where a limit may count only
 * requests that passed validation or a signature check, so that invalid
 * requests cannot use up the quota of a link or an organization. The
 * counters are the service kit's synchronous RateLimiter, so the redirect
 * pays one map lookup per rule.
 * NOTE: counters are per process; with several public instances, each
 * allows `max` requests per key.
 */
export function limitCheck(rules: LimitRule[]): LimitCheck {
  const checks = rules.map((rule) => ({
    rule,
    limiter: new RateLimiter({ points: rule.max, windowSeconds: 60, description: `requests ${rule.description}` }),
  }));

  return (request) => {
    for (const { rule, limiter } of checks) {
      const key = rule.keyOf(request);
      if (key === null) continue;
      const decision = limiter.consume(key);
      if (!decision.allowed) throw new RateLimitedError(rule.description, decision.resetSeconds);
    }
  };
}

/** A route hook that applies limitCheck before the route runs. */
export function limitHook(rules: LimitRule[]): LimitHook {
  const check = limitCheck(rules);

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
