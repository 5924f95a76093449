import {
  betaPosteriorVariance,
  gammaPosteriorVariance,
  type GroupPriors,
  posteriorMean,
} from '../targeting/priors.js';

/** A participant's own history, counted before the forecast's cutoff. */
export interface InviteeHistory {
  participantId: string;
  invitations: number;
  activations: number;
  shares: number;
  clicks: number;
  conversions: number;
  /** Mean of the largest audience per network the participant is known to have; null when unknown. */
  reachPerShare: number | null;
}

export const forecastMetrics = ['activations', 'shares', 'potential_reach', 'clicks', 'conversions'] as const;
export type ForecastMetric = (typeof forecastMetrics)[number];

export interface Moments {
  mean: number;
  variance: number;
}

/** Expected outcome of inviting one participant, with variances. */
export interface InviteeExpectation {
  participantId: string;
  activationProbability: number;
  sharesPerActivation: number;
  clicksPerShare: number;
  conversionsPerClick: number;
  reachPerShare: number;
  metrics: Record<ForecastMetric, Moments>;
}

export interface ForecastInterval {
  metric: ForecastMetric;
  expected: number;
  low: number;
  high: number;
}

/** Two-sided 80% interval: the 10th and the 90th percentile. */
export const INTERVAL_LEVEL = 0.8;
const Z_90 = 1.2815515655446004;

/**
 * Moments of one invitee's outcome. Activation is Bernoulli; shares given
 * activation are 1 plus a Poisson count; clicks are Poisson given the
 * shares, and conversions binomial given the clicks. The rates are the
 * posterior means of the priors updated with the participant's history,
 * and their posterior variances enter through the law of total variance.
 */
export function expectInvitee(history: InviteeHistory, priors: GroupPriors): InviteeExpectation {
  const p = posteriorMean(priors.activation, history.activations, history.invitations);
  const perActivation = Math.max(1, posteriorMean(priors.sharesPerActivation, history.shares, history.activations));
  const perActivationVariance =
    perActivation - 1 + gammaPosteriorVariance(priors.sharesPerActivation, history.shares, history.activations);
  const clickRate = posteriorMean(priors.clicksPerShare, history.clicks, history.shares);
  const clickRateVariance = gammaPosteriorVariance(priors.clicksPerShare, history.clicks, history.shares);
  const conversionRate = posteriorMean(priors.conversionsPerClick, history.conversions, history.clicks);
  const conversionRateVariance = betaPosteriorVariance(priors.conversionsPerClick, history.conversions, history.clicks);
  const reach = history.reachPerShare ?? priors.reachPerShare;

  const shares: Moments = {
    mean: p * perActivation,
    variance: p * (perActivationVariance + perActivation ** 2) - (p * perActivation) ** 2,
  };
  const sharesSquare = shares.variance + shares.mean ** 2;
  const clicks: Moments = {
    mean: clickRate * shares.mean,
    variance: clickRate * shares.mean + (clickRate ** 2 + clickRateVariance) * sharesSquare - (clickRate * shares.mean) ** 2,
  };
  const clicksSquare = clicks.variance + clicks.mean ** 2;
  const conversions: Moments = {
    mean: conversionRate * clicks.mean,
    variance:
      clicks.mean * (conversionRate - conversionRate ** 2 - conversionRateVariance) +
      (conversionRate ** 2 + conversionRateVariance) * clicksSquare -
      (conversionRate * clicks.mean) ** 2,
  };

  return {
    participantId: history.participantId,
    activationProbability: p,
    sharesPerActivation: perActivation,
    clicksPerShare: clickRate,
    conversionsPerClick: conversionRate,
    reachPerShare: reach,
    metrics: {
      activations: { mean: p, variance: p * (1 - p) },
      shares,
      potential_reach: { mean: reach * shares.mean, variance: reach ** 2 * shares.variance },
      clicks,
      conversions,
    },
  };
}

/** Between-campaign variation of each metric: the rates that lead to it vary together within a campaign. */
function campaignVariation(priors: GroupPriors): Record<ForecastMetric, number> {
  const activation = priors.activation.campaignVariation ** 2;
  const shares = activation + priors.sharesPerActivation.campaignVariation ** 2;
  const clicks = shares + priors.clicksPerShare.campaignVariation ** 2;

  return {
    activations: Math.sqrt(activation),
    shares: Math.sqrt(shares),
    potential_reach: Math.sqrt(shares),
    clicks: Math.sqrt(clicks),
    conversions: Math.sqrt(clicks + priors.conversionsPerClick.campaignVariation ** 2),
  };
}

/**
 * 10th and 90th percentiles of a positive quantity with the given mean
 * and variance, from the log-normal distribution with those moments.
 */
export function lognormalInterval(mean: number, variance: number): { low: number; high: number } {
  if (mean <= 0) return { low: 0, high: 0 };
  const sigmaSquare = Math.log(1 + Math.max(0, variance) / mean ** 2);
  const mu = Math.log(mean) - sigmaSquare / 2;
  const sigma = Math.sqrt(sigmaSquare);

  return { low: Math.exp(mu - Z_90 * sigma), high: Math.exp(mu + Z_90 * sigma) };
}

/**
 * Campaign totals: the sum of the invitees' expectations, with the
 * invitees' variances summed as independent and a campaign-level factor
 * that moves every invitee together. Counts get whole-number bounds.
 */
export function forecastTotals(expectations: InviteeExpectation[], priors: GroupPriors): ForecastInterval[] {
  const variation = campaignVariation(priors);

  return forecastMetrics.map((metric) => {
    let mean = 0;
    let variance = 0;
    for (const expectation of expectations) {
      mean += expectation.metrics[metric].mean;
      variance += expectation.metrics[metric].variance;
    }
    variance += (variation[metric] * mean) ** 2;
    const interval = lognormalInterval(mean, variance);
    const counted = metric !== 'potential_reach';
    let low = counted ? Math.floor(interval.low) : interval.low;
    let high = counted ? Math.ceil(interval.high) : interval.high;
    if (metric === 'activations') high = Math.min(high, expectations.length);
    low = Math.min(low, mean);

    return { metric, expected: mean, low, high };
  });
}
