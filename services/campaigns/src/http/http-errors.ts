import type { Response } from 'express';
import type { Logger } from 'pino';
import { DomainError, ErrorCode, httpStatusOf } from '@alg/service-kit';

/** Sends the error response of a public request: a domain error with its code and message, anything else masked and logged. */
export function sendError(res: Response, err: unknown, log: Logger): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  if (err instanceof DomainError) {
    res.status(httpStatusOf[err.code]).json({ error: { code: err.code, message: err.message, ...err.details } });
    return;
  }
  const errorId = crypto.randomUUID();
  log.error({ err, errorId }, 'public request failed');
  res.status(500).json({
    error: { code: ErrorCode.internal, message: `Internal server error. Quote error id ${errorId} when reporting it.`, errorId },
  });
}

/** Headers every public page and file gets. */
export function setSecurityHeaders(res: Response): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
}
