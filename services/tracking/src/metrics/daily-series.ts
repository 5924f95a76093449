import type { EntityManager } from '@alg/service-kit';
import { type ActivityScope, scopeCondition } from './activity-figures.js';

/** One calendar day of activity in the scope's time zone. */
export interface DailyFigures {
  /** YYYY-MM-DD in the time zone. */
  day: string;
  shares: number;
  /** Sum over sharers of their largest audience per network among that day's shares. */
  potentialReach: number;
  clicks: number;
  uniqueClicks: number;
  previews: number;
  bots: number;
  selfClicks: number;
  conversions: number;
  registrations: number;
  attendances: number;
  leads: number;
}

/** Returns the zone name when Intl knows it, else UTC, so a bad name cannot fail the query. */
export function knownTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });

    return timeZone;
  } catch {
    return 'UTC';
  }
}

function emptyDay(day: string): DailyFigures {
  return {
    day,
    shares: 0,
    potentialReach: 0,
    clicks: 0,
    uniqueClicks: 0,
    previews: 0,
    bots: 0,
    selfClicks: 0,
    conversions: 0,
    registrations: 0,
    attendances: 0,
    leads: 0,
  };
}

/**
 * Loads the scope's activity per day, oldest first, leaving out days
 * without activity. A day is a calendar day in `timeZone`, so a click at 23:30 in New
 * York counts on that New York day, not on the next UTC day.
 */
export async function loadDailySeries(em: EntityManager, scope: ActivityScope, timeZone: string): Promise<DailyFigures[]> {
  if (scope.campaignIds?.length === 0) return [];
  const zone = knownTimeZone(timeZone);
  const byParticipant = scopeCondition(scope, 'participant_id');
  const byAdvocate = scopeCondition(scope, 'advocate_id');
  const [shareRows, clickRows, conversionRows] = await Promise.all([
    em.execute<{ day: string; shares: string; reach: string }[]>(
      `select day, sum(shares) as shares, sum(largest) as reach from (
         select to_char(shared_at at time zone ?, 'YYYY-MM-DD') as day, campaign_id, participant_id, network,
                count(*) as shares, max(network_size) as largest
           from share where ${byParticipant.sql} group by 1, 2, 3, 4) per_sharer
       group by day`,
      [zone, ...byParticipant.params],
    ),
    em.execute<{ day: string; classification: string; total: string; unique_total: string }[]>(
      `select to_char(clicked_at at time zone ?, 'YYYY-MM-DD') as day, classification,
              count(*) as total, count(*) filter (where is_unique) as unique_total
         from click where ${byParticipant.sql} group by 1, 2`,
      [zone, ...byParticipant.params],
    ),
    em.execute<{ day: string; kind: string; total: string }[]>(
      `select to_char(converted_at at time zone ?, 'YYYY-MM-DD') as day, kind, count(*) as total
         from conversion where ${byAdvocate.sql} and credited group by 1, 2`,
      [zone, ...byAdvocate.params],
    ),
  ]);

  const days = new Map<string, DailyFigures>();
  const dayOf = (day: string) => days.get(day) ?? days.set(day, emptyDay(day)).get(day)!;
  for (const row of shareRows) {
    dayOf(row.day).shares += Number(row.shares);
    dayOf(row.day).potentialReach += Number(row.reach);
  }
  const clickField = { human: 'clicks', preview: 'previews', bot: 'bots', self: 'selfClicks' } as const;
  for (const row of clickRows) {
    const field = clickField[row.classification as keyof typeof clickField];
    if (field) dayOf(row.day)[field] += Number(row.total);
    if (row.classification === 'human') dayOf(row.day).uniqueClicks += Number(row.unique_total);
  }
  const kindField = { registration: 'registrations', attendance: 'attendances', lead: 'leads' } as const;
  for (const row of conversionRows) {
    const figures = dayOf(row.day);
    figures.conversions += Number(row.total);
    const field = kindField[row.kind as keyof typeof kindField];
    if (field) figures[field] += Number(row.total);
  }

  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}
