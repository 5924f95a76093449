import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useDataProvider, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import type { Campaign } from '../../graphql/types';

/**
 * Runs a query for a field that another subgraph adds to Campaign, for the
 * campaign of the current show view. The call goes through useDataProvider,
 * so an UNAUTHENTICATED error still reaches the authProvider's checkError.
 * Errors are returned rather than notified, because the panels show them
 * inline: the field may be missing until its subgraph is deployed.
 */
export function useCampaignExtension<TData>(
  name: string,
  load: (dataProvider: ConsoleDataProvider, campaignId: string, signal: AbortSignal) => Promise<TData>,
): UseQueryResult<TData, Error> {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const record = useRecordContext<Campaign>();
  const campaignId = record?.id;
  return useQuery({
    queryKey: ['campaigns', 'extension', name, campaignId],
    queryFn: ({ signal }) => load(dataProvider, campaignId ?? '', signal),
    enabled: campaignId !== undefined,
    retry: false,
  });
}
