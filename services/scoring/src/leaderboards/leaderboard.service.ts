import type { ServiceRuntime } from '@alg/service-kit';
import type { AdvocateScoreModel, LeaderboardEntryModel } from '../graphql/scoring.model.js';

interface RankedRow {
  rank: string;
  participant_id: string;
  points: number;
  shares: number;
  potential_reach: string;
  unique_clicks: number;
  conversions: number;
  points_reached_at: Date | null;
}

/**
 * Reads leaderboards. Ranking is standard competition ranking over points
 * (SQL rank()); rows of equal points are listed by who reached the points
 * first, then by participant id, in every query, so pages and exports agree.
 */
export class LeaderboardService {
  constructor(private readonly runtime: ServiceRuntime) {}

  async forCampaign(organizationId: string, campaignId: string, first: number): Promise<LeaderboardEntryModel[]> {
    const rows = await this.runtime.em().execute<RankedRow[]>(
      `select rank() over (order by points desc) as rank, participant_id, points, shares, potential_reach,
              unique_clicks, conversions, points_reached_at
         from advocate_campaign_stats
        where organization_id = ? and campaign_id = ? and points > 0
        order by points desc, points_reached_at asc nulls last, participant_id
        limit ?`,
      [organizationId, campaignId, first],
    );

    return rows.map((row) => this.entry(row));
  }

  async forOrganization(organizationId: string, first: number): Promise<LeaderboardEntryModel[]> {
    const rows = await this.runtime.em().execute<RankedRow[]>(
      `select rank() over (order by points desc) as rank, participant_id, points, shares,
              (select coalesce(sum(potential_reach), 0) from advocate_campaign_stats c
                where c.organization_id = s.organization_id and c.participant_id = s.participant_id) as potential_reach,
              unique_clicks, conversions, points_reached_at
         from advocate_score s
        where organization_id = ? and points > 0
        order by points desc, points_reached_at asc nulls last, participant_id
        limit ?`,
      [organizationId, first],
    );

    return rows.map((row) => this.entry(row));
  }

  async scoreOf(organizationId: string, participantId: string): Promise<AdvocateScoreModel | null> {
    const [row] = await this.runtime.em().execute<
      { points: number; shares: number; unique_clicks: number; conversions: number; campaigns: number; rank: string; best: number }[]
    >(
      `select s.points, s.shares, s.unique_clicks, s.conversions, s.campaigns,
              (select count(*) + 1 from advocate_score o where o.organization_id = s.organization_id and o.points > s.points) as rank,
              (select max(points) from advocate_score o where o.organization_id = s.organization_id) as best
         from advocate_score s where s.organization_id = ? and s.participant_id = ?`,
      [organizationId, participantId],
    );
    if (!row) return null;

    return {
      points: row.points,
      score: row.best > 0 ? Math.round((1000 * row.points) / row.best) / 10 : 0,
      rank: Number(row.rank),
      shares: row.shares,
      uniqueClicks: row.unique_clicks,
      conversions: row.conversions,
      campaigns: row.campaigns,
    };
  }

  private entry(row: RankedRow): LeaderboardEntryModel {
    return {
      rank: Number(row.rank),
      participant: { id: row.participant_id },
      points: row.points,
      shares: row.shares,
      potentialReach: Number(row.potential_reach),
      uniqueClicks: row.unique_clicks,
      conversions: row.conversions,
      pointsReachedAt: row.points_reached_at,
    };
  }
}
