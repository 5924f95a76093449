import { Box, Chip, Grid } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ActivationGauge } from '../../charts/ActivationGauge';
import { DailySeriesChart } from '../../charts/DailySeriesChart';
import { NetworkChart } from '../../charts/NetworkChart';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { useFormat } from '../../fields/useFormat';
import type { Campaign } from '../../graphql/types';
import { EmptyState } from '../../ui/EmptyState';
import { KpiTile, kpiGridSx } from '../../ui/KpiTile';
import { Panel } from '../../ui/Panel';
import { QueryState } from '../../ui/QueryState';
import { CampaignFunnel } from './CampaignFunnel';
import { CAMPAIGN_METRICS_QUERY, type CampaignMetrics, type CampaignMetricsData } from './campaignMetricsQuery';
import { CostPanel } from './CostPanel';

function targetTone(targetMet: boolean | null): 'good' | 'bad' | 'neutral' {
  if (targetMet === null) return 'neutral';
  return targetMet ? 'good' : 'bad';
}

function Headline({ metrics }: { metrics: CampaignMetrics }) {
  const format = useFormat();
  const translate = useTranslate();
  const none = translate('alg.common.none');
  return (
    <Box sx={kpiGridSx} data-testid="campaign-kpis">
      <KpiTile label="alg.metrics.invited" value={format.count(metrics.invited)} testId="kpi-invited" />
      <KpiTile
        label="alg.metrics.activationRate"
        value={format.optionalPercent(metrics.activationRate, none)}
        detail={translate('alg.metrics.target_is', { target: format.percent(metrics.activationTarget) })}
        tone={targetTone(metrics.targetMet)}
        testId="kpi-activation-rate"
      />
      <KpiTile label="alg.metrics.shares" value={format.count(metrics.shares)} testId="kpi-shares" />
      <KpiTile label="alg.metrics.potentialReach" value={format.count(metrics.potentialReach)} />
      <KpiTile label="alg.metrics.uniqueClicks" value={format.count(metrics.uniqueClicks)} testId="kpi-unique-clicks" />
      <KpiTile
        label="alg.metrics.registrations"
        value={format.count(metrics.registrations)}
        testId="kpi-registrations"
      />
    </Box>
  );
}

function Dashboard({ metrics }: { metrics: CampaignMetrics }) {
  const translate = useTranslate();
  return (
    <Grid container spacing={2}>
      <Grid size={12}>
        <Headline metrics={metrics} />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Panel
          title="alg.dashboards.campaign.funnel"
          subheader="alg.dashboards.campaign.funnel_hint"
          testId="panel-funnel"
        >
          <CampaignFunnel metrics={metrics} />
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Panel title="alg.dashboards.campaign.activation" testId="panel-activation">
          <ActivationGauge rate={metrics.activationRate} target={metrics.activationTarget} />
          <Box sx={{ mt: 2 }}>
            {metrics.targetMet === null ? null : (
              <Chip
                color={metrics.targetMet ? 'success' : 'default'}
                label={translate(metrics.targetMet ? 'alg.metrics.target_met' : 'alg.metrics.target_not_met')}
              />
            )}
          </Box>
        </Panel>
      </Grid>
      <Grid size={12}>
        <Panel title="alg.dashboards.campaign.daily" titleArgs={{ zone: metrics.timeZone }} testId="panel-daily">
          <DailySeriesChart days={metrics.daily} timeZone={metrics.timeZone} testId="daily-chart" />
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Panel title="alg.dashboards.campaign.by_network" testId="panel-networks">
          <NetworkChart networks={metrics.byNetwork} testId="network-chart" />
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Panel title="alg.dashboards.campaign.cost" testId="panel-cost">
          <CostPanel metrics={metrics} />
        </Panel>
      </Grid>
    </Grid>
  );
}

/** Shows the dashboard of the campaign in the record context: funnel, activation, daily series, networks and cost. */
export function CampaignDashboard() {
  const record = useRecordContext<Campaign>();
  const query = useGatewayQuery<CampaignMetricsData>(
    ['campaign-dashboard', record?.id],
    CAMPAIGN_METRICS_QUERY,
    { id: record?.id },
    {
      enabled: record !== undefined,
      refetchInterval: record?.status === 'LIVE' ? 30_000 : false,
    },
  );
  return (
    <Box sx={{ width: '100%' }} data-testid="campaign-dashboard">
      <QueryState
        query={query}
        unavailableTitle="alg.dashboards.campaign.unavailable"
        loadingLabel="alg.dashboards.campaign.loading"
      >
        {(data) =>
          data.campaign.metrics === null ? (
            <EmptyState title="alg.dashboards.campaign.no_metrics" hint="alg.dashboards.campaign.no_metrics_hint" />
          ) : (
            <Dashboard metrics={data.campaign.metrics} />
          )
        }
      </QueryState>
    </Box>
  );
}
