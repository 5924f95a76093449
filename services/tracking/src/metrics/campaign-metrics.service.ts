import { fromMinorUnits, type ServiceRuntime } from '@alg/service-kit';
import { CampaignProjection } from '../campaigns/campaign-projection.entity.js';

export interface NetworkResult {
  network: string;
  shares: number;
  potentialReach: number;
  clicks: number;
}

export interface ConversionCount {
  kind: string;
  count: number;
  value: number;
}

export interface CampaignMetrics {
  invited: number;
  activated: number;
  activationRate: number | null;
  activationTarget: number;
  targetMet: boolean | null;
  shares: number;
  potentialReach: number;
  byNetwork: NetworkResult[];
  clicks: number;
  uniqueClicks: number;
  previews: number;
  bots: number;
  selfClicks: number;
  clicksPerShare: number | null;
  clickThroughRate: number | null;
  conversions: number;
  conversionsByKind: ConversionCount[];
  selfReferrals: number;
  registrations: number;
  attendances: number;
  leads: number;
  registrationToAttendanceRate: number | null;
  cost: number;
  currency: string;
  costPerRegistration: number | null;
  costPerAttendee: number | null;
  costPerLead: number | null;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/**
 * Computes a campaign's figures from the stored shares, clicks and
 * conversions. Potential reach counts each sharer's audience on a network
 * once (their largest reported size there), because sharing twice to the
 * same followers reaches nobody new. Clicks are human clicks only.
 */
export class CampaignMetricsService {
  constructor(private readonly runtime: ServiceRuntime) {}

  async forCampaign(organizationId: string, campaignId: string): Promise<CampaignMetrics | null> {
    const em = this.runtime.em();
    const campaign = await em.findOne(CampaignProjection, { id: campaignId, organizationId });
    if (!campaign) return null;

    const [funnel] = await em.execute<{ invited: string; activated: string }[]>(
      `select (select count(*) from invitation_record where campaign_id = ?) as invited,
              (select count(distinct s.participant_id) from share s
                 join invitation_record i on i.campaign_id = s.campaign_id and i.participant_id = s.participant_id
                where s.campaign_id = ?) as activated`,
      [campaignId, campaignId],
    );
    const networkRows = await em.execute<{ network: string; shares: string; reach: string | null }[]>(
      `select network, sum(shares) as shares, sum(largest) as reach from (
         select network, participant_id, count(*) as shares, max(network_size) as largest
           from share where campaign_id = ? group by network, participant_id) per_sharer
       group by network order by network`,
      [campaignId],
    );
    const clickRows = await em.execute<{ network: string; classification: string; total: string; unique_total: string }[]>(
      `select network, classification, count(*) as total, count(*) filter (where is_unique) as unique_total
         from click where campaign_id = ? group by network, classification`,
      [campaignId],
    );
    const conversionRows = await em.execute<{ kind: string; credited: boolean; self_referral: boolean; total: string; value: string }[]>(
      `select kind, credited, self_referral, count(*) as total, coalesce(sum(value_minor), 0) as value
         from conversion where campaign_id = ? group by kind, credited, self_referral`,
      [campaignId],
    );

    return this.assemble(campaign, funnel!, networkRows, clickRows, conversionRows);
  }

  private assemble(
    campaign: CampaignProjection,
    funnel: { invited: string; activated: string },
    networkRows: { network: string; shares: string; reach: string | null }[],
    clickRows: { network: string; classification: string; total: string; unique_total: string }[],
    conversionRows: { kind: string; credited: boolean; self_referral: boolean; total: string; value: string }[],
  ): CampaignMetrics {
    const invited = Number(funnel.invited);
    const activated = Number(funnel.activated);
    const clicksOf = (classification: string) =>
      clickRows.filter((row) => row.classification === classification).reduce((sum, row) => sum + Number(row.total), 0);
    const byNetwork = networkRows.map((row) => ({
      network: row.network,
      shares: Number(row.shares),
      potentialReach: Number(row.reach ?? 0),
      clicks: clickRows
        .filter((click) => click.network === row.network && click.classification === 'human')
        .reduce((sum, click) => sum + Number(click.total), 0),
    }));
    const shares = byNetwork.reduce((sum, row) => sum + row.shares, 0);
    const potentialReach = byNetwork.reduce((sum, row) => sum + row.potentialReach, 0);
    const clicks = clicksOf('human');
    const uniqueClicks = clickRows
      .filter((row) => row.classification === 'human')
      .reduce((sum, row) => sum + Number(row.unique_total), 0);

    const credited = conversionRows.filter((row) => row.credited);
    const kinds = [...new Set(credited.map((row) => row.kind))].sort();
    const conversionsByKind = kinds.map((kind) => {
      const rows = credited.filter((row) => row.kind === kind);

      return {
        kind,
        count: rows.reduce((sum, row) => sum + Number(row.total), 0),
        value: fromMinorUnits(rows.reduce((sum, row) => sum + Number(row.value), 0), campaign.currency),
      };
    });
    const countOf = (kind: string) => conversionsByKind.find((row) => row.kind === kind)?.count ?? 0;
    const registrations = countOf('registration');
    const attendances = countOf('attendance');
    const leads = countOf('lead');
    const cost = fromMinorUnits(Number(campaign.costMinor), campaign.currency);
    const activationRate = ratio(activated, invited);

    return {
      invited,
      activated,
      activationRate,
      activationTarget: campaign.activationTarget,
      targetMet: activationRate === null ? null : activationRate >= campaign.activationTarget,
      shares,
      potentialReach,
      byNetwork,
      clicks,
      uniqueClicks,
      previews: clicksOf('preview'),
      bots: clicksOf('bot'),
      selfClicks: clicksOf('self'),
      clicksPerShare: ratio(clicks, shares),
      clickThroughRate: ratio(clicks, potentialReach),
      conversions: conversionsByKind.reduce((sum, row) => sum + row.count, 0),
      conversionsByKind,
      selfReferrals: conversionRows
        .filter((row) => row.self_referral)
        .reduce((sum, row) => sum + Number(row.total), 0),
      registrations,
      attendances,
      leads,
      registrationToAttendanceRate: ratio(attendances, registrations),
      cost,
      currency: campaign.currency,
      costPerRegistration: ratio(cost, registrations),
      costPerAttendee: ratio(cost, attendances),
      costPerLead: ratio(cost, leads),
    };
  }
}
