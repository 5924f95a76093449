import type { EntityManager } from '@alg/service-kit';

export const leaderboardPeriods = ['all_time', 'day', 'week', 'month', 'quarter', 'year'] as const;
export type LeaderboardPeriod = (typeof leaderboardPeriods)[number];

export interface PeriodBounds {
  period: LeaderboardPeriod;
  /** Local midnight that starts the period, as an instant; null for all time. */
  start: Date | null;
  /** Start of the next period; null for all time. */
  end: Date | null;
  timeZone: string;
}

const intervals: Record<Exclude<LeaderboardPeriod, 'all_time'>, string> = {
  day: '1 day',
  week: '1 week',
  month: '1 month',
  quarter: '3 months',
  year: '1 year',
};

/** Reads the organization's time zone, UTC until its organization.created event arrived. */
export async function organizationTimeZone(em: EntityManager, organizationId: string): Promise<string> {
  const [row] = await em.execute<{ time_zone: string }[]>(
    `select time_zone from organization_profile where organization_id = ?`,
    [organizationId],
  );

  return row?.time_zone ?? 'UTC';
}

/**
 * Bounds of the period that contains `at`, starting at local midnight in
 * the time zone (weeks start on Monday, as in ISO 8601). PostgreSQL does
 * the calendar arithmetic on local time and converts back, so periods
 * that span a daylight-saving change still start and end at midnight.
 */
export async function periodBounds(
  em: EntityManager,
  timeZone: string,
  period: LeaderboardPeriod,
  at: Date,
): Promise<PeriodBounds> {
  if (period === 'all_time') return { period, start: null, end: null, timeZone };
  const [row] = await em.execute<{ start: string; end: string }[]>(
    `select date_trunc(?, ?::timestamptz at time zone ?) at time zone ? as start,
            (date_trunc(?, ?::timestamptz at time zone ?) + ?::interval) at time zone ? as "end"`,
    [period, at.toISOString(), timeZone, timeZone, period, at.toISOString(), timeZone, intervals[period], timeZone],
  );

  return { period, start: new Date(row!.start), end: new Date(row!.end), timeZone };
}
