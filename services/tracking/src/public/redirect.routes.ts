import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RedirectService } from '../redirect/redirect.service.js';
import { NOT_FOUND_PAGE } from './http-replies.js';
import type { LimitHook } from './rate-limits.js';

export interface RedirectRouteOptions {
  redirects: RedirectService;
  limit: LimitHook;
  headers: Record<string, string>;
}

/**
 * `GET` and `HEAD /r/{code}`: 302 to the campaign target with the UTM
 * parameters and the reference, or the 404 page. Neither response may be
 * cached anywhere, since each click gets its own reference.
 */
export function registerRedirectRoutes(app: FastifyInstance, options: RedirectRouteOptions): void {
  const redirectHeaders = { ...options.headers, 'cache-control': 'private, no-store' };
  const notFoundHeaders = { ...redirectHeaders, 'content-type': 'text/html; charset=utf-8' };

  const handler = async (request: FastifyRequest<{ Params: { code: string } }>, reply: FastifyReply) => {
    const result = await options.redirects.redirect({
      code: request.params.code,
      method: request.method,
      clientAddress: request.ip,
      userAgent: request.headers['user-agent'],
      headers: request.headers,
    });
    if (result.status === 404) return reply.code(404).headers(notFoundHeaders).send(NOT_FOUND_PAGE);

    return reply.code(302).headers(redirectHeaders).header('location', result.location).send();
  };

  // Fastify serves HEAD through this GET route, with request.method set to HEAD.
  app.get<{ Params: { code: string } }>('/r/:code', { onRequest: options.limit }, handler);
}
