import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError, ErrorCode } from '@alg/service-kit';
import { parseBody } from '../conversions/conversion-body.js';
import type { ShareService } from '../shares/share.service.js';
import { allowOrigin, respondToPreflight, originOf } from './cors.js';
import type { LimitCheck, LimitHook } from './rate-limits.js';

export interface ShareIntentRouteOptions {
  shares: ShareService;
  /** Origin of the campaigns share page, the only browser origin allowed to post intents. */
  sharePageOrigin: string;
  /** Per client address, before the body is parsed. */
  limit: LimitHook;
  /** Per link, once the body is valid. */
  limitValid: LimitCheck;
  headers: Record<string, string>;
}

const intentBody = z.object({
  code: z.string().regex(/^[0-9A-Za-z]{8,32}$/, 'must be the 10-character link code of the invitation'),
  networkSize: z.number().int().min(0).max(1_000_000_000).nullish(),
});

const INTENT_EXAMPLE_BODY = '{"code": "<link code>", "networkSize": 1200}';

/** Link code of an intent body, for its per-link rate limit; null before the body is valid. */
export function intentCodeOf(request: FastifyRequest): string | null {
  const code = (request.body as { code?: unknown } | undefined)?.code;

  return typeof code === 'string' && code.length <= 32 ? code : null;
}

/**
 * `POST /v1/share-intents` `{"code", "networkSize"?}` from the share page's
 * buttons: records a share of that link's network for its invitation. A
 * burst for one code within 10 seconds records one share (201, then 200
 * with `recorded: false`).
 */
export function registerShareIntentRoutes(app: FastifyInstance, options: ShareIntentRouteOptions): void {
  const checkOrigin = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const origin = originOf(request);
    if (origin === null) return true;
    if (origin !== options.sharePageOrigin) return false;
    allowOrigin(reply, origin);

    return true;
  };

  app.options('/v1/share-intents', async (request, reply) => {
    reply.headers(options.headers);
    const origin = originOf(request);

    return respondToPreflight(reply, origin === options.sharePageOrigin ? origin : null);
  });

  app.post('/v1/share-intents', { onRequest: options.limit }, async (request, reply) => {
    reply.headers(options.headers);
    if (!checkOrigin(request, reply)) {
      throw new DomainError(ErrorCode.forbidden, `Origin ${JSON.stringify(originOf(request))} may not record shares; only the share page may.`);
    }
    const body = parseBody(intentBody, request.body, INTENT_EXAMPLE_BODY);
    options.limitValid(request);
    const result = await options.shares.recordIntent(body.code, body.networkSize);

    return reply.code(result.recorded ? 201 : 200).send({
      shareId: result.share.id,
      recorded: result.recorded,
      network: result.share.network,
      networkSize: result.share.networkSize,
    });
  });
}
