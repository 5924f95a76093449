import type { ServiceRuntime } from '@alg/service-kit';
import { CampaignProjection } from '../campaigns/campaign-projection.entity.js';
import { type ActivityFigures, type ActivityScope, loadActivityFigures } from './activity-figures.js';
import { type DailyFigures, loadDailySeries } from './daily-series.js';
import { loadFunnel } from './funnel.js';

export interface AdvocateMetrics extends ActivityFigures {
  participantId: string;
  campaignId: string | null;
  /** Campaigns the participant was invited to. */
  invitations: number;
  /** Of those, campaigns they shared in. */
  activeCampaigns: number;
  timeZone: string;
  daily: DailyFigures[];
}

/**
 * One advocate's figures, for one campaign or all of the organization's.
 * A participant without activity, or of another organization, gets zeros
 * rather than an error or null, so the field cannot fail a participant query.
 */
export class AdvocateMetricsService {
  private readonly runtime: ServiceRuntime;

  constructor(runtime: ServiceRuntime) {
    this.runtime = runtime;
  }

  async forParticipant(organizationId: string, participantId: string, campaignId: string | null): Promise<AdvocateMetrics> {
    const em = this.runtime.em();
    const campaigns = await em.find(
      CampaignProjection,
      campaignId ? { organizationId, id: campaignId } : { organizationId },
      { fields: ['id', 'currency', 'timeZone'] },
    );
    const scope: ActivityScope = {
      organizationId,
      campaignIds: campaignId ? campaigns.map((campaign) => campaign.id) : null,
      participantId,
      currencies: new Map(campaigns.map((campaign) => [campaign.id, campaign.currency])),
    };
    const timeZone = campaignId && campaigns[0] ? campaigns[0].timeZone : 'UTC';
    const [funnel, figures, daily] = await Promise.all([
      loadFunnel(em, scope),
      loadActivityFigures(em, scope),
      loadDailySeries(em, scope, timeZone),
    ]);

    return {
      ...figures,
      participantId,
      campaignId,
      invitations: funnel.invited,
      activeCampaigns: funnel.activated,
      timeZone,
      daily,
    };
  }
}
