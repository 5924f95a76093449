import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider/dataProvider';

export interface GatewayQueryOptions {
  /** False delays the query, for example until a filter is chosen. */
  enabled?: boolean;
  /** Milliseconds between refetches while the view is open, for figures that move. */
  refetchInterval?: number | false;
}

/**
 * Runs one GraphQL query for a dashboard or a panel. The call goes through
 * useDataProvider, so an UNAUTHENTICATED error still reaches the
 * authProvider's checkError. Errors are returned rather than notified,
 * because panels show them inline: a field may be missing until its
 * subgraph serves it, and the rest of the page keeps working.
 */
export function useGatewayQuery<TData>(
  key: readonly unknown[],
  document: string,
  variables: Record<string, unknown> = {},
  options: GatewayQueryOptions = {},
): UseQueryResult<TData, Error> {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  return useQuery({
    queryKey: ['gateway', ...key, variables],
    queryFn: ({ signal }) => dataProvider.query<TData>(document, variables, { signal }),
    enabled: options.enabled ?? true,
    refetchInterval: options.refetchInterval ?? false,
    retry: false,
  });
}
