import { useCallback } from 'react';
import { useNotify } from 'react-admin';
import { isAuthenticationError } from '../auth/authProvider';
import { describeError, isAbort } from './describeError';

/**
 * Returns a callback that shows an error as a react-admin notification. An
 * UNAUTHENTICATED error is skipped, because the authProvider's checkError
 * already logs out and notifies the server's message for it.
 */
export function useNotifyError(): (error: unknown) => void {
  const notify = useNotify();
  return useCallback(
    (error: unknown) => {
      if (isAbort(error) || isAuthenticationError(error)) {
        return;
      }
      const { key, args } = describeError(error);
      notify(key, { type: 'error', messageArgs: args, autoHideDuration: 10_000 });
    },
    [notify],
  );
}
