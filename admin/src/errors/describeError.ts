import { TranslatableError } from '../auth/authProvider';
import { GatewayError } from '../graphql/client';

/** Translation key and arguments that describe an error for a notification or an inline message. */
export interface ErrorMessage {
  key: string;
  args: Record<string, string | number>;
}

/**
 * Describes an error for display. A GraphQL error keeps the server's message
 * and code, which are shown unchanged. A failure that the console detected
 * itself is shown through its translation key.
 */
export function describeError(error: unknown): ErrorMessage {
  if (error instanceof GatewayError) {
    if (error.translation !== undefined) {
      return { key: error.translation.key, args: { ...error.translation.args, _: error.message } };
    }
    if (error.code !== undefined) {
      return { key: 'alg.errors.graphql_with_code', args: { message: error.message, code: error.code } };
    }
    return { key: 'alg.errors.graphql', args: { message: error.message } };
  }
  if (error instanceof TranslatableError) {
    return { key: error.translationKey, args: error.args };
  }
  if (error instanceof Error && error.message !== '') {
    return { key: error.message, args: { _: error.message } };
  }
  return { key: 'ra.notification.http_error', args: {} };
}

/** Tells whether an error is the cancellation of a request that no view waits for any more. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Tells whether an error means that the schema lacks a field or an argument,
 * which happens while a subgraph does not serve it yet. Views show such
 * errors as an "unavailable" state rather than as a failure.
 */
export function isMissingFromSchema(error: unknown): boolean {
  return (
    error instanceof GatewayError &&
    (error.code === 'GRAPHQL_VALIDATION_FAILED' ||
      /Cannot query field|Unknown argument|Unknown type/.test(error.message))
  );
}
