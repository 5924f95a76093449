/**
 * The advocate score: four components, each divided by the organization's
 * maximum, weighted, summed, and scaled so that the best advocate of the
 * organization has 100. docs/scoring.md states the formula with examples.
 */

/** Reference instant of the activity weights: 2020-01-01T00:00:00Z, in seconds. */
export const ACTIVITY_EPOCH_SECONDS = Date.UTC(2020, 0, 1) / 1000;
/** A share counts half as much as activity after this many days. */
export const ACTIVITY_HALF_LIFE_DAYS = 90;
export const ACTIVITY_HALF_LIFE_SECONDS = ACTIVITY_HALF_LIFE_DAYS * 86_400;
/** Activity weights are stored in millionths, as exact integers summed in a numeric column. */
export const ACTIVITY_SCALE = 1_000_000;

export const scoreComponents = ['activity', 'reach', 'impact', 'consistency'] as const;
export type ScoreComponent = (typeof scoreComponents)[number];

export const SCORE_WEIGHTS: Record<ScoreComponent, number> = {
  activity: 0.3,
  reach: 0.2,
  impact: 0.35,
  consistency: 0.15,
};

/** Components of one advocate as the ledger stores them. */
export interface StoredComponents {
  /** Sum over credited shares of 2^((sharedAt - epoch) / half-life), times ACTIVITY_SCALE. */
  activityWeight: number;
  potentialReach: number;
  /** Impact points in micro-points: clicks and conversions weighted by kind and value. */
  impactMicro: number;
  campaigns: number;
  ecosystems: number;
  activeMonths: number;
}

export type ComponentValues = Record<ScoreComponent, number>;

/** Values that are compared across advocates; activity stays in the epoch-relative unit so it needs no reference time. */
export function componentValues(stored: StoredComponents): ComponentValues {
  return {
    activity: stored.activityWeight,
    reach: Math.log10(1 + stored.potentialReach),
    impact: stored.impactMicro / 1_000_000,
    consistency: stored.campaigns + stored.ecosystems + stored.activeMonths,
  };
}

/**
 * Decayed shares at a reference time: each credited share counts
 * 2^(-age / half-life), where age is the time from the share to `at`.
 */
export function decayedShares(activityWeight: number, at: Date): number {
  const exponent = (at.getTime() / 1000 - ACTIVITY_EPOCH_SECONDS) / ACTIVITY_HALF_LIFE_SECONDS;

  return activityWeight / ACTIVITY_SCALE / 2 ** exponent;
}

/** Maxima of each component over an organization's advocates. */
export function componentMaxima(values: Iterable<ComponentValues>): ComponentValues {
  const maxima: ComponentValues = { activity: 0, reach: 0, impact: 0, consistency: 0 };
  for (const value of values) {
    for (const component of scoreComponents) maxima[component] = Math.max(maxima[component], value[component]);
  }

  return maxima;
}

export function normalized(values: ComponentValues, maxima: ComponentValues): ComponentValues {
  const result = {} as ComponentValues;
  for (const component of scoreComponents) {
    result[component] = maxima[component] > 0 ? values[component] / maxima[component] : 0;
  }

  return result;
}

/** Sums the weighted normalized components, before the organization-wide scaling. */
export function rawScore(shares: ComponentValues): number {
  let total = 0;
  for (const component of scoreComponents) total += SCORE_WEIGHTS[component] * shares[component];

  return total;
}

/** Scales a raw score so that the organization's best raw score is 100, rounded to one decimal. */
export function scaledScore(raw: number, maxRaw: number): number {
  return maxRaw > 0 ? Math.round((1000 * raw) / maxRaw) / 10 : 0;
}

/** Splits the unrounded score into each component's points out of 100. */
export function contributions(shares: ComponentValues, maxRaw: number): ComponentValues {
  const result = {} as ComponentValues;
  for (const component of scoreComponents) {
    result[component] = maxRaw > 0 ? (100 * SCORE_WEIGHTS[component] * shares[component]) / maxRaw : 0;
  }

  return result;
}
