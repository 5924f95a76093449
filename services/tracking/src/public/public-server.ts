import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { DomainError, type Logger } from '@alg/service-kit';
import type { AdvocateVisitorService } from '../advocates/advocate-visitor.service.js';
import type { ConversionService } from '../conversions/conversion.service.js';
import type { WebhookIntakeService } from '../conversions/webhook-intake.service.js';
import type { RedirectService } from '../redirect/redirect.service.js';
import type { VisitorSalts } from '../redirect/visitor-salt.js';
import type { ShareService } from '../shares/share.service.js';
import { registerAdvocateSeenRoutes } from './advocate-seen.routes.js';
import { conversionCodeOf, registerConversionRoutes } from './conversion.routes.js';
import { RateLimitedError, securityHeadersFor, sendDomainError, TOO_MANY_PAGE } from './http-replies.js';
import { byAddress, limitCheck, limitHook } from './rate-limits.js';
import { registerRedirectRoutes } from './redirect.routes.js';
import { intentCodeOf, registerShareIntentRoutes } from './share-intent.routes.js';
import { registerSnippetRoutes } from './snippet.routes.js';
import { registerWebhookRoutes } from './webhook.routes.js';

/** Requests per minute allowed by each limit; see the RATE_LIMIT_* variables. */
export interface PublicRateLimits {
  redirectsPerIp: number;
  writesPerIp: number;
  writesPerKey: number;
  webhooksPerOrganization: number;
}

export interface PublicServerOptions {
  redirects: RedirectService;
  conversions: ConversionService;
  shares: ShareService;
  advocates: AdvocateVisitorService;
  webhooks: WebhookIntakeService;
  salts: VisitorSalts;
  logger: Logger;
  /** As Fastify's option: true trusts every hop, a number that many proxies in front of the server. */
  trustProxy: boolean | number;
  publicUrl: string;
  sharePageOrigin: string;
  limits: PublicRateLimits;
}

/**
 * Trusts the `hops` nearest addresses of the X-Forwarded-For chain, the
 * socket's peer included, so the client is the address the outermost
 * trusted proxy saw. Fastify 5 takes a number as trusting no hop at all,
 * so a hop count needs this function.
 */
export const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

/** Bodies of the public endpoints are small JSON objects; anything larger is rejected with 413. */
const BODY_LIMIT_BYTES = 16_384;

const codeParam = (request: FastifyRequest) => (request.params as { code?: string }).code?.slice(0, 32) ?? null;
const organizationParam = (request: FastifyRequest) => (request.params as { organizationId?: string }).organizationId?.slice(0, 36) ?? null;

/**
 * Builds the untrusted public surface of tracking: the tracked-link redirect, the
 * share-page intents and pixel, the conversion intake (public, signed
 * webhook and the snippet that calls it). Every route is rate limited per
 * client address and per key (link code or organization), sends the
 * security headers, and bodies are limited to 16 KiB.
 */
export async function createPublicServer(options: PublicServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    trustProxy: typeof options.trustProxy === 'number' ? trustHops(options.trustProxy) : options.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    connectionTimeout: 30_000,
    requestTimeout: 15_000,
    keepAliveTimeout: 10_000,
    // Longer than any request line Node accepts (16 KiB of headers), so that every path
    // reaches its route, which rejects a malformed code with its own 404.
    routerOptions: { maxParamLength: 16_384 },
    return503OnClosing: true,
  });
  const log = options.logger.child({ component: 'public-http' });
  const headers = securityHeadersFor(options.publicUrl);
  const { limits } = options;
  // Routes take the error handler of their context when they are added, so it comes first.
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .headers(headers)
      .send({ error: { code: 'NOT_FOUND', message: `No public endpoint ${request.method} ${request.url.split('?')[0]}.` } }),
  );
  app.setErrorHandler((err, request, reply) => {
    reply.headers(headers);
    if (err instanceof RateLimitedError) {
      reply.code(429).header('retry-after', String(err.retryAfterSeconds));
      if (request.url.startsWith('/r/')) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(TOO_MANY_PAGE);

      return reply.send({ error: { code: 'RATE_LIMITED', message: err.message, retryAfterSeconds: err.retryAfterSeconds } });
    }
    if (err instanceof DomainError) return sendDomainError(reply, err);
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status < 500) {
      return reply.code(status).send({ error: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', message: (err as Error).message } });
    }
    log.error({ err, route: request.routeOptions.url }, 'public endpoint failed');

    return reply.code(500).send({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.' } });
  });

  // sendBeacon and the snippet send JSON as text/plain, which needs no CORS preflight.
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch {
      done(DomainError.invalid('body', (body as string).slice(0, 40), 'send the body as JSON.'), undefined);
    }
  });

  const perIp = (name: string, max: number) => ({ name: `${name}-ip`, description: 'from this address', max, keyOf: byAddress });
  const perLink = (name: string, keyOf: (request: FastifyRequest) => string | null) => ({
    name: `${name}-key`,
    description: 'for this link',
    max: limits.writesPerKey,
    keyOf,
  });
  // Write routes count every request per address before the body is parsed, and per
  // link only once the body is valid, so that malformed bodies are limited too and
  // cannot use up a link's quota.
  const writes = (name: string, keyOf: (request: FastifyRequest) => string | null) => ({
    limit: limitHook([perIp(name, limits.writesPerIp)]),
    limitValid: limitCheck([perLink(name, keyOf)]),
  });

  registerRedirectRoutes(app, {
    redirects: options.redirects,
    headers,
    // Redirects are limited per address only: a cap per link would turn a popular post into
    // failing links for real visitors, and repeated clicks never count twice as unique.
    limit: limitHook([perIp('redirect', limits.redirectsPerIp)]),
  });
  registerShareIntentRoutes(app, {
    shares: options.shares,
    sharePageOrigin: new URL(options.sharePageOrigin).origin,
    headers,
    ...writes('intent', intentCodeOf),
  });
  registerAdvocateSeenRoutes(app, {
    advocates: options.advocates,
    salts: options.salts,
    headers,
    limit: limitHook([perIp('seen', limits.writesPerIp), perLink('seen', codeParam)]),
  });
  registerConversionRoutes(app, {
    conversions: options.conversions,
    salts: options.salts,
    headers,
    ...writes('conversion', conversionCodeOf),
  });
  await registerWebhookRoutes(app, {
    webhooks: options.webhooks,
    headers,
    // The organization's quota counts only deliveries with a valid signature, so that
    // anyone with an organization id cannot block its webhooks.
    limit: limitHook([perIp('webhook', limits.webhooksPerOrganization)]),
    limitSigned: limitCheck([
      { name: 'webhook-organization', description: 'for this organization', max: limits.webhooksPerOrganization, keyOf: organizationParam },
    ]),
  });
  registerSnippetRoutes(app, { headers, limit: limitHook([perIp('snippet', limits.redirectsPerIp)]) });
  app.get('/healthz', async (_request, reply) => reply.headers(headers).send({ status: 'ok', service: 'tracking-public' }));

  return app;
}
