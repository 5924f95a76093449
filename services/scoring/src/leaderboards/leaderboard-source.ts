import { conversionKinds } from '@alg/service-kit';
import type { PointsWeights } from '../points/points-config.js';
import type { PeriodBounds } from './period.js';

/** The advocates a leaderboard ranks: a campaign's, an ecosystem's, or the whole organization's. */
export type LeaderboardScope =
  | { kind: 'organization' }
  | { kind: 'campaign'; campaignId: string }
  | { kind: 'ecosystem'; ecosystemId: string };

/**
 * A query returning one row per advocate with the columns participant_id,
 * points_micro, points_reached_at, shares, potential_reach, unique_clicks
 * and conversions. Every leaderboard ranks such a source the same way.
 */
export interface BoardSource {
  sql: string;
  params: unknown[];
}

const statsColumns = `participant_id, points_micro, points_reached_at, shares, potential_reach, unique_clicks, conversions`;

function allTimeSource(organizationId: string, scope: LeaderboardScope): BoardSource {
  switch (scope.kind) {
    case 'organization':
      return { sql: `select ${statsColumns} from advocate_score where organization_id = ?`, params: [organizationId] };
    case 'campaign':
      return {
        sql: `select ${statsColumns} from advocate_campaign_stats where organization_id = ? and campaign_id = ?`,
        params: [organizationId, scope.campaignId],
      };
    case 'ecosystem':
      return {
        sql: `select s.participant_id, sum(s.points_micro)::bigint as points_micro, max(s.points_reached_at) as points_reached_at,
                     sum(s.shares)::int as shares, sum(s.potential_reach)::bigint as potential_reach,
                     sum(s.unique_clicks)::int as unique_clicks, sum(s.conversions)::int as conversions
                from advocate_campaign_stats s
                join campaign_profile cp on cp.campaign_id = s.campaign_id
               where s.organization_id = ? and cp.ecosystem_id = ?
               group by s.participant_id`,
        params: [organizationId, scope.ecosystemId],
      };
  }
}

/** SQL filter on a credit table's campaign_id column for the scope, with its parameters. */
function scopeFilter(scope: LeaderboardScope): { sql: string; params: unknown[] } {
  switch (scope.kind) {
    case 'organization':
      return { sql: '', params: [] };
    case 'campaign':
      return { sql: ' and campaign_id = ?', params: [scope.campaignId] };
    case 'ecosystem':
      return {
        sql: ' and campaign_id in (select campaign_id from campaign_profile where ecosystem_id = ?)',
        params: [scope.ecosystemId],
      };
  }
}

/**
 * Selects one row per credited action, at the time it earned its points: the
 * first share on a network, the time a network's largest audience was
 * recorded, the first click of a visitor, and each credited conversion.
 * `filter` restricts a credit table by a condition on a time column.
 */
export function creditItems(
  weights: PointsWeights,
  filter: (timeColumn: string) => { sql: string; params: unknown[] },
): BoardSource {
  const kindPoints = `(case kind ${conversionKinds.map((kind) => `when '${kind}' then ${weights.conversion[kind]}`).join(' ')} else 0 end)`;
  const shares = filter('first_shared_at');
  const reach = filter('size_reached_at');
  const clicks = filter('first_clicked_at');
  const conversions = filter('converted_at');

  return {
    sql: `select participant_id, ?::bigint as micro, first_shared_at as at, shares, 0::bigint as reach, 0 as clicks, 0 as conversions
            from share_credit where ${shares.sql}
          union all
          select participant_id, round(?::bigint * log(1 + network_size::float8))::bigint, size_reached_at, 0, network_size, 0, 0
            from share_credit where network_size > 0 and ${reach.sql}
          union all
          select participant_id, ?::bigint, first_clicked_at, 0, 0, 1, 0
            from click_credit where ${clicks.sql}
          union all
          select advocate_id, ${kindPoints}, converted_at, 0, 0, 0, 1
            from conversion_credit where credited and not self_referral and ${conversions.sql}`,
    params: [weights.share, ...shares.params, weights.reach, ...reach.params, weights.click, ...clicks.params, ...conversions.params],
  };
}

/** Points earned inside a period, each credited action counted at the time it earned its points. */
function periodSource(organizationId: string, scope: LeaderboardScope, bounds: PeriodBounds, weights: PointsWeights): BoardSource {
  const scoped = scopeFilter(scope);
  const items = creditItems(weights, (column) => ({
    sql: `organization_id = ? and ${column} >= ? and ${column} < ?${scoped.sql}`,
    params: [organizationId, bounds.start!.toISOString(), bounds.end!.toISOString(), ...scoped.params],
  }));

  return {
    sql: `select participant_id, sum(micro)::bigint as points_micro,
                 max(at) filter (where micro > 0) as points_reached_at,
                 sum(shares)::int as shares, sum(reach)::bigint as potential_reach,
                 sum(clicks)::int as unique_clicks, sum(conversions)::int as conversions
            from (${items.sql}) items
           group by participant_id`,
    params: items.params,
  };
}

export function boardSource(
  organizationId: string,
  scope: LeaderboardScope,
  bounds: PeriodBounds,
  weights: PointsWeights,
): BoardSource {
  return bounds.period === 'all_time' ? allTimeSource(organizationId, scope) : periodSource(organizationId, scope, bounds, weights);
}
