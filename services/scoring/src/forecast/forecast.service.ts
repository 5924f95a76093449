import type { EntityManager, ServiceRuntime } from '@alg/service-kit';
import { loadPointsConfig } from '../points/points-config.repository.js';
import { weightsOf } from '../points/points-config.js';
import {
  campaignInvitees,
  campaignOutcomes,
  ecosystemMembers,
  eligibility,
  type HistoryWindow,
  type MemberSet,
  participantHistories,
} from '../targeting/history.repository.js';
import { type GroupPriors, priorsFor } from '../targeting/priors.js';
import { type BacktestSummary, compare, type ForecastComparison, summarize } from './backtest.js';
import { expectInvitee, type ForecastInterval, type ForecastMetric, forecastTotals } from './forecast.js';

/** The invitees a forecast assumes. */
export type ForecastPopulation = 'invited' | 'ecosystem_members';

export interface CampaignForecast {
  campaignId: string;
  population: ForecastPopulation;
  invitees: number;
  /** History used is strictly before this instant (the launch); null before launch, when all history is used. */
  historyBefore: Date | null;
  priors: GroupPriors;
  metrics: ForecastInterval[];
}

export interface ForecastVersusActual {
  forecast: CampaignForecast;
  /** Null until the campaign has launched. */
  comparisons: ForecastComparison[] | null;
  ended: boolean;
}

interface CampaignRow {
  campaign_id: string;
  ecosystem_id: string;
  interaction_kind: string;
  launched_at: string | null;
  ended_at: string | null;
}

/** Invitation defaults for the pre-launch population: the same rules as targeting. */
const POPULATION_WINDOW_DAYS = 30;
const POPULATION_MAX_INVITATIONS = 2;

/**
 * Forecasts a campaign from its invitees' history and the empirical Bayes
 * priors of its ecosystem and interaction kind. Before launch the
 * invitees are the eligible members of the ecosystem; once invitations
 * exist they are the invited participants. After launch the forecast only
 * uses activity from before the launch, so it is the forecast that could
 * have been made at launch and can stand beside the actual figures.
 */
export class ForecastService {
  constructor(private readonly runtime: ServiceRuntime) {}

  /** Null when scoring has not received the campaign, or it belongs to another organization. */
  async forecast(organizationId: string, campaignId: string): Promise<CampaignForecast | null> {
    const em = this.runtime.em();
    const campaign = await this.campaign(em, organizationId, campaignId);

    return campaign ? this.forecastOf(em, organizationId, campaign) : null;
  }

  async versusActual(organizationId: string, campaignId: string): Promise<ForecastVersusActual | null> {
    const em = this.runtime.em();
    const campaign = await this.campaign(em, organizationId, campaignId);
    if (!campaign) return null;
    const forecast = await this.forecastOf(em, organizationId, campaign);
    if (!campaign.launched_at) return { forecast, comparisons: null, ended: false };
    const actual = await this.actual(em, organizationId, campaignId);

    return {
      forecast,
      comparisons: forecast.metrics.map((interval) => compare(interval, actual[interval.metric])),
      ended: campaign.ended_at !== null,
    };
  }

  /** Forecast against actual for every launched campaign with invitations, in launch order, with error statistics. */
  async backtest(organizationId: string): Promise<{ campaigns: ForecastVersusActual[]; summary: BacktestSummary[] }> {
    const em = this.runtime.em();
    const rows = await em.execute<{ campaign_id: string }[]>(
      `select cp.campaign_id from campaign_profile cp
        where cp.organization_id = ? and cp.launched_at is not null
          and exists (select 1 from invitation i where i.campaign_id = cp.campaign_id)
        order by cp.launched_at, cp.campaign_id`,
      [organizationId],
    );
    const campaigns: ForecastVersusActual[] = [];
    for (const row of rows) campaigns.push((await this.versusActual(organizationId, row.campaign_id))!);

    return { campaigns, summary: summarize(campaigns.map((campaign) => campaign.comparisons!)) };
  }

  private async campaign(em: EntityManager, organizationId: string, campaignId: string): Promise<CampaignRow | null> {
    const [row] = await em.execute<CampaignRow[]>(
      `select campaign_id, ecosystem_id, interaction_kind, launched_at::text, ended_at::text
         from campaign_profile where organization_id = ? and campaign_id = ?`,
      [organizationId, campaignId],
    );

    return row ?? null;
  }

  private async population(em: EntityManager, organizationId: string, campaign: CampaignRow): Promise<{ kind: ForecastPopulation; members: MemberSet }> {
    const [invited] = await em.execute<{ found: number }[]>(`select 1 as found from invitation where campaign_id = ? limit 1`, [
      campaign.campaign_id,
    ]);
    if (invited) return { kind: 'invited', members: campaignInvitees(organizationId, campaign.campaign_id) };

    const members = ecosystemMembers(organizationId, campaign.ecosystem_id);
    const asOf = campaign.launched_at ? new Date(campaign.launched_at) : new Date();
    const rules = await eligibility(em, organizationId, members, asOf, POPULATION_WINDOW_DAYS);
    const eligible = [...rules.values()]
      .filter((rule) => rule.contact && rule.recentInvitations < POPULATION_MAX_INVITATIONS)
      .map((rule) => rule.participantId);

    return {
      kind: 'ecosystem_members',
      members: eligible.length > 0 ? { sql: `select unnest(array[?]::uuid[]) as participant_id`, params: [eligible] } : { sql: `select null::uuid as participant_id where false`, params: [] },
    };
  }

  private async forecastOf(em: EntityManager, organizationId: string, campaign: CampaignRow): Promise<CampaignForecast> {
    const window: HistoryWindow = {
      cutoff: campaign.launched_at ? new Date(campaign.launched_at) : null,
      excludeCampaignId: campaign.campaign_id,
    };
    const config = await loadPointsConfig(em, organizationId);
    const outcomes = await campaignOutcomes(em, organizationId, window, weightsOf(config));
    const priors = priorsFor(outcomes, campaign.ecosystem_id, campaign.interaction_kind);
    const population = await this.population(em, organizationId, campaign);
    const histories = await participantHistories(em, organizationId, population.members, window);
    const expectations = histories.map((history) => expectInvitee(history, priors));

    return {
      campaignId: campaign.campaign_id,
      population: population.kind,
      invitees: histories.length,
      historyBefore: window.cutoff,
      priors,
      metrics: forecastTotals(expectations, priors),
    };
  }

  /** Counts what the campaign produced: activated invitees, shares, potential reach, credited clicks and conversions. */
  private async actual(em: EntityManager, organizationId: string, campaignId: string): Promise<Record<ForecastMetric, number>> {
    const [row] = await em.execute<Record<string, string>[]>(
      `select count(*) filter (where s.shares > 0 and exists (select 1 from invitation i
                 where i.campaign_id = s.campaign_id and i.participant_id = s.participant_id)) as activations,
              coalesce(sum(s.shares), 0) as shares, coalesce(sum(s.potential_reach), 0) as reach,
              coalesce(sum(s.unique_clicks), 0) as clicks, coalesce(sum(s.conversions), 0) as conversions
         from advocate_campaign_stats s where s.organization_id = ? and s.campaign_id = ?`,
      [organizationId, campaignId],
    );

    return {
      activations: Number(row!.activations),
      shares: Number(row!.shares),
      potential_reach: Number(row!.reach),
      clicks: Number(row!.clicks),
      conversions: Number(row!.conversions),
    };
  }
}
