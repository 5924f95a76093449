import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '@alg/service-kit';

/**
 * Keeps errors that carry a code (from a subgraph or from request
 * validation) and masks the rest: the caller gets an error id, and the log
 * gets the original error under that id.
 */
export function formatGatewayError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (code === 'INTERNAL_SERVER_ERROR' && typeof formatted.extensions?.errorId === 'string') {
      return { message: formatted.message, path: formatted.path, extensions: { code, errorId: formatted.extensions.errorId } };
    }
    const errorId = randomUUID();
    logger.error({ err: error, errorId, path: formatted.path }, 'unexpected gateway error');

    return {
      message: `Internal server error. Quote error id ${errorId} when reporting it.`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}
