import { GatewayError } from '../graphql/client';

/** Number of retries for a failure that may pass on a second try, such as a dropped connection. */
const MAX_RETRIES = 2;

/**
 * Decides whether react-query retries a failed query. Most GraphQL errors
 * repeat on every try, so only network failures, non-GraphQL 5xx responses
 * and the gateway's SERVICE_UNAVAILABLE (its authentication store is down)
 * are retried.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !(error instanceof GatewayError)) {
    return false;
  }
  switch (error.kind) {
    case 'network':
      return true;
    case 'http':
      return error.status >= 500;
    case 'graphql':
      return error.code === 'SERVICE_UNAVAILABLE';
  }
}
