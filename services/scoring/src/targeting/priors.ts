/**
 * Empirical Bayes priors for activation and its follow-on rates. Each
 * rate's prior is fitted by the method of moments on the past campaigns of
 * the most specific group that has data. The groups are, in order: same
 * ecosystem and interaction kind, same interaction kind, same ecosystem,
 * the whole organization, and last the platform defaults below.
 */

/** A prior on a rate, as a mean and the weight of that mean in units of exposure (pseudo-observations). */
export interface RatePrior {
  mean: number;
  strength: number;
  /** Coefficient of variation of the rate between campaigns, for the campaign-level part of forecast intervals. */
  campaignVariation: number;
  /** Past campaigns the prior was fitted on; 0 for a platform default. */
  campaigns: number;
  level: PriorLevel;
}

export const priorLevels = ['ecosystem_and_kind', 'interaction_kind', 'ecosystem', 'organization', 'platform'] as const;
export type PriorLevel = (typeof priorLevels)[number];

/** The outcome of one past campaign, counted before the forecast's cutoff. */
export interface CampaignOutcome {
  campaignId: string;
  ecosystemId: string;
  interactionKind: string;
  invitations: number;
  activations: number;
  shares: number;
  clicks: number;
  conversions: number;
  /** Sum of the largest audience per network and advocate. */
  reach: number;
  /** Credited shares: one per network and advocate. */
  networks: number;
  conversionPointsMicro: number;
}

export interface GroupPriors {
  /** Probability that an invitation leads to at least one share. */
  activation: RatePrior;
  /** Shares per activated invitation. */
  sharesPerActivation: RatePrior;
  /** Credited clicks (distinct visitors) per share. */
  clicksPerShare: RatePrior;
  /** Credited conversions per credited click. */
  conversionsPerClick: RatePrior;
  /** Audience per credited share, for participants whose audience is unknown. */
  reachPerShare: number;
  /** Mean points of a credited conversion in the group, in micro-points; null without conversions. */
  pointsPerConversionMicro: number | null;
}

/**
 * Platform defaults, used where an organization has no history: modest
 * assumptions with the weight of a few observations, so that a
 * participant's own history soon outweighs them.
 */
export const PLATFORM_PRIORS: GroupPriors = {
  activation: { mean: 0.2, strength: 4, campaignVariation: 0.5, campaigns: 0, level: 'platform' },
  sharesPerActivation: { mean: 1.2, strength: 2, campaignVariation: 0.3, campaigns: 0, level: 'platform' },
  clicksPerShare: { mean: 2, strength: 2, campaignVariation: 0.6, campaigns: 0, level: 'platform' },
  conversionsPerClick: { mean: 0.1, strength: 10, campaignVariation: 0.6, campaigns: 0, level: 'platform' },
  reachPerShare: 500,
  pointsPerConversionMicro: null,
};

/** Weight of a group mean fitted on a single campaign, where no between-campaign variance can be estimated. */
export const SINGLE_CAMPAIGN_STRENGTH = 10;
export const MIN_STRENGTH = 1;
export const MAX_STRENGTH = 1000;

interface Exposure {
  exposure: number;
  events: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Fits a prior by the method of moments. `sampling(mean)` is the variance
 * of one unit of exposure around the rate (mean(1 - mean) for a
 * probability, mean for a Poisson count), which is removed from the
 * observed spread to leave the spread between campaigns.
 */
function fitPrior(samples: Exposure[], sampling: (mean: number) => number, level: PriorLevel, fallback: RatePrior): RatePrior {
  const used = samples.filter((sample) => sample.exposure > 0);
  const exposure = used.reduce((sum, sample) => sum + sample.exposure, 0);
  if (used.length === 0 || exposure === 0) return fallback;
  const mean = used.reduce((sum, sample) => sum + sample.events, 0) / exposure;
  if (used.length === 1 || mean === 0) {
    return { mean, strength: SINGLE_CAMPAIGN_STRENGTH, campaignVariation: fallback.campaignVariation, campaigns: used.length, level };
  }
  const spread = used.reduce((sum, sample) => sum + sample.exposure * (sample.events / sample.exposure - mean) ** 2, 0) / exposure;
  const noise = (sampling(mean) * used.length) / exposure;
  const between = Math.max(0, spread - noise);
  const strength = between > 0 ? clamp(sampling(mean) / between, MIN_STRENGTH, MAX_STRENGTH) : MAX_STRENGTH;

  return { mean, strength, campaignVariation: Math.sqrt(between) / mean, campaigns: used.length, level };
}

/** Campaign groups from the most to the least specific, for a planned ecosystem and interaction kind. */
function groups(outcomes: CampaignOutcome[], ecosystemId: string, interactionKind: string): [PriorLevel, CampaignOutcome[]][] {
  return [
    ['ecosystem_and_kind', outcomes.filter((o) => o.ecosystemId === ecosystemId && o.interactionKind === interactionKind)],
    ['interaction_kind', outcomes.filter((o) => o.interactionKind === interactionKind)],
    ['ecosystem', outcomes.filter((o) => o.ecosystemId === ecosystemId)],
    ['organization', outcomes],
  ];
}

function firstFitted(
  levels: [PriorLevel, CampaignOutcome[]][],
  exposure: (outcome: CampaignOutcome) => Exposure,
  sampling: (mean: number) => number,
  fallback: RatePrior,
): RatePrior {
  for (const [level, outcomes] of levels) {
    const fitted = fitPrior(outcomes.map(exposure), sampling, level, fallback);
    if (fitted !== fallback) return fitted;
  }

  return fallback;
}

const bernoulli = (mean: number) => mean * (1 - mean);
const poisson = (mean: number) => mean;

/** Priors for a planned campaign in an ecosystem with an interaction kind. */
export function priorsFor(outcomes: CampaignOutcome[], ecosystemId: string, interactionKind: string): GroupPriors {
  const levels = groups(outcomes, ecosystemId, interactionKind.toLowerCase());
  const withShares = levels.find(([, group]) => group.some((outcome) => outcome.networks > 0))?.[1] ?? [];
  const withConversions = levels.find(([, group]) => group.some((outcome) => outcome.conversions > 0))?.[1] ?? [];
  const networks = withShares.reduce((sum, outcome) => sum + outcome.networks, 0);
  const conversions = withConversions.reduce((sum, outcome) => sum + outcome.conversions, 0);

  return {
    activation: firstFitted(levels, (o) => ({ exposure: o.invitations, events: o.activations }), bernoulli, PLATFORM_PRIORS.activation),
    sharesPerActivation: firstFitted(
      levels,
      (o) => ({ exposure: o.activations, events: o.shares }),
      poisson,
      PLATFORM_PRIORS.sharesPerActivation,
    ),
    clicksPerShare: firstFitted(levels, (o) => ({ exposure: o.shares, events: o.clicks }), poisson, PLATFORM_PRIORS.clicksPerShare),
    conversionsPerClick: firstFitted(
      levels,
      (o) => ({ exposure: o.clicks, events: o.conversions }),
      bernoulli,
      PLATFORM_PRIORS.conversionsPerClick,
    ),
    reachPerShare: networks > 0 ? withShares.reduce((sum, outcome) => sum + outcome.reach, 0) / networks : PLATFORM_PRIORS.reachPerShare,
    pointsPerConversionMicro:
      conversions > 0 ? withConversions.reduce((sum, outcome) => sum + outcome.conversionPointsMicro, 0) / conversions : null,
  };
}

/** Posterior mean of a rate after `events` in `exposure` units of the participant's own history. */
export function posteriorMean(prior: RatePrior, events: number, exposure: number): number {
  return (prior.strength * prior.mean + events) / (prior.strength + exposure);
}

/** Posterior variance of a Gamma-distributed rate. */
export function gammaPosteriorVariance(prior: RatePrior, events: number, exposure: number): number {
  return (prior.strength * prior.mean + events) / (prior.strength + exposure) ** 2;
}

/** Posterior variance of a Beta-distributed probability. */
export function betaPosteriorVariance(prior: RatePrior, events: number, exposure: number): number {
  const mean = posteriorMean(prior, events, exposure);

  return (mean * (1 - mean)) / (prior.strength + exposure + 1);
}
