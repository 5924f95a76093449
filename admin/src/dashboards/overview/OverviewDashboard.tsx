import { Box, Grid, List, ListItem, ListItemText } from '@mui/material';
import { Link, Title, useCreatePath, useTranslate } from 'react-admin';
import { readSession } from '../../auth/session';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { personName } from '../../fields/PersonNameField';
import { useFormat } from '../../fields/useFormat';
import type { PersonRef } from '../../graphql/types';
import { EmptyState } from '../../ui/EmptyState';
import { KpiTile, kpiGridSx } from '../../ui/KpiTile';
import { Panel } from '../../ui/Panel';
import { QueryState } from '../../ui/QueryState';
import { MaturityPanel } from '../compounding/MaturityPanel';
import { GettingStarted } from './GettingStarted';
import { LiveCampaigns } from './LiveCampaigns';
import { OVERVIEW_QUERY, type OverviewData, TOP_LEADERBOARD_QUERY } from './overviewQueries';

function TopAdvocates() {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const query = useGatewayQuery<{
    leaderboard: Array<{ rank: number; points: number; cursor: string; participant: PersonRef }>;
  }>(['overview-leaderboard'], TOP_LEADERBOARD_QUERY);
  return (
    <QueryState query={query} unavailableTitle="alg.leaderboards.unavailable">
      {(data) =>
        data.leaderboard.length === 0 ? (
          <EmptyState title="alg.leaderboards.empty" hint="alg.leaderboards.empty_hint" />
        ) : (
          <List dense>
            {data.leaderboard.map((entry) => (
              <ListItem key={entry.cursor} disableGutters>
                <ListItemText
                  primary={
                    <Link to={createPath({ resource: 'participants', id: entry.participant.id, type: 'show' })}>
                      {`${format.count(entry.rank)}. ${personName(entry.participant) || entry.participant.email}`}
                    </Link>
                  }
                  secondary={translate('alg.overview.points', { points: format.decimal(entry.points, 2) })}
                />
              </ListItem>
            ))}
          </List>
        )
      }
    </QueryState>
  );
}

function Overview({ data }: { data: OverviewData }) {
  const format = useFormat();
  const ready = data.live.totalCount > 0;
  return (
    <Grid container spacing={2}>
      <Grid size={12}>
        <Box sx={kpiGridSx} data-testid="overview-kpis">
          <KpiTile label="alg.overview.live_campaigns" value={format.count(data.live.totalCount)} />
          <KpiTile label="alg.overview.campaigns" value={format.count(data.campaigns.totalCount)} />
          <KpiTile
            label="alg.overview.participants"
            value={format.count(data.participants.totalCount)}
            testId="kpi-participants"
          />
          <KpiTile label="alg.overview.ecosystems" value={format.count(data.ecosystems.totalCount)} />
        </Box>
      </Grid>
      {ready ? null : (
        <Grid size={12}>
          <Panel
            title="alg.overview.getting_started"
            subheader="alg.overview.getting_started_hint"
            testId="panel-getting-started"
          >
            <GettingStarted data={data} />
          </Panel>
        </Grid>
      )}
      <Grid size={{ xs: 12, lg: 8 }}>
        <Panel title="alg.overview.live_title" testId="panel-live">
          <LiveCampaigns live={data.live} />
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <Panel title="alg.overview.top_advocates">
          <TopAdvocates />
        </Panel>
      </Grid>
      <Grid size={12}>
        <Panel title="alg.compounding.maturity_title">
          <MaturityPanel />
        </Panel>
      </Grid>
    </Grid>
  );
}

/** Shows the console's home: headline counts, the first steps for a new organization, live campaigns, top advocates and maturity. */
export function OverviewDashboard() {
  const translate = useTranslate();
  const query = useGatewayQuery<OverviewData>(['overview'], OVERVIEW_QUERY);
  const organization = readSession()?.organization.name ?? '';
  return (
    <Box sx={{ mt: 2 }} data-testid="overview-dashboard">
      <Title title={translate('alg.overview.title', { organization })} />
      <QueryState query={query} unavailableTitle="alg.overview.unavailable">
        {(data) => <Overview data={data} />}
      </QueryState>
    </Box>
  );
}
