import { Box, Chip, LinearProgress, Paper, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCount, formatMoney, formatPercent } from '../../fields/format';
import type { CampaignMetrics } from '../../graphql/types';
import { ExtensionUnavailable } from './ExtensionUnavailable';
import { useCampaignExtension } from './useCampaignExtension';

interface MetricTile {
  /** Key under `alg.campaigns.metrics.fields`. */
  field: keyof CampaignMetrics;
  value: string;
}

function metricTiles(metrics: CampaignMetrics, locale: string, none: string): MetricTile[] {
  const count = (value: number) => formatCount(value, locale);
  return [
    { field: 'invited', value: count(metrics.invited) },
    { field: 'activated', value: count(metrics.activated) },
    { field: 'activationRate', value: formatPercent(metrics.activationRate, locale) },
    { field: 'activationTarget', value: formatPercent(metrics.activationTarget, locale) },
    { field: 'shares', value: count(metrics.shares) },
    { field: 'potentialReach', value: count(metrics.potentialReach) },
    { field: 'clicks', value: count(metrics.clicks) },
    { field: 'uniqueClicks', value: count(metrics.uniqueClicks) },
    { field: 'previews', value: count(metrics.previews) },
    { field: 'conversions', value: count(metrics.conversions) },
    { field: 'registrations', value: count(metrics.registrations) },
    {
      field: 'costPerRegistration',
      value:
        metrics.costPerRegistration === null
          ? none
          : formatMoney(metrics.costPerRegistration, metrics.currency, locale),
    },
  ];
}

/**
 * Campaign.metrics from the tracking subgraph. Until that subgraph serves
 * the field, the query fails and the panel shows an inline notice instead.
 */
export function CampaignMetricsPanel() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error, isPending, refetch } = useCampaignExtension('metrics', (dataProvider, id, signal) =>
    dataProvider.getCampaignMetrics(id, { signal }),
  );

  if (error !== null) {
    return <ExtensionUnavailable title="alg.campaigns.metrics.unavailable" error={error} onRetry={() => refetch()} />;
  }
  if (isPending) {
    return <LinearProgress aria-label={translate('alg.campaigns.metrics.loading')} />;
  }
  if (data === null) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('alg.campaigns.metrics.empty')}
      </Typography>
    );
  }

  return (
    <Box>
      <Chip
        sx={{ mb: 2 }}
        color={data.targetMet ? 'success' : 'default'}
        label={translate(data.targetMet ? 'alg.campaigns.metrics.target_met' : 'alg.campaigns.metrics.target_not_met')}
      />
      <Box
        sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))' }}
        data-testid="campaign-metrics"
      >
        {metricTiles(data, locale, translate('alg.common.none')).map((tile) => (
          <Paper key={tile.field} variant="outlined" sx={{ p: 1.5 }}>
            <Typography variant="caption" color="text.secondary" component="p">
              {translate(`alg.campaigns.metrics.fields.${tile.field}`)}
            </Typography>
            <Typography variant="h6" component="p">
              {tile.value}
            </Typography>
          </Paper>
        ))}
      </Box>
    </Box>
  );
}
