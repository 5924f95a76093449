import { fromMinorUnits, type ServiceRuntime } from '@alg/service-kit';
import { CampaignProjection } from '../campaigns/campaign-projection.entity.js';
import { type ActivityFigures, loadActivityFigures } from './activity-figures.js';
import { type DailyFigures, loadDailySeries } from './daily-series.js';
import { loadFunnel } from './funnel.js';
import { ratio } from './ratios.js';

export interface EcosystemMetrics extends ActivityFigures {
  ecosystemId: string;
  campaigns: number;
  invited: number;
  activated: number;
  activationRate: number | null;
  /** Total cost, null when the campaigns use different currencies. */
  cost: number | null;
  currency: string | null;
  costPerRegistration: number | null;
  costPerAttendee: number | null;
  costPerLead: number | null;
  timeZone: string;
  daily: DailyFigures[];
}

/**
 * Figures over every campaign run for one ecosystem of the organization.
 * Days are in the campaigns' time zone when they share one, else in UTC.
 */
export class EcosystemMetricsService {
  private readonly runtime: ServiceRuntime;

  constructor(runtime: ServiceRuntime) {
    this.runtime = runtime;
  }

  async forEcosystem(organizationId: string, ecosystemId: string): Promise<EcosystemMetrics> {
    const em = this.runtime.em();
    const campaigns = await em.find(CampaignProjection, { organizationId, ecosystemId });
    const scope = {
      organizationId,
      campaignIds: campaigns.map((campaign) => campaign.id),
      currencies: new Map(campaigns.map((campaign) => [campaign.id, campaign.currency])),
    };
    const zones = new Set(campaigns.map((campaign) => campaign.timeZone));
    const timeZone = zones.size === 1 ? [...zones][0]! : 'UTC';
    const [funnel, figures, daily] = await Promise.all([
      loadFunnel(em, scope),
      loadActivityFigures(em, scope),
      loadDailySeries(em, scope, timeZone),
    ]);
    const currencies = new Set(campaigns.map((campaign) => campaign.currency));
    const currency = currencies.size === 1 ? [...currencies][0]! : null;
    let cost: number | null = 0;
    if (currency !== null) {
      cost = campaigns.reduce((sum, campaign) => sum + fromMinorUnits(Number(campaign.costMinor), currency), 0);
    } else if (campaigns.length > 0) {
      cost = null;
    }
    const per = (count: number) => (cost === null ? null : ratio(cost, count));

    return {
      ...figures,
      ecosystemId,
      campaigns: campaigns.length,
      invited: funnel.invited,
      activated: funnel.activated,
      activationRate: ratio(funnel.activated, funnel.invited),
      cost,
      currency,
      costPerRegistration: per(figures.registrations),
      costPerAttendee: per(figures.attendances),
      costPerLead: per(figures.leads),
      timeZone,
      daily,
    };
  }
}
