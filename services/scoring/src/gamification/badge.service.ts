import type { EntityManager, ServiceRuntime } from '@alg/service-kit';
import { creditItems } from '../leaderboards/leaderboard-source.js';
import { organizationTimeZone } from '../leaderboards/period.js';
import { loadPointsConfig } from '../points/points-config.repository.js';
import { weightsOf } from '../points/points-config.js';
import { type BadgeFacts, earnedBadges, type EarnedBadge } from './badges.js';

interface QuarterRank {
  participant_id: string;
  start: string;
  end: string;
  rank: string;
  advocates: string;
}

const toDate = (value: string | null | undefined) => (value ? new Date(value) : null);

/** Reads the facts behind badges and evaluates the badge rules. */
export class BadgeService {
  private readonly quarterCache = new Map<string, { version: string; ranks: Map<string, QuarterRank[]> }>();

  constructor(private readonly runtime: ServiceRuntime) {}

  async badgesOf(organizationId: string, participantId: string): Promise<EarnedBadge[]> {
    const em = this.runtime.em();
    const [row] = await em.execute<Record<string, string | null>[]>(
      `select
         (select min(first_shared_at) from share_credit where organization_id = ? and participant_id = ?)::text as first_share,
         (select min(converted_at) from conversion_credit
           where organization_id = ? and advocate_id = ? and credited and not self_referral)::text as first_conversion,
         (select at from (select min(first_shared_at) as at from share_credit where organization_id = ? and participant_id = ?
                           group by network) n order by at offset 2 limit 1)::text as third_network,
         (select first_shared_at from advocate_campaign_stats where organization_id = ? and participant_id = ? and shares > 0
           order by first_shared_at offset 4 limit 1)::text as fifth_campaign,
         (select at from (select min(s.first_shared_at) as at from advocate_campaign_stats s
                            join campaign_profile cp on cp.campaign_id = s.campaign_id
                           where s.organization_id = ? and s.participant_id = ? and s.shares > 0
                           group by cp.ecosystem_id) e order by at offset 1 limit 1)::text as second_ecosystem,
         (select first_clicked_at from click_credit where organization_id = ? and participant_id = ?
           order by first_clicked_at offset 99 limit 1)::text as hundredth_visitor,
         (select min(s.first_shared_at) from participant_profile p
            join share_credit s on s.participant_id = p.participant_id and s.first_shared_at > p.created_at
           where p.organization_id = ? and p.source_advocate_id = ?)::text as recruit_advocated`,
      Array.from({ length: 7 }, () => [organizationId, participantId]).flat(),
    );
    const quarters = (await this.quarterRanks(em, organizationId)).get(participantId) ?? [];
    const facts: BadgeFacts = {
      firstShareAt: toDate(row!.first_share),
      firstConversionAt: toDate(row!.first_conversion),
      thirdNetworkAt: toDate(row!.third_network),
      fifthCampaignAt: toDate(row!.fifth_campaign),
      secondEcosystemAt: toDate(row!.second_ecosystem),
      hundredthVisitorAt: toDate(row!.hundredth_visitor),
      firstRecruitAdvocatedAt: toDate(row!.recruit_advocated),
      quarters: quarters.map((quarter) => ({
        start: new Date(quarter.start),
        end: new Date(quarter.end),
        rank: Number(quarter.rank),
        advocates: Number(quarter.advocates),
      })),
    };

    return earnedBadges(facts);
  }

  /**
   * Ranks of every advocate in every completed quarter (local time of the
   * organization), by the points earned in the quarter. A quarter is
   * complete once the organization has activity at or after its end.
   */
  private async quarterRanks(em: EntityManager, organizationId: string): Promise<Map<string, QuarterRank[]>> {
    const [clock] = await em.execute<{ version: string }[]>(
      `select events::text || '|' || coalesce(latest_activity_at::text, '') as version
         from organization_clock where organization_id = ?`,
      [organizationId],
    );
    const version = clock?.version ?? 'empty';
    const cached = this.quarterCache.get(organizationId);
    if (cached?.version === version) return cached.ranks;

    const timeZone = await organizationTimeZone(em, organizationId);
    const items = creditItems(weightsOf(await loadPointsConfig(em, organizationId)), () => ({
      sql: 'organization_id = ?',
      params: [organizationId],
    }));
    const rows = await em.execute<QuarterRank[]>(
      `with items as (${items.sql}),
       q as (select date_trunc('quarter', at at time zone ?) as local_start, participant_id, sum(micro) as points
               from items group by 1, 2 having sum(micro) > 0),
       r as (select local_start, participant_id,
                    rank() over (partition by local_start order by points desc) as rank,
                    count(*) over (partition by local_start) as advocates
               from q)
       select participant_id, (local_start at time zone ?)::text as start,
              ((local_start + interval '3 months') at time zone ?)::text as "end", rank::text, advocates::text
         from r
        where (local_start + interval '3 months') at time zone ?
              <= (select latest_activity_at from organization_clock where organization_id = ?)`,
      [...items.params, timeZone, timeZone, timeZone, timeZone, organizationId],
    );
    const ranks = new Map<string, QuarterRank[]>();
    for (const row of rows) ranks.set(row.participant_id, [...(ranks.get(row.participant_id) ?? []), row]);
    this.quarterCache.set(organizationId, { version, ranks });
    if (this.quarterCache.size > 8) this.quarterCache.delete(this.quarterCache.keys().next().value!);

    return ranks;
  }
}
