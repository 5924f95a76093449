import type { Request, RequestHandler } from 'express';
import { clientAddressKey, RateLimiter } from '@alg/service-kit';
import type { CampaignsConfig } from '../config.js';
import { securityHeaders } from './security-headers.js';

/** One limit of a route: the request counts under `keyOf`'s key, and a null key skips the limit. */
export interface LimitRule {
  limiter: RateLimiter;
  keyOf: (req: Request) => string | null;
}

const TOO_MANY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too many requests</title></head>
<body><h1>Too many requests</h1><p>This page was opened too often from your network. Wait a minute and try again.</p></body></html>`;

/**
 * Counts the request against each rule in turn and responds 429 with
 * Retry-After at the first one it exceeds. The body is an HTML page for the
 * pages people open, and JSON `{ error: { code: "RATE_LIMITED" } }` otherwise.
 */
export function rateLimit(rules: LimitRule[], format: 'html' | 'json'): RequestHandler {
  return async (req, res, next) => {
    try {
      for (const rule of rules) {
        const key = rule.keyOf(req);
        if (key === null) continue;
        const decision = rule.limiter.consume(key);
        if (decision.allowed) continue;
        res.status(429).setHeader('Retry-After', String(decision.resetSeconds));
        res.setHeader('Cache-Control', 'no-store');
        if (format === 'html') {
          res.type('text/html; charset=utf-8').send(TOO_MANY_PAGE);
        } else {
          res.json({ error: { code: 'RATE_LIMITED', message: decision.message, retryAfterSeconds: decision.resetSeconds } });
        }
        return;
      }
      next();
    } catch (err) {
      next(err);
    }
  };
}

/** Middleware of routes whose path parameters are plain strings. */
export type PublicGuard = RequestHandler<Record<string, string>>;

/** Middleware in front of each group of public routes: it sets the security headers, then counts the group's rate limits. */
export interface PublicGuards {
  sharePage: PublicGuard;
  shareCard: PublicGuard;
  asset: PublicGuard;
  boothPage: PublicGuard;
  boothQrCode: PublicGuard;
  checkIn: PublicGuard;
  webhook: PublicGuard;
}

const byAddress = (req: Request) => clientAddressKey(req.ip);

/** Returns the key of a route parameter, prefixed so that share tokens and booth tokens never share a counter. */
const byParam = (prefix: string, name: string) => (req: Request) => {
  const value = req.params[name];

  return typeof value === 'string' ? `${prefix}:${value.slice(0, 64)}` : null;
};

/**
 * Builds the guards from the RATE_LIMIT_* variables. Every counter is per
 * process and per RATE_LIMIT_WINDOW_SECONDS; a page and its card or QR code
 * share the per-token count.
 */
export function createPublicGuards(config: CampaignsConfig): PublicGuards {
  const limiter = (points: number, description: string) =>
    new RateLimiter({ points, windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS, description });
  const pagesPerAddress = { limiter: limiter(config.RATE_LIMIT_PAGES_PER_IP, 'public page requests per client address'), keyOf: byAddress };
  const perToken = limiter(config.RATE_LIMIT_PAGES_PER_TOKEN, 'requests for one share page or booth');
  const sharePerToken = { limiter: perToken, keyOf: byParam('share', 'token') };
  const boothPerToken = { limiter: perToken, keyOf: byParam('booth', 'token') };
  const checkIns = [
    { limiter: limiter(config.RATE_LIMIT_CHECK_INS_PER_IP, 'booth check-ins per client address'), keyOf: byAddress },
    { limiter: limiter(config.RATE_LIMIT_CHECK_INS_PER_BOOTH, 'check-ins at one booth'), keyOf: byParam('booth', 'token') },
  ];
  const webhooks = [
    { limiter: limiter(config.RATE_LIMIT_WEBHOOKS_PER_ENDPOINT, 'webhook deliveries per client address'), keyOf: byAddress },
    { limiter: limiter(config.RATE_LIMIT_WEBHOOKS_PER_ENDPOINT, 'deliveries to one webhook endpoint'), keyOf: byParam('endpoint', 'endpointId') },
  ];
  const headers = securityHeaders(config.CAMPAIGNS_PUBLIC_URL);
  // Headers come first, so that 429 responses carry them too.
  const guard = (rules: LimitRule[], format: 'html' | 'json'): PublicGuard => {
    const limit = rateLimit(rules, format);

    return (req, res, next) => headers(req, res, () => limit(req, res, next));
  };

  return {
    sharePage: guard([pagesPerAddress, sharePerToken], 'html'),
    shareCard: guard([pagesPerAddress, sharePerToken], 'json'),
    asset: guard([pagesPerAddress], 'json'),
    boothPage: guard([pagesPerAddress, boothPerToken], 'html'),
    boothQrCode: guard([pagesPerAddress, boothPerToken], 'json'),
    checkIn: guard(checkIns, 'html'),
    webhook: guard(webhooks, 'json'),
  };
}
