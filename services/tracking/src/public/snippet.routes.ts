import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { CONVERSION_SNIPPET } from '../snippet/conversion-snippet.js';
import type { LimitHook } from './rate-limits.js';

export interface SnippetRouteOptions {
  limit: LimitHook;
  headers: Record<string, string>;
}

/**
 * `GET /v1/snippet.js`: the landing-page snippet. Pages on any origin load
 * it, so it is cross-origin readable. It changes only with a release, so
 * browsers may keep it for five minutes and revalidate by ETag.
 */
export function registerSnippetRoutes(app: FastifyInstance, options: SnippetRouteOptions): void {
  const etag = `"${createHash('sha256').update(CONVERSION_SNIPPET).digest('base64url').slice(0, 22)}"`;
  const snippetHeaders = {
    ...options.headers,
    'content-type': 'application/javascript; charset=utf-8',
    'cache-control': 'public, max-age=300',
    'cross-origin-resource-policy': 'cross-origin',
    etag,
  };

  app.get('/v1/snippet.js', { onRequest: options.limit }, async (request, reply) => {
    reply.headers(snippetHeaders);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();

    return reply.code(200).send(CONVERSION_SNIPPET);
  });
}
