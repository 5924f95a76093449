import type { EntityManager, ServiceRuntime } from '@alg/service-kit';
import { type AdvocateTotals, type OrganizationScores, scoreOrganization, type ScoredAdvocate } from './organization-scores.js';

interface TotalsRow {
  participant_id: string;
  points_micro: string;
  points_reached_at: string | null;
  shares: number;
  networks: number;
  potential_reach: string;
  unique_clicks: number;
  conversions: number;
  campaigns: number;
  ecosystems: number;
  active_months: number;
  activity_weight: string;
  impact_micro: string;
}

export interface OrganizationSnapshot {
  scores: OrganizationScores;
  /** Latest activity of the organization: the reference time of decayed activity. */
  referenceTime: Date | null;
}

export interface IgnoredActivity {
  previews: number;
  bots: number;
  selfClicks: number;
  repeatClicks: number;
  burstClicks: number;
  selfReferrals: number;
  uncreditedConversions: number;
}

const CACHED_ORGANIZATIONS = 8;

function toTotals(row: TotalsRow): AdvocateTotals {
  return {
    participantId: row.participant_id,
    pointsMicro: Number(row.points_micro),
    pointsReachedAt: row.points_reached_at,
    shares: row.shares,
    networks: row.networks,
    potentialReach: Number(row.potential_reach),
    uniqueClicks: row.unique_clicks,
    conversions: row.conversions,
    campaigns: row.campaigns,
    ecosystems: row.ecosystems,
    activeMonths: row.active_months,
    activityWeight: Number(row.activity_weight),
    impactMicro: Number(row.impact_micro),
  };
}

/**
 * Scores advocates at query time from the stored components. A score
 * needs the maxima of the whole organization, so the service scores all
 * its advocates at once and keeps the result until the organization's
 * event count changes (every ledger write and points change bumps it).
 */
export class ScoreService {
  private readonly cache = new Map<string, { version: string; snapshot: OrganizationSnapshot }>();

  constructor(private readonly runtime: ServiceRuntime) {}

  em(): EntityManager {
    return this.runtime.em();
  }

  async snapshot(organizationId: string, em: EntityManager = this.runtime.em()): Promise<OrganizationSnapshot> {
    const [clock] = await em.execute<{ events: string; latest: string | null }[]>(
      `select events::text as events, latest_activity_at::text as latest from organization_clock where organization_id = ?`,
      [organizationId],
    );
    const version = clock ? `${clock.events}|${clock.latest}` : 'empty';
    const cached = this.cache.get(organizationId);
    if (cached?.version === version) return cached.snapshot;

    const rows = await em.execute<TotalsRow[]>(
      `select participant_id, points_micro, points_reached_at::text as points_reached_at, shares, networks, potential_reach,
              unique_clicks, conversions, campaigns, ecosystems, active_months, activity_weight::text as activity_weight, impact_micro
         from advocate_score where organization_id = ? and points_micro > 0`,
      [organizationId],
    );
    const snapshot = {
      scores: scoreOrganization(rows.map(toTotals)),
      referenceTime: clock?.latest ? new Date(clock.latest) : null,
    };
    this.cache.delete(organizationId);
    this.cache.set(organizationId, { version, snapshot });
    if (this.cache.size > CACHED_ORGANIZATIONS) this.cache.delete(this.cache.keys().next().value!);

    return snapshot;
  }

  async scoreOf(organizationId: string, participantId: string): Promise<{ advocate: ScoredAdvocate; snapshot: OrganizationSnapshot } | null> {
    const snapshot = await this.snapshot(organizationId);
    const advocate = snapshot.scores.advocates.get(participantId);

    return advocate ? { advocate, snapshot } : null;
  }

  /** Activity of the participant that earned nothing, by reason. */
  async ignoredActivity(organizationId: string, participantId: string): Promise<IgnoredActivity> {
    const em = this.runtime.em();
    const [row] = await em.execute<Record<keyof IgnoredActivity, string>[]>(
      `select
         (select coalesce(sum(clicks), 0) from click_ignored where organization_id = ? and participant_id = ? and reason = 'preview') as previews,
         (select coalesce(sum(clicks), 0) from click_ignored where organization_id = ? and participant_id = ? and reason = 'bot') as bots,
         (select coalesce(sum(clicks), 0) from click_ignored where organization_id = ? and participant_id = ? and reason = 'self') as "selfClicks",
         (select coalesce(sum(clicks), 0) from click_ignored where organization_id = ? and participant_id = ? and reason = 'repeat') as "repeatClicks",
         (select coalesce(sum(clicks - 1), 0) from click_credit where organization_id = ? and participant_id = ?) as "burstClicks",
         (select count(*) from conversion_credit where organization_id = ? and advocate_id = ? and self_referral) as "selfReferrals",
         (select count(*) from conversion_credit where organization_id = ? and advocate_id = ? and not credited and not self_referral)
           as "uncreditedConversions"`,
      Array.from({ length: 7 }, () => [organizationId, participantId]).flat(),
    );

    return {
      previews: Number(row!.previews),
      bots: Number(row!.bots),
      selfClicks: Number(row!.selfClicks),
      repeatClicks: Number(row!.repeatClicks),
      burstClicks: Number(row!.burstClicks),
      selfReferrals: Number(row!.selfReferrals),
      uncreditedConversions: Number(row!.uncreditedConversions),
    };
  }
}
