import type { ConversionKind } from '@alg/service-kit';

/** Points of one share. */
export const SHARE_POINTS = 10;
/** Points of one unique human click on the advocate's link. */
export const UNIQUE_CLICK_POINTS = 1;
/** Points of one credited conversion, by kind. */
export const CONVERSION_POINTS: Record<ConversionKind, number> = {
  registration: 20,
  lead: 25,
  demo_request: 40,
  attendance: 15,
  pipeline: 50,
};
/** Reach points: 5 per factor of ten of the advocate's potential reach in the campaign. */
export const REACH_POINTS_PER_DECADE = 5;

export interface CampaignActivity {
  shares: number;
  uniqueClicks: number;
  conversionPoints: number;
  potentialReach: number;
}

/** Points an advocate earned in one campaign. */
export function campaignPoints(activity: CampaignActivity): number {
  const reachPoints = REACH_POINTS_PER_DECADE * Math.log10(1 + activity.potentialReach);
  const total =
    activity.shares * SHARE_POINTS +
    activity.uniqueClicks * UNIQUE_CLICK_POINTS +
    activity.conversionPoints +
    reachPoints;

  return Math.round(total * 100) / 100;
}
