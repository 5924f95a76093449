import { Box, Grid, Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, useRecordContext, useTranslate } from 'react-admin';
import { DailySeriesChart } from '../../charts/DailySeriesChart';
import { NetworkChart } from '../../charts/NetworkChart';
import { ACTIVITY_FIGURES, type ActivityFigures } from '../../dashboards/campaign/campaignMetricsQuery';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { EnumField } from '../../fields/EnumField';
import { LinkedNameField } from '../../fields/LinkedNameField';
import { OrganizationDateField } from '../../fields/OrganizationDateField';
import { useFormat } from '../../fields/useFormat';
import type { Participant } from '../../graphql/types';
import { EmptyState } from '../../ui/EmptyState';
import { KpiTile, kpiGridSx } from '../../ui/KpiTile';
import { QueryState } from '../../ui/QueryState';

const ADVOCATE_METRICS_QUERY = `query AdvocateMetrics($id: ID!) {
  participant(id: $id) { id advocateMetrics { ${ACTIVITY_FIGURES} invitations activeCampaigns } }
}`;

interface AdvocateMetrics extends ActivityFigures {
  invitations: number;
  activeCampaigns: number;
}

function AdvocateFigures() {
  const translate = useTranslate();
  const format = useFormat();
  const record = useRecordContext<Participant>();
  const query = useGatewayQuery<{ participant: { advocateMetrics: AdvocateMetrics } }>(
    ['advocate-metrics', record?.id],
    ADVOCATE_METRICS_QUERY,
    { id: record?.id },
    { enabled: record !== undefined },
  );
  return (
    <QueryState query={query} unavailableTitle="alg.participants.activity_unavailable">
      {({ participant: { advocateMetrics: metrics } }) => (
        <Grid container spacing={2}>
          <Grid size={12}>
            <Box sx={kpiGridSx}>
              <KpiTile label="alg.participants.invitations" value={format.count(metrics.invitations)} />
              <KpiTile label="alg.participants.active_campaigns" value={format.count(metrics.activeCampaigns)} />
              <KpiTile label="alg.metrics.shares" value={format.count(metrics.shares)} />
              <KpiTile label="alg.metrics.uniqueClicks" value={format.count(metrics.uniqueClicks)} />
              <KpiTile label="alg.metrics.conversions" value={format.count(metrics.conversions)} />
            </Box>
          </Grid>
          <Grid size={{ xs: 12, md: 7 }}>
            <Typography variant="subtitle2" component="h3">
              {translate('alg.participants.daily_activity')}
            </Typography>
            <DailySeriesChart days={metrics.daily} timeZone={metrics.timeZone} />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <Typography variant="subtitle2" component="h3">
              {translate('alg.dashboards.campaign.by_network')}
            </Typography>
            <NetworkChart networks={metrics.byNetwork} />
          </Grid>
        </Grid>
      )}
    </QueryState>
  );
}

const pagination = <Pagination rowsPerPageOptions={[5, 10, 25]} />;

/** Shows what the participant did: results as an advocate, completion moments and invitations with their links. */
export function ParticipantActivity() {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', display: 'grid', gap: 3 }} data-testid="participant-activity">
      <AdvocateFigures />
      <Box>
        <Typography variant="subtitle1" component="h3">
          {translate('alg.participants.completions')}
        </Typography>
        <ReferenceManyField
          reference="completions"
          target="participantId"
          perPage={5}
          pagination={pagination}
          empty={<EmptyState title="alg.empty.completions" hint="alg.participants.no_completions_hint" />}
        >
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="campaign.name" label="resources.completions.fields.campaign" disableSort>
              <LinkedNameField source="campaign" reference="campaigns" />
            </DataTable.Col>
            <DataTable.Col source="kind" disableSort>
              <EnumField source="kind" enumName="CompletionKind" />
            </DataTable.Col>
            <DataTable.Col source="occurredAt" disableSort>
              <OrganizationDateField source="occurredAt" showTime />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Box>
      <Box>
        <Typography variant="subtitle1" component="h3">
          {translate('alg.participants.invitations')}
        </Typography>
        <ReferenceManyField
          reference="tracked-links"
          target="participantId"
          perPage={5}
          pagination={pagination}
          empty={<EmptyState title="alg.empty.tracked-links" hint="alg.participants.no_invitations_hint" />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="campaign.name" label="resources.tracked-links.fields.campaign" disableSort>
              <LinkedNameField source="campaign" reference="campaigns" />
            </DataTable.Col>
            <DataTable.Col source="invitedAt" disableSort>
              <OrganizationDateField source="invitedAt" showTime />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Box>
    </Box>
  );
}
