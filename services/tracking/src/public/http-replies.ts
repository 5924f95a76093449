import type { FastifyReply } from 'fastify';
import { DomainError, httpStatusOf } from '@alg/service-kit';

/** Headers on every public response: no sniffing, no framing, no scripts or subresources in what we serve. */
export const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'interest-cohort=(), browsing-topics=()',
};

/** HSTS for deployments served over https; a plain-http development server must not send it. */
export function securityHeadersFor(publicUrl: string): Record<string, string> {
  return publicUrl.startsWith('https:')
    ? { ...SECURITY_HEADERS, 'strict-transport-security': 'max-age=31536000; includeSubDomains' }
    : SECURITY_HEADERS;
}

export function sendDomainError(reply: FastifyReply, err: DomainError): FastifyReply {
  return reply.code(httpStatusOf[err.code]).send({ error: { code: err.code, message: err.message, ...err.details } });
}

/** A request over a rate limit; the error handler responds 429 with Retry-After. */
export class RateLimitedError extends Error {
  readonly retryAfterSeconds: number;

  constructor(what: string, retryAfterSeconds: number) {
    super(`Too many requests ${what}; retry in ${retryAfterSeconds} s.`);
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const NOT_FOUND_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Link not found</title></head>
<body><h1>Link not found</h1><p>This link does not exist or was mistyped. Check the address you were given.</p></body></html>`;

export const TOO_MANY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too many requests</title></head>
<body><h1>Too many requests</h1><p>This link was opened too often from your network. Wait a minute and try again.</p></body></html>`;
