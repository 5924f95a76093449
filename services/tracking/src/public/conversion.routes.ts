import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseBody, publicConversionBody } from '../conversions/conversion-body.js';
import type { ConversionService } from '../conversions/conversion.service.js';
import type { VisitorSalts } from '../redirect/visitor-salt.js';
import { allowOrigin, respondToPreflight, originOf } from './cors.js';
import type { LimitCheck, LimitHook } from './rate-limits.js';

export interface ConversionRouteOptions {
  conversions: ConversionService;
  salts: VisitorSalts;
  /** Per client address, before the body is parsed. */
  limit: LimitHook;
  /** Per link, once the body is valid. */
  limitValid: LimitCheck;
  headers: Record<string, string>;
}

/** Link code of a conversion body's reference, for its per-link rate limit. */
export function conversionCodeOf(request: FastifyRequest): string | null {
  const ref = (request.body as { ref?: unknown } | undefined)?.ref;

  return typeof ref === 'string' ? (ref.split('.')[0] ?? '').slice(0, 32) : null;
}

/**
 * `POST /v1/conversions` `{ref, firstRef?, kind, email?, name?, value?}`:
 * 201 for a new conversion, 200 for a repeat of the same person and kind.
 * A browser request (it has an Origin) is the snippet on a landing page,
 * and its origin must be one of the campaign's hosts. The browser's visitor
 * hash then identifies the person when no e-mail is given. It also reveals
 * an advocate converting through their own link.
 */
export function registerConversionRoutes(app: FastifyInstance, options: ConversionRouteOptions): void {
  app.options('/v1/conversions', async (request, reply) => respondToPreflight(reply.headers(options.headers), originOf(request)));

  app.post('/v1/conversions', { onRequest: options.limit }, async (request, reply) => {
    reply.headers(options.headers);
    const body = parseBody(publicConversionBody, request.body);
    options.limitValid(request);
    const origin = originOf(request);
    const visitor = origin ? await options.salts.hashes(request.ip, request.headers['user-agent'] ?? '', Date.now()) : null;
    const recorded = await options.conversions.record(null, { ...body, origin, visitor }, origin ? 'snippet' : 'public');
    if (origin) allowOrigin(reply, origin);

    return reply.code(recorded.duplicate ? 200 : 201).send({
      conversionId: recorded.conversion.id,
      duplicate: recorded.duplicate,
      credited: recorded.conversion.credited,
      selfReferral: recorded.conversion.selfReferral,
    });
  });
}
