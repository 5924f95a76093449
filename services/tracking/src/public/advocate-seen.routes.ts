import type { FastifyInstance } from 'fastify';
import type { AdvocateVisitorService } from '../advocates/advocate-visitor.service.js';
import { LINK_CODE_PATTERN } from '../redirect/redirect.service.js';
import { classifyRequest } from '../redirect/request-classifier.js';
import type { VisitorSalts } from '../redirect/visitor-salt.js';
import type { LimitHook } from './rate-limits.js';

export interface AdvocateSeenRouteOptions {
  advocates: AdvocateVisitorService;
  salts: VisitorSalts;
  limit: LimitHook;
  headers: Record<string, string>;
}

/** The smallest transparent GIF: 1 by 1 pixel, one transparent colour. */
export const TRANSPARENT_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * `GET /v1/advocate-seen/{code}`: a pixel on the advocate's share page. It
 * records the requesting browser's visitor hash for the link's advocate,
 * so that their own later clicks count as `self` and their conversions as
 * self-referrals. Crawlers and prefetches are not recorded. The pixel is
 * returned even for an unknown code (with 404), so the page never breaks.
 */
export function registerAdvocateSeenRoutes(app: FastifyInstance, options: AdvocateSeenRouteOptions): void {
  const pixelHeaders = {
    ...options.headers,
    'content-type': 'image/gif',
    'cache-control': 'no-store',
    'cross-origin-resource-policy': 'cross-origin',
  };

  app.get<{ Params: { code: string } }>('/v1/advocate-seen/:code', { onRequest: options.limit }, async (request, reply) => {
    const { code } = request.params;
    let found = LINK_CODE_PATTERN.test(code);
    const userAgent = request.headers['user-agent'];
    if (found && classifyRequest({ method: request.method, userAgent, headers: request.headers }) === 'human') {
      const visitor = await options.salts.hashes(request.ip, userAgent ?? '', Date.now(), false);
      found = await options.advocates.recordSeen(code, visitor.current);
    }

    return reply.code(found ? 200 : 404).headers(pixelHeaders).send(TRANSPARENT_GIF);
  });
}
