import { fromMinorUnits, type ServiceRuntime } from '@alg/service-kit';
import { CampaignProjection } from '../campaigns/campaign-projection.entity.js';
import { type ActivityFigures, loadActivityFigures } from './activity-figures.js';
import { type DailyFigures, loadDailySeries } from './daily-series.js';
import { loadFunnel } from './funnel.js';
import { ratio } from './ratios.js';

export interface CampaignMetrics extends ActivityFigures {
  invited: number;
  activated: number;
  activationRate: number | null;
  activationTarget: number;
  targetMet: boolean | null;
  cost: number;
  currency: string;
  costPerRegistration: number | null;
  costPerAttendee: number | null;
  costPerLead: number | null;
  timeZone: string;
  daily: DailyFigures[];
}

/** Computes a campaign's figures from the stored shares, clicks and conversions. */
export class CampaignMetricsService {
  private readonly runtime: ServiceRuntime;

  constructor(runtime: ServiceRuntime) {
    this.runtime = runtime;
  }

  /** Null when tracking has no campaign of that id in the organization. */
  async forCampaign(organizationId: string, campaignId: string): Promise<CampaignMetrics | null> {
    const em = this.runtime.em();
    const campaign = await em.findOne(CampaignProjection, { id: campaignId, organizationId });
    if (!campaign) return null;
    const scope = { organizationId, campaignIds: [campaignId], currencies: new Map([[campaignId, campaign.currency]]) };
    const [funnel, figures, daily] = await Promise.all([
      loadFunnel(em, scope),
      loadActivityFigures(em, scope),
      loadDailySeries(em, scope, campaign.timeZone),
    ]);
    const cost = fromMinorUnits(Number(campaign.costMinor), campaign.currency);
    const activationRate = ratio(funnel.activated, funnel.invited);

    return {
      ...figures,
      invited: funnel.invited,
      activated: funnel.activated,
      activationRate,
      activationTarget: campaign.activationTarget,
      targetMet: activationRate === null ? null : activationRate >= campaign.activationTarget,
      cost,
      currency: campaign.currency,
      costPerRegistration: ratio(cost, figures.registrations),
      costPerAttendee: ratio(cost, figures.attendances),
      costPerLead: ratio(cost, figures.leads),
      timeZone: campaign.timeZone,
      daily,
    };
  }
}
