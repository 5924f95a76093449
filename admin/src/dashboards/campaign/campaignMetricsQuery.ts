import type { DailyPoint } from '../../charts/DailySeriesChart';
import type { NetworkPoint } from '../../charts/NetworkChart';

/** Figures that tracking's CampaignMetrics and EcosystemMetrics share. */
export const ACTIVITY_FIGURES = `shares potentialReach clicks uniqueClicks previews bots selfClicks clicksPerShare
  clickThroughRate conversions registrations attendances leads demoRequests pipelineValue
  registrationToAttendanceRate selfReferrals outsideWindow timeZone
  byNetwork { network shares potentialReach clicks uniqueClicks previews clicksPerShare clickThroughRate }
  conversionsByKind { kind count value }
  daily { day shares potentialReach clicks uniqueClicks previews conversions registrations attendances leads }`;

export const CAMPAIGN_METRICS_QUERY = `query CampaignDashboard($id: ID!) {
  campaign(id: $id) {
    id name status currency
    metrics {
      ${ACTIVITY_FIGURES}
      invited activated activationRate activationTarget targetMet
      cost currency costPerRegistration costPerAttendee costPerLead
    }
  }
}`;

export interface ActivityFigures {
  shares: number;
  potentialReach: number;
  clicks: number;
  uniqueClicks: number;
  previews: number;
  bots: number;
  selfClicks: number;
  clicksPerShare: number | null;
  clickThroughRate: number | null;
  conversions: number;
  registrations: number;
  attendances: number;
  leads: number;
  demoRequests: number;
  pipelineValue: number;
  registrationToAttendanceRate: number | null;
  selfReferrals: number;
  outsideWindow: number;
  timeZone: string;
  byNetwork: NetworkPoint[];
  conversionsByKind: Array<{ kind: string; count: number; value: number }>;
  daily: DailyPoint[];
}

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
}

export interface CampaignMetricsData {
  campaign: { id: string; name: string; status: string; currency: string; metrics: CampaignMetrics | null };
}
