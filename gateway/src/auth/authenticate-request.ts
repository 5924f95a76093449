import type { RequestHandler, Response } from 'express';
import { clientAddressKey, type Identity, type Logger, type RateLimitDecision } from '@alg/service-kit';
import type { Authenticator } from '../authenticator.js';
import {
  credentialKey,
  type GatewayRateLimiters,
  rateLimitExtensions,
  setRateLimitHeaders,
} from '../limits/rate-limits.js';

/** Writes an error response in the route's own format. */
export type ErrorResponder = (res: Response, status: number, extensions: { code: string } & Record<string, unknown>, message: string) => void;

/** GraphQL shape: `{ errors: [{ message, extensions: { code } }] }`. */
export const graphqlErrorResponder: ErrorResponder = (res, status, extensions, message) => {
  res.status(status).json({ errors: [{ message, extensions }] });
};

/** Shape of the gateway's REST routes: `{ error: { code, message } }`. */
export const restErrorResponder: ErrorResponder = (res, status, { code, ...details }, message) => {
  res.status(status).json({ error: { code, message, ...details } });
};

/** Returns the identity that authenticateRequest stored for the route handlers. */
export function identityOf(res: Response): Identity {
  return res.locals.identity as Identity;
}

/**
 * Authenticates the bearer credential and counts the request: per
 * credential when it is valid, per client address when it is missing or
 * invalid. It responds 429 with Retry-After over the limit and 401 without a
 * valid credential, and otherwise stores the identity for identityOf.
 * Every answer carries the RateLimit-* headers of the limit it counted
 * against. It reads headers only, so it runs before the body is parsed.
 */
export function authenticateRequest(options: {
  authenticator: Authenticator;
  limiters: GatewayRateLimiters;
  logger: Logger;
  respond: ErrorResponder;
}): RequestHandler {
  const { authenticator, limiters, logger, respond } = options;
  const reject = (res: Response, decision: RateLimitDecision, limit: 'requests_per_credential' | 'requests_per_address') => {
    res.setHeader('Retry-After', String(decision.resetSeconds));
    respond(res, 429, rateLimitExtensions(decision, limit), decision.message!);
  };

  return async (req, res, next) => {
    let identity: Identity | null;
    try {
      identity = await authenticator.authenticate(req.headers.authorization);
    } catch (err) {
      logger.error({ err, path: req.path }, 'authentication failed');
      respond(res, 503, { code: 'SERVICE_UNAVAILABLE' }, 'Authentication is unavailable; retry shortly.');
      return;
    }
    if (!identity) {
      const decision = limiters.anonymous.consume(clientAddressKey(req.ip));
      setRateLimitHeaders(res, decision);
      if (!decision.allowed) {
        // The address itself is personal data and stays out of the log.
        if (decision.firstRejection) logger.warn({ limit: decision.limit, path: req.path }, 'rate limit of a client address exceeded');
        reject(res, decision, 'requests_per_address');
        return;
      }
      respond(res, 401, { code: 'UNAUTHENTICATED' }, 'Missing or invalid credential: send "Authorization: Bearer <API key or session token>".');
      return;
    }
    const decision = limiters.requests.consume(credentialKey(identity));
    setRateLimitHeaders(res, decision);
    if (!decision.allowed) {
      if (decision.firstRejection) logger.warn({ actor: identity.sub, limit: decision.limit, path: req.path }, 'rate limit of a credential exceeded');
      reject(res, decision, 'requests_per_credential');
      return;
    }
    res.locals.identity = identity;
    next();
  };
}
