import { useCallback } from 'react';
import { useRedirect, useResourceContext } from 'react-admin';
import { GatewayError } from '../graphql/client';
import { useNotifyError } from './useNotifyError';

/**
 * Returns the onError handler of a show view. It notifies the server's
 * message and, for NOT_FOUND only, returns to the list as react-admin does.
 * Other errors keep the page, so that a retry or a logout can follow.
 */
export function useShowErrorHandler(): (error: unknown) => void {
  const notifyError = useNotifyError();
  const redirect = useRedirect();
  const resource = useResourceContext();
  return useCallback(
    (error: unknown) => {
      notifyError(error);
      if (error instanceof GatewayError && error.code === 'NOT_FOUND' && resource !== undefined) {
        redirect('list', resource);
      }
    },
    [notifyError, redirect, resource],
  );
}
