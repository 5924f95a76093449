import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '@alg/service-kit';
import type { ErrorResponder } from '../auth/authenticate-request.js';

/** The fields body-parser (2.x, through http-errors) sets on the errors it raises. */
interface BodyParserError {
  status?: number;
  type?: string;
  message?: string;
}

interface BodyProblem {
  status: number;
  code: string;
  message: string;
}

/**
 * Explains a body-parser error to the client: what was wrong with the body
 * and what to send instead. Returns null for anything that is not a client
 * error about the body.
 */
export function describeBodyError(err: BodyParserError, limit: string): BodyProblem | null {
  if (typeof err.status !== 'number' || err.status >= 500) return null;
  const detail = err.message ?? 'unknown reason';
  switch (err.type) {
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The request body is over ${limit}; send a smaller body.` };
    case 'entity.parse.failed':
      return {
        status: 400,
        code: 'BAD_REQUEST',
        message: `The request body is not valid JSON (${detail}); send one complete JSON object with "Content-Type: application/json".`,
      };
    case 'encoding.unsupported':
      return {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: `The request body has an ${detail}; send it uncompressed or with Content-Encoding gzip, deflate or br.`,
      };
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: `The request body has an ${detail}; send it as UTF-8.` };
    case 'request.aborted':
    case 'request.size.invalid':
      return {
        status: 400,
        code: 'BAD_REQUEST',
        message: 'The request body is shorter than its Content-Length; send the whole body with a matching Content-Length.',
      };
    default:
      // A body that fails to decompress arrives here with status 400 and no type.
      return {
        status: err.status,
        code: 'BAD_REQUEST',
        message: `The request body could not be read (${detail}); check that it matches its Content-Encoding and Content-Length.`,
      };
  }
}

/**
 * Responds to errors raised before a route handler, mostly body-parser
 * errors, in the route's own error format and without a stack trace. Other
 * errors get 500 with an error id that the log records next to the error.
 */
export function requestErrorHandler(options: { respond: ErrorResponder; limit: string; logger: Logger }): ErrorRequestHandler {
  const { respond, limit, logger } = options;

  return (err: BodyParserError, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const problem = describeBodyError(err, limit);
    if (problem) {
      respond(res, problem.status, { code: problem.code }, problem.message);
      return;
    }
    const errorId = randomUUID();
    logger.error({ err, errorId, path: req.path }, 'request failed');
    respond(res, 500, { code: 'INTERNAL_SERVER_ERROR', errorId }, `Internal server error. Quote error id ${errorId} when reporting it.`);
  };
}
