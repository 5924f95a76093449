import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { CreateButton, Link, useCreatePath, useTranslate } from 'react-admin';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { useFormat } from '../../fields/useFormat';
import { EmptyState } from '../../ui/EmptyState';
import { liveMetricsQuery, type LiveMetrics, type OverviewData } from './overviewQueries';

/** Lists the live campaigns with their activation and results, which fill in once tracking responds. */
export function LiveCampaigns({ live }: { live: OverviewData['live'] }) {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const ids = live.nodes.map((node) => node.id);
  const variables = Object.fromEntries(ids.map((id, index) => [`id${index}`, id]));
  const metrics = useGatewayQuery<Record<string, LiveMetrics>>(
    ['live-metrics', ids],
    liveMetricsQuery(ids.length),
    variables,
    {
      enabled: ids.length > 0,
      refetchInterval: 60_000,
    },
  );
  const none = translate('alg.common.none');
  if (live.nodes.length === 0) {
    return (
      <EmptyState
        title="alg.overview.no_live"
        hint="alg.overview.no_live_hint"
        actions={<CreateButton resource="campaigns" variant="contained" />}
      />
    );
  }
  return (
    <Table size="small" data-testid="live-campaigns">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.campaigns.fields.name')}</TableCell>
          <TableCell>{translate('resources.campaigns.fields.ecosystem.name')}</TableCell>
          <TableCell align="right">{translate('alg.metrics.invited')}</TableCell>
          <TableCell align="right">{translate('alg.metrics.activationRate')}</TableCell>
          <TableCell align="right">{translate('alg.metrics.uniqueClicks')}</TableCell>
          <TableCell align="right">{translate('alg.metrics.conversions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {live.nodes.map((campaign, index) => {
          const figures = metrics.data?.[`c${index}`]?.metrics ?? null;
          return (
            <TableRow key={campaign.id}>
              <TableCell>
                <Link to={`${createPath({ resource: 'campaigns', id: campaign.id, type: 'show' })}/dashboard`}>
                  {campaign.name}
                </Link>
              </TableCell>
              <TableCell>{campaign.ecosystem.name}</TableCell>
              <TableCell align="right">{format.count(campaign.invitationCount)}</TableCell>
              <TableCell align="right">{format.optionalPercent(figures?.activationRate, none)}</TableCell>
              <TableCell align="right">{figures ? format.count(figures.uniqueClicks) : none}</TableCell>
              <TableCell align="right">{figures ? format.count(figures.conversions) : none}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
