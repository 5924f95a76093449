import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { z } from 'zod';
import { conversionKinds, DomainError, httpStatusOf, type Logger } from '@alg/service-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { ConversionService } from '../conversions/conversion.service.js';
import type { RedirectService } from '../redirect/redirect.service.js';

export interface PublicServerOptions {
  redirects: RedirectService;
  conversions: ConversionService;
  logger: Logger;
  trustProxy: boolean;
}

const conversionBody = z.object({
  ref: z.string().min(1).max(100),
  firstRef: z.string().min(1).max(100).nullish(),
  kind: z.enum(conversionKinds),
  email: z.string().max(254).nullish(),
  name: z.string().max(200).nullish(),
  value: z.number().nonnegative().finite().nullish(),
});

const NOT_FOUND_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Link not found</title></head>
<body><h1>Link not found</h1><p>This link does not exist or was mistyped. Check the address you were given.</p></body></html>`;

function setSecurityHeaders(reply: FastifyReply): void {
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
}

function sendError(reply: FastifyReply, err: DomainError): FastifyReply {
  return reply.code(httpStatusOf[err.code]).send({ error: { code: err.code, message: err.message, ...err.details } });
}

/**
 * The untrusted public surface of tracking: the tracked-link redirect and
 * the conversion intake. Bodies are limited to 16 KiB.
 */
export function createPublicServer(options: PublicServerOptions): FastifyInstance {
  const app = Fastify({ logger: false, trustProxy: options.trustProxy, bodyLimit: 16_384 });
  const log = options.logger.child({ component: 'public-http' });

  const redirect = async (code: string, request: { method: string; ip: string; headers: Record<string, string | string[] | undefined> }, reply: FastifyReply) => {
    const result = await options.redirects.redirect({
      code,
      method: request.method,
      clientAddress: request.ip,
      userAgent: request.headers['user-agent'] as string | undefined,
      headers: request.headers,
    });
    setSecurityHeaders(reply);
    reply.header('Cache-Control', 'private, no-store');
    if (result.status === 404) {
      return reply.code(404).type('text/html; charset=utf-8').send(NOT_FOUND_PAGE);
    }

    return reply.code(302).header('Location', result.location).send();
  };

  // Fastify answers HEAD through this GET route, with request.method set to HEAD.
  app.get<{ Params: { code: string } }>('/r/:code', (request, reply) => redirect(request.params.code, request, reply));

  app.post('/v1/conversions', async (request, reply) => {
    setSecurityHeaders(reply);
    const parsed = conversionBody.safeParse(request.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return sendError(
        reply,
        DomainError.invalid(issue.path.join('.') || 'body', null, `${issue.message}; send JSON such as {"ref": "...", "kind": "registration", "email": "..."}.`),
      );
    }
    try {
      const recorded = await options.conversions.record(null, parsed.data);

      return reply.code(recorded.duplicate ? 200 : 201).send({
        conversionId: recorded.conversion.id,
        duplicate: recorded.duplicate,
        credited: recorded.conversion.credited,
        selfReferral: recorded.conversion.selfReferral,
      });
    } catch (err) {
      if (err instanceof DomainError) return sendError(reply, err);
      if (err instanceof UniqueConstraintViolationException) {
        return reply.code(200).send({ duplicate: true });
      }
      throw err;
    }
  });

  app.get('/healthz', async () => ({ status: 'ok', service: 'tracking-public' }));

  app.setErrorHandler((err, _request, reply) => {
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status < 500) {
      return reply.code(status).send({ error: { code: 'BAD_REQUEST', message: (err as Error).message } });
    }
    log.error({ err }, 'public endpoint failed');

    return reply.code(500).send({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.' } });
  });

  return app;
}
