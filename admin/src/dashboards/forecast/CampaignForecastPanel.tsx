import { Alert, Box, Grid, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { useFormat } from '../../fields/useFormat';
import type { Campaign } from '../../graphql/types';
import { EmptyState } from '../../ui/EmptyState';
import { Panel } from '../../ui/Panel';
import { QueryState } from '../../ui/QueryState';
import { FORECAST_QUERY, type ForecastData } from './forecastQueries';
import { IntervalStrip } from './IntervalStrip';
import { TargetingPanel } from './TargetingPanel';

function ForecastBody({ data }: { data: ForecastData['campaign'] }) {
  const translate = useTranslate();
  const format = useFormat();
  const versus = data.forecastVersusActual;
  if (versus?.comparisons) {
    const inside = versus.comparisons.filter((comparison) => comparison.withinInterval).length;
    return (
      <Box>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate(versus.ended ? 'alg.forecast.versus_final' : 'alg.forecast.versus_running', {
            inside,
            total: versus.comparisons.length,
            level: format.percent(versus.forecast.intervalLevel),
          })}
        </Typography>
        <IntervalStrip values={versus.comparisons} testId="forecast-versus-actual" />
      </Box>
    );
  }
  if (data.forecast === null) {
    return <EmptyState title="alg.forecast.not_ready" hint="alg.forecast.not_ready_hint" />;
  }
  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('alg.forecast.basis', {
          invitees: format.count(data.forecast.invitees),
          population: translate(`alg.enums.ForecastPopulation.${data.forecast.population}`),
          level: format.percent(data.forecast.intervalLevel),
        })}
      </Typography>
      <IntervalStrip values={data.forecast.metrics} testId="forecast-intervals" />
    </Box>
  );
}

/**
 * Targeting and forecast of the campaign in the record context: whom to
 * invite and what to expect while it is planned, forecast against actual
 * once it runs.
 */
export function CampaignForecastPanel() {
  const translate = useTranslate();
  const record = useRecordContext<Campaign>();
  const planned = record?.status === 'DRAFT' || record?.status === 'SCHEDULED';
  const query = useGatewayQuery<ForecastData>(
    ['forecast', record?.id],
    FORECAST_QUERY,
    { id: record?.id },
    { enabled: record !== undefined },
  );
  if (record === undefined) return null;
  return (
    <Grid container spacing={2} sx={{ width: '100%' }} data-testid="campaign-forecast">
      <Grid size={12}>
        <Panel title={planned ? 'alg.forecast.forecast_title' : 'alg.forecast.versus_title'} testId="panel-forecast">
          {planned ? (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('alg.forecast.planned_hint')}
            </Alert>
          ) : null}
          <QueryState query={query} unavailableTitle="alg.forecast.unavailable">
            {(data) => <ForecastBody data={data.campaign} />}
          </QueryState>
        </Panel>
      </Grid>
      {planned && record.interaction.kind ? (
        <Grid size={12}>
          <Panel title="alg.forecast.targets_title" subheader="alg.forecast.targets_hint" testId="panel-targeting">
            <TargetingPanel ecosystemId={record.ecosystem.id} interactionKind={record.interaction.kind} />
          </Panel>
        </Grid>
      ) : null}
    </Grid>
  );
}
