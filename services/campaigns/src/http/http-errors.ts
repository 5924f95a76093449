import type { Response } from 'express';
import type { Logger } from 'pino';
import { DomainError, ErrorCode, httpStatusOf } from '@alg/service-kit';
import { SECURITY_HEADERS } from './security-headers.js';

/** A client error in the http-errors convention of body-parser: its status and message are safe to return. */
function isExposedClientError(err: unknown): err is { status: number; message: string } {
  const candidate = err as { status?: unknown; expose?: unknown } | null;

  return typeof candidate?.status === 'number' && candidate.status >= 400 && candidate.status < 500 && candidate.expose === true;
}

/**
 * Sends the error response of a public request: a domain error or a client
 * error (an invalid or oversized body) with its code and message, anything
 * else masked and logged.
 */
export function sendError(res: Response, err: unknown, log: Logger): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  if (err instanceof DomainError) {
    res.status(httpStatusOf[err.code]).json({ error: { code: err.code, message: err.message, ...err.details } });
    return;
  }
  if (isExposedClientError(err)) {
    res.status(err.status).json({ error: { code: err.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', message: err.message } });
    return;
  }
  const errorId = crypto.randomUUID();
  log.error({ err, errorId }, 'public request failed');
  res.status(500).json({
    error: { code: ErrorCode.internal, message: `Internal server error. Quote error id ${errorId} when reporting it.`, errorId },
  });
}

/** Sets the security headers on a response of a route that has no securityHeaders middleware in front. */
export function setSecurityHeaders(res: Response): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
