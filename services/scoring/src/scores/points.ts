import { type ConversionKind, conversionKinds } from '@alg/service-kit';
import { DEFAULT_POINTS_CONFIG, fromMicro, type PointsConfig, weightsOf } from '../points/points-config.js';

/** Default points of one credited conversion, by kind. */
export const CONVERSION_POINTS: Record<ConversionKind, number> = DEFAULT_POINTS_CONFIG.conversionPoints;
/** Default points per campaign and network shared on. */
export const SHARE_POINTS = DEFAULT_POINTS_CONFIG.sharePoints;
/** Default points per distinct visitor with a unique human click. */
export const UNIQUE_CLICK_POINTS = DEFAULT_POINTS_CONFIG.clickPoints;
/** Default reach points per factor of ten of a network's largest audience. */
export const REACH_POINTS_PER_DECADE = DEFAULT_POINTS_CONFIG.reachPointsPerDecade;

/** An advocate's activity in one campaign, reduced to what earns points. */
export interface CampaignActivity {
  /** Largest audience recorded on each network the advocate shared on: one entry per network. */
  networkSizes: number[];
  /** Distinct visitors credited with a unique human click on the advocate's links. */
  uniqueClicks: number;
  /** Credited conversions that are not self-referrals, by kind. */
  conversions: Partial<Record<ConversionKind, number>>;
}

/**
 * Reach points of one network in micro-points. The SQL that stores points
 * computes `round(weight * log(1 + size))` with the same IEEE doubles.
 */
export function reachPointsMicro(networkSize: number, reachWeightMicro: number): number {
  return networkSize > 0 ? Math.round(reachWeightMicro * Math.log10(1 + networkSize)) : 0;
}

/** Points of an advocate in one campaign, in micro-points. */
export function campaignPointsMicro(activity: CampaignActivity, config: PointsConfig = DEFAULT_POINTS_CONFIG): number {
  const weights = weightsOf(config);
  let total = activity.networkSizes.length * weights.share;
  for (const size of activity.networkSizes) total += reachPointsMicro(size, weights.reach);
  total += activity.uniqueClicks * weights.click;
  for (const kind of conversionKinds) total += (activity.conversions[kind] ?? 0) * weights.conversion[kind];

  return total;
}

/** Points of an advocate in one campaign, rounded to two decimals as the leaderboards show them. */
export function campaignPoints(activity: CampaignActivity, config: PointsConfig = DEFAULT_POINTS_CONFIG): number {
  return fromMicro(campaignPointsMicro(activity, config));
}

/** Raw activity of one advocate in one campaign, as recorded by tracking. */
export interface RawCampaignActivity {
  shares: { network: string; networkSize: number }[];
  /** Visitor hashes of the unique human clicks; repeated hashes count once. */
  uniqueClickVisitors: string[];
  /** Kinds of the credited conversions that are not self-referrals. */
  conversionKinds: ConversionKind[];
}

/** Reduces raw activity the way the score ledger credits it: one share per network, one click per visitor. */
export function creditedActivity(raw: RawCampaignActivity): CampaignActivity {
  const largest = new Map<string, number>();
  for (const share of raw.shares) largest.set(share.network, Math.max(largest.get(share.network) ?? 0, share.networkSize));
  const conversions: Partial<Record<ConversionKind, number>> = {};
  for (const kind of raw.conversionKinds) conversions[kind] = (conversions[kind] ?? 0) + 1;

  return { networkSizes: [...largest.values()], uniqueClicks: new Set(raw.uniqueClickVisitors).size, conversions };
}
