import { Box, Grid, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { type RaRecord, Title, useTranslate } from 'react-admin';
import { useGatewayQuery } from '../../data/useGatewayQuery';
import { EmptyState } from '../../ui/EmptyState';
import { Panel } from '../../ui/Panel';
import { QueryState } from '../../ui/QueryState';
import { RecordPicker } from '../../ui/RecordPicker';
import { BADGE_DEFINITIONS_QUERY } from './leaderboardQuery';
import type { LeaderboardScope } from './leaderboardQuery';
import { LeaderboardView } from './LeaderboardView';
import { TopAdvocatesPanel } from './TopAdvocatesPanel';

type ScopeKind = LeaderboardScope['kind'];

function BadgeLegend() {
  const query = useGatewayQuery<{ badgeDefinitions: Array<{ code: string; name: string; description: string }> }>(
    ['badge-definitions'],
    BADGE_DEFINITIONS_QUERY,
  );
  return (
    <QueryState query={query} unavailableTitle="alg.leaderboards.badges_unavailable">
      {(data) => (
        <Box component="dl" sx={{ m: 0 }}>
          {data.badgeDefinitions.map((badge) => (
            <Box key={badge.code} sx={{ mb: 1 }}>
              <Typography component="dt" variant="subtitle2">
                {badge.name}
              </Typography>
              <Typography component="dd" variant="body2" color="text.secondary" sx={{ m: 0 }}>
                {badge.description}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </QueryState>
  );
}

/** Leaderboards for the organization, one campaign or one ecosystem, per period, with badges. */
export function LeaderboardsDashboard() {
  const translate = useTranslate();
  const [kind, setKind] = useState<ScopeKind>('organization');
  const [campaign, setCampaign] = useState<RaRecord | null>(null);
  const [ecosystem, setEcosystem] = useState<RaRecord | null>(null);
  const scope: LeaderboardScope | null =
    kind === 'organization'
      ? { kind }
      : kind === 'campaign'
        ? campaign && { kind, campaignId: String(campaign.id) }
        : ecosystem && { kind, ecosystemId: String(ecosystem.id) };

  return (
    <Box sx={{ mt: 2 }} data-testid="leaderboards-dashboard">
      <Title title={translate('alg.menu.leaderboards')} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <Panel title="alg.leaderboards.title">
            <Tabs
              value={kind}
              onChange={(_, value: ScopeKind) => setKind(value)}
              sx={{ mb: 2 }}
              aria-label={translate('alg.leaderboards.scope')}
            >
              <Tab value="organization" label={translate('alg.leaderboards.scope_organization')} />
              <Tab value="campaign" label={translate('alg.leaderboards.scope_campaign')} />
              <Tab value="ecosystem" label={translate('alg.leaderboards.scope_ecosystem')} />
            </Tabs>
            {kind === 'campaign' ? (
              <Box sx={{ mb: 2 }}>
                <RecordPicker
                  resource="campaigns"
                  label="alg.leaderboards.pick_campaign"
                  value={campaign}
                  onChange={setCampaign}
                  testId="leaderboard-campaign"
                />
              </Box>
            ) : null}
            {kind === 'ecosystem' ? (
              <Box sx={{ mb: 2 }}>
                <RecordPicker
                  resource="ecosystems"
                  label="alg.leaderboards.pick_ecosystem"
                  value={ecosystem}
                  onChange={setEcosystem}
                  testId="leaderboard-ecosystem"
                />
              </Box>
            ) : null}
            {scope === null ? (
              <EmptyState title={`alg.leaderboards.pick_${kind}_title`} hint={`alg.leaderboards.pick_${kind}_hint`} />
            ) : (
              <LeaderboardView
                key={JSON.stringify(scope)}
                scope={scope}
                fileName={scope.kind === 'organization' ? 'leaderboard' : `leaderboard-${scope.kind}`}
              />
            )}
          </Panel>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Box sx={{ display: 'grid', gap: 2 }}>
            <Panel title="alg.leaderboards.top_advocates" subheader="alg.leaderboards.top_advocates_hint">
              <TopAdvocatesPanel />
            </Panel>
            <Panel title="alg.leaderboards.badge_legend">
              <BadgeLegend />
            </Panel>
          </Box>
        </Grid>
      </Grid>
    </Box>
  );
}
