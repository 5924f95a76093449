import { hostnameOf, isAllowedTarget } from './destination-url.js';

export interface CampaignTarget {
  campaignStatus: string;
  destinationUrl: string;
  fallbackUrl: string | null;
  allowedHosts: string[];
}

export type TargetChoice =
  | { url: string; reason: 'destination' | 'fallback' }
  | { url: string; reason: 'fallback-rejected'; rejectedHost: string | null };

/**
 * Where a campaign's links point: its destination, or its fallback once it
 * has ended. A fallback whose host is neither the destination's nor one of
 * the allowed hosts is never used, so a link cannot become an open redirect
 * even when a campaign record is wrong; the destination is used instead.
 */
export function chooseTarget(campaign: CampaignTarget): TargetChoice {
  if (campaign.campaignStatus !== 'ended' || !campaign.fallbackUrl) {
    return { url: campaign.destinationUrl, reason: 'destination' };
  }
  const destinationHost = hostnameOf(campaign.destinationUrl);
  const allowed = destinationHost ? [destinationHost, ...campaign.allowedHosts] : campaign.allowedHosts;
  if (isAllowedTarget(campaign.fallbackUrl, allowed)) return { url: campaign.fallbackUrl, reason: 'fallback' };

  return { url: campaign.destinationUrl, reason: 'fallback-rejected', rejectedHost: hostnameOf(campaign.fallbackUrl) };
}
