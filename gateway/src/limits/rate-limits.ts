import { HeaderMap } from '@apollo/server';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { type Identity, type RateLimitDecision, RateLimiter } from '@alg/service-kit';
import type { GatewayConfig } from '../config.js';
import type { OperationMeasure } from './operation-limits.js';

/** The gateway's request limits; every count is per RATE_LIMIT_WINDOW_SECONDS. */
export interface GatewayRateLimiters {
  /** Requests to /graphql and /v1/imports per credential. */
  requests: RateLimiter;
  /** Requests without a valid credential per client address. */
  anonymous: RateLimiter;
  /** GraphQL mutations per credential. */
  mutations: RateLimiter;
  /** Estimated cost of GraphQL operations per credential. */
  cost: RateLimiter;
}

/** Names of the limits in `extensions.limit` of a RATE_LIMITED error. */
export type RateLimitName = 'requests_per_credential' | 'requests_per_address' | 'mutations_per_credential' | 'cost_per_credential';

export function createRateLimiters(config: GatewayConfig): GatewayRateLimiters {
  const windowSeconds = config.RATE_LIMIT_WINDOW_SECONDS;

  return {
    requests: new RateLimiter({ points: config.RATE_LIMIT_REQUESTS_PER_CREDENTIAL, windowSeconds, description: 'requests per credential' }),
    anonymous: new RateLimiter({
      points: config.RATE_LIMIT_REQUESTS_PER_IP,
      windowSeconds,
      description: 'requests without a valid credential per client address',
    }),
    mutations: new RateLimiter({ points: config.RATE_LIMIT_MUTATIONS_PER_CREDENTIAL, windowSeconds, description: 'mutations per credential' }),
    cost: new RateLimiter({ points: config.RATE_LIMIT_COST_PER_CREDENTIAL, windowSeconds, description: 'cost points per credential' }),
  };
}

/**
 * Returns the key a credential is counted under: the API key id for API and
 * partner keys, the account id for console users (across their
 * organizations), and one key for the operator token.
 */
export function credentialKey(identity: Identity): string {
  return identity.sub;
}

/** Sets the RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset (seconds) headers of the IETF httpapi draft. */
export function setRateLimitHeaders(res: Response, decision: RateLimitDecision): void {
  res.setHeader('RateLimit-Limit', String(decision.limit));
  res.setHeader('RateLimit-Remaining', String(decision.remaining));
  res.setHeader('RateLimit-Reset', String(decision.resetSeconds));
}

export function rateLimitExtensions(decision: RateLimitDecision, limit: RateLimitName) {
  return { code: 'RATE_LIMITED', limit, retryAfterSeconds: decision.resetSeconds };
}

/** Builds the GraphQL error that Apollo Server sends with status 429 and Retry-After. */
function rateLimitedGraphqlError(decision: RateLimitDecision, limit: RateLimitName): GraphQLError {
  return new GraphQLError(decision.message!, {
    extensions: {
      ...rateLimitExtensions(decision, limit),
      http: { status: 429, headers: new HeaderMap([['retry-after', String(decision.resetSeconds)]]) },
    },
  });
}

/**
 * Charges an operation, once measured, to its credential: its estimated cost
 * always, and one mutation when it is one. Throws a RATE_LIMITED error when
 * a budget is spent; points of a rejected operation are given back, since
 * it does not run.
 */
export function chargeOperation(limiters: GatewayRateLimiters) {
  return async (identity: Identity, measure: OperationMeasure, operationType: string): Promise<void> => {
    const key = credentialKey(identity);
    const cost = limiters.cost.consume(key, measure.cost);
    if (!cost.allowed) {
      limiters.cost.refund(key, measure.cost);
      throw rateLimitedGraphqlError(cost, 'cost_per_credential');
    }
    if (operationType !== 'mutation') return;
    const mutations = limiters.mutations.consume(key);
    if (!mutations.allowed) {
      limiters.cost.refund(key, measure.cost);
      throw rateLimitedGraphqlError(mutations, 'mutations_per_credential');
    }
  };
}
