import { GatewayError } from './client';

/** Error body of the gateway's REST endpoints: `{ error: { code, message } }`. */
export interface RestErrorBody {
  error?: { code?: unknown; message?: unknown };
}

/**
 * Turns an error response of a REST endpoint (sign-in, upload) into a
 * GatewayError with the server's code and message, like a GraphQL error.
 * A Retry-After header becomes `extensions.retryAfter` in seconds.
 */
export function restError(
  url: string,
  status: number,
  body: RestErrorBody | null,
  retryAfterHeader: string | null,
): GatewayError {
  const code = typeof body?.error?.code === 'string' ? body.error.code : undefined;
  const message = typeof body?.error?.message === 'string' ? body.error.message : undefined;
  if (message === undefined) {
    return new GatewayError({
      kind: 'http',
      status,
      message: `The gateway at ${url} returned HTTP ${status} without a JSON error.`,
      translation: { key: 'alg.errors.http', args: { url, status } },
    });
  }
  const retryAfter = Number(retryAfterHeader);
  return new GatewayError({
    kind: 'graphql',
    status,
    message,
    graphQLErrors: [
      { message, extensions: { code, ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}) } },
    ],
  });
}
