import type { FastifyInstance } from 'fastify';
import type { WebhookIntakeService } from '../conversions/webhook-intake.service.js';
import { DELIVERY_HEADER, SIGNATURE_HEADER } from '../conversions/webhook-signature.js';
import type { LimitCheck, LimitHook } from './rate-limits.js';

export interface WebhookRouteOptions {
  webhooks: WebhookIntakeService;
  /** Per client address, before anything is read. */
  limit: LimitHook;
  /** Per organization, once the signature is valid. */
  limitSigned: LimitCheck;
  headers: Record<string, string>;
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * `POST /v1/webhooks/{organizationId}/conversions`: a conversion signed
 * with the organization's webhook secret over the raw body. The route has
 * its own body parser that keeps the bytes, since a re-serialized body
 * would not match the signature.
 */
export async function registerWebhookRoutes(app: FastifyInstance, options: WebhookRouteOptions): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    scope.post<{ Params: { organizationId: string } }>(
      '/v1/webhooks/:organizationId/conversions',
      { onRequest: options.limit },
      async (request, reply) => {
        reply.headers(options.headers);
        const outcome = await options.webhooks.receive({
          organizationId: request.params.organizationId,
          deliveryId: header(request.headers[DELIVERY_HEADER]),
          signature: header(request.headers[SIGNATURE_HEADER]),
          rawBody: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          admitSigned: () => options.limitSigned(request),
        });
        if (outcome.replay) reply.header('x-alg-replay', 'true');

        return reply.code(outcome.status).send({ ...outcome.body, replay: outcome.replay });
      },
    );
  });
}
