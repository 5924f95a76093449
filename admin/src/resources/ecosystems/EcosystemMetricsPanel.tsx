import { Box, Grid } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { DailySeriesChart } from '../../charts/DailySeriesChart';
import { NetworkChart } from '../../charts/NetworkChart';
import { ACTIVITY_FIGURES, type ActivityFigures } from '../../dashboards/campaign/campaignMetricsQuery';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { useFormat } from '../../fields/useFormat';
import type { Ecosystem } from '../../graphql/types';
import { KpiTile, kpiGridSx } from '../../ui/KpiTile';
import { Panel } from '../../ui/Panel';
import { QueryState } from '../../ui/QueryState';

const ECOSYSTEM_METRICS_QUERY = `query EcosystemMetrics($id: ID!) {
  ecosystemMetrics(ecosystemId: $id) {
    ${ACTIVITY_FIGURES}
    campaigns invited activated activationRate cost currency costPerRegistration costPerLead
  }
}`;

interface EcosystemMetrics extends ActivityFigures {
  campaigns: number;
  invited: number;
  activated: number;
  activationRate: number | null;
  cost: number | null;
  currency: string | null;
  costPerRegistration: number | null;
  costPerLead: number | null;
}

/** Results over every campaign of the ecosystem in the record context. */
export function EcosystemMetricsPanel() {
  const translate = useTranslate();
  const format = useFormat();
  const record = useRecordContext<Ecosystem>();
  const query = useGatewayQuery<{ ecosystemMetrics: EcosystemMetrics }>(
    ['ecosystem-metrics', record?.id],
    ECOSYSTEM_METRICS_QUERY,
    { id: record?.id },
    { enabled: record !== undefined },
  );
  const none = translate('alg.common.none');
  return (
    <Panel title="alg.ecosystems.metrics_title" testId="ecosystem-metrics">
      <QueryState query={query} unavailableTitle="alg.ecosystems.metrics_unavailable">
        {({ ecosystemMetrics: metrics }) => (
          <Grid container spacing={2}>
            <Grid size={12}>
              <Box sx={kpiGridSx}>
                <KpiTile label="alg.overview.campaigns" value={format.count(metrics.campaigns)} />
                <KpiTile label="alg.metrics.invited" value={format.count(metrics.invited)} />
                <KpiTile
                  label="alg.metrics.activationRate"
                  value={format.optionalPercent(metrics.activationRate, none)}
                />
                <KpiTile label="alg.metrics.shares" value={format.count(metrics.shares)} />
                <KpiTile label="alg.metrics.uniqueClicks" value={format.count(metrics.uniqueClicks)} />
                <KpiTile label="alg.metrics.conversions" value={format.count(metrics.conversions)} />
                <KpiTile
                  label="alg.metrics.costPerRegistration"
                  value={
                    metrics.costPerRegistration === null || metrics.currency === null
                      ? none
                      : format.money(metrics.costPerRegistration, metrics.currency)
                  }
                />
              </Box>
            </Grid>
            <Grid size={{ xs: 12, md: 7 }}>
              <DailySeriesChart days={metrics.daily} timeZone={metrics.timeZone} />
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
              <NetworkChart networks={metrics.byNetwork} />
            </Grid>
          </Grid>
        )}
      </QueryState>
    </Panel>
  );
}
