import { DomainError, type EntityManager, type ServiceRuntime } from '@alg/service-kit';
import { loadPointsConfig } from '../points/points-config.repository.js';
import { fromMicro, weightsOf } from '../points/points-config.js';
import { type BoardCursor, decodeBoardCursor, encodeBoardCursor } from './leaderboard-cursor.js';
import { type BoardSource, boardSource, type LeaderboardScope } from './leaderboard-source.js';
import { type LeaderboardPeriod, organizationTimeZone, type PeriodBounds, periodBounds } from './period.js';

export interface LeaderboardRequest {
  organizationId: string;
  scope: LeaderboardScope;
  period: LeaderboardPeriod;
  /** Instant inside the period; the current time when absent. */
  periodContaining?: Date | null;
}

export interface LeaderboardEntry {
  rank: number;
  participantId: string;
  points: number;
  pointsMicro: string;
  shares: number;
  potentialReach: number;
  uniqueClicks: number;
  conversions: number;
  pointsReachedAt: Date | null;
  cursor: string;
}

interface RankedRow {
  rank: string;
  participant_id: string;
  points_micro: string;
  points_reached_at: string | null;
  shares: number;
  potential_reach: string;
  unique_clicks: number;
  conversions: number;
}

/**
 * The tie rule of every leaderboard, page and export: standard
 * competition ranking over points (1, 2, 2, 4), and among equal points the
 * advocate who reached them first comes first, then the lower participant
 * id. Points are compared as exact micro-point integers.
 */
const ORDER = `points_micro desc, points_reached_at asc, participant_id asc`;

function rankedSql(source: BoardSource, cursor: BoardCursor | null, limit: number | null): { sql: string; params: unknown[] } {
  const params = [...source.params];
  let where = '';
  if (cursor?.reachedAt) {
    where = `where points_micro < ?::bigint
                or (points_micro = ?::bigint and (points_reached_at > ?::timestamptz or points_reached_at is null
                    or (points_reached_at = ?::timestamptz and participant_id > ?::uuid)))`;
    params.push(cursor.points, cursor.points, cursor.reachedAt, cursor.reachedAt, cursor.participantId);
  } else if (cursor) {
    where = `where points_micro < ?::bigint
                or (points_micro = ?::bigint and points_reached_at is null and participant_id > ?::uuid)`;
    params.push(cursor.points, cursor.points, cursor.participantId);
  }
  if (limit !== null) params.push(limit);

  return {
    sql: `with board as (${source.sql}),
          ranked as (select *, rank() over (order by points_micro desc) as rank from board where points_micro > 0)
          select rank, participant_id, points_micro, points_reached_at::text as points_reached_at, shares, potential_reach, unique_clicks, conversions
            from ranked ${where}
           order by ${ORDER}${limit !== null ? ' limit ?' : ''}`,
    params,
  };
}

function toEntry(row: RankedRow): LeaderboardEntry {
  const reachedAt = row.points_reached_at === null ? null : new Date(row.points_reached_at);

  return {
    rank: Number(row.rank),
    participantId: row.participant_id,
    points: fromMicro(row.points_micro),
    pointsMicro: row.points_micro,
    shares: row.shares,
    potentialReach: Number(row.potential_reach),
    uniqueClicks: row.unique_clicks,
    conversions: row.conversions,
    pointsReachedAt: reachedAt,
    cursor: encodeBoardCursor({ points: row.points_micro, reachedAt: row.points_reached_at, participantId: row.participant_id }),
  };
}

/** Reads leaderboards per campaign, ecosystem or organization, for all time or one calendar period. */
export class LeaderboardService {
  constructor(private readonly runtime: ServiceRuntime) {}

  em(): EntityManager {
    return this.runtime.em();
  }

  async bounds(em: EntityManager, request: LeaderboardRequest): Promise<PeriodBounds> {
    const timeZone = await organizationTimeZone(em, request.organizationId);

    return periodBounds(em, timeZone, request.period, request.periodContaining ?? new Date());
  }

  async page(request: LeaderboardRequest, first: number, after?: string | null): Promise<LeaderboardEntry[]> {
    const cursor = after ? decodeBoardCursor(after) : null;
    const em = this.runtime.em();
    const source = await this.source(em, request);
    const query = rankedSql(source, cursor, first);

    return (await em.execute<RankedRow[]>(query.sql, query.params)).map(toEntry);
  }

  /** Reads every entry of the leaderboard, in page order. */
  async all(request: LeaderboardRequest): Promise<LeaderboardEntry[]> {
    const em = this.runtime.em();
    const query = rankedSql(await this.source(em, request), null, null);

    return (await em.execute<RankedRow[]>(query.sql, query.params)).map(toEntry);
  }

  private async source(em: EntityManager, request: LeaderboardRequest): Promise<BoardSource> {
    if (request.scope.kind === 'campaign' && !request.scope.campaignId) {
      throw DomainError.invalid('campaignId', request.scope.campaignId, 'give the id of a campaign.');
    }
    const bounds = await this.bounds(em, request);
    const config = await loadPointsConfig(em, request.organizationId);

    return boardSource(request.organizationId, request.scope, bounds, weightsOf(config));
  }
}
