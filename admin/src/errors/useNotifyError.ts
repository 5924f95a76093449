import { useCallback } from 'react';
import { useNotify } from 'react-admin';
import { isAuthenticationError, TranslatableError } from '../auth/authProvider';
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
    return { key: error.translationKey, args: {} };
  }
  if (error instanceof Error && error.message !== '') {
    return { key: error.message, args: { _: error.message } };
  }
  return { key: 'ra.notification.http_error', args: {} };
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Returns a callback that shows an error as a react-admin notification. By
 * default an UNAUTHENTICATED error is skipped, because the authProvider's
 * checkError already logs out and notifies the server's message for it. The
 * login form, where no session exists yet, sets `includeAuthenticationErrors`.
 */
export function useNotifyError(options: { includeAuthenticationErrors?: boolean } = {}): (error: unknown) => void {
  const notify = useNotify();
  const includeAuthenticationErrors = options.includeAuthenticationErrors ?? false;
  return useCallback(
    (error: unknown) => {
      if (isAbort(error) || (!includeAuthenticationErrors && isAuthenticationError(error))) {
        return;
      }
      const { key, args } = describeError(error);
      notify(key, { type: 'error', messageArgs: args, autoHideDuration: 10_000 });
    },
    [notify, includeAuthenticationErrors],
  );
}
