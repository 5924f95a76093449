import type { PersonRef } from '../../graphql/types';

export type LeaderboardPeriod = 'ALL_TIME' | 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

/** Whose advocates a leaderboard ranks. */
export type LeaderboardScope =
  | { kind: 'organization' }
  | { kind: 'campaign'; campaignId: string }
  | { kind: 'ecosystem'; ecosystemId: string };

export interface EarnedBadge {
  code: string;
  name: string;
  description: string;
  earnedAt: string;
}

export interface LeaderboardRow {
  rank: number;
  points: number;
  shares: number;
  potentialReach: number;
  uniqueClicks: number;
  conversions: number;
  pointsReachedAt: string | null;
  cursor: string;
  participant: PersonRef & {
    score: { score: number; level: { name: string } | null; badges: EarnedBadge[] } | null;
  };
}

export interface LeaderboardData {
  leaderboard: LeaderboardRow[];
  leaderboardPeriod: { start: string | null; end: string | null; timeZone: string };
}

export const LEADERBOARD_QUERY = `query Leaderboard($campaignId: ID, $ecosystemId: ID, $period: LeaderboardPeriod!,
  $periodContaining: DateTime, $first: Int!, $after: String) {
  leaderboard(campaignId: $campaignId, ecosystemId: $ecosystemId, period: $period,
    periodContaining: $periodContaining, first: $first, after: $after) {
    rank points shares potentialReach uniqueClicks conversions pointsReachedAt cursor
    participant { id email firstName lastName score { score level { name } badges { code name description earnedAt } } }
  }
  leaderboardPeriod(period: $period, periodContaining: $periodContaining) { start end timeZone }
}`;

export const LEADERBOARD_CSV_QUERY = `query LeaderboardCsv($campaignId: ID, $ecosystemId: ID, $period: LeaderboardPeriod!,
  $periodContaining: DateTime) {
  csv: leaderboardCsv(campaignId: $campaignId, ecosystemId: $ecosystemId, period: $period, periodContaining: $periodContaining)
}`;

export const BADGE_DEFINITIONS_QUERY = 'query BadgeDefinitions { badgeDefinitions { code name description } }';

/** Variables of a leaderboard request for a scope and a period. */
export function leaderboardVariables(
  scope: LeaderboardScope,
  period: LeaderboardPeriod,
  periodContaining: string | null,
): Record<string, unknown> {
  return {
    campaignId: scope.kind === 'campaign' ? scope.campaignId : null,
    ecosystemId: scope.kind === 'ecosystem' ? scope.ecosystemId : null,
    period,
    periodContaining,
  };
}
