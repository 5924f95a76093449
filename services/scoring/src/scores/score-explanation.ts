import { ACTIVITY_HALF_LIFE_DAYS, decayedShares, SCORE_WEIGHTS, type ScoreComponent, scoreComponents } from './advocate-score.js';
import type { ScoredAdvocate } from './organization-scores.js';
import type { OrganizationSnapshot } from './score.service.js';
import { fromMicro } from '../points/points-config.js';
import type { AdvocateScoreModel, ScoreComponentModel } from './score.model.js';
import { participantRef } from '../graphql/references.model.js';

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Values in display units: activity as decayed shares at the reference time, the others as stored. */
function displayValue(component: ScoreComponent, value: number, referenceTime: Date | null): number {
  if (component === 'activity') return referenceTime ? decayedShares(value, referenceTime) : 0;
  if (component === 'reach') return 10 ** value - 1;

  return value;
}

function describe(component: ScoreComponent, advocate: ScoredAdvocate, referenceTime: Date | null): string {
  const totals = advocate.totals;
  switch (component) {
    case 'activity':
      return `${totals.networks} credited shares (one per campaign and network), each halved every ${ACTIVITY_HALF_LIFE_DAYS} days of age at ${referenceTime?.toISOString() ?? 'the latest activity'}.`;
    case 'reach':
      return `Potential reach of ${totals.potentialReach}, compared on log10(1 + reach) so that a large audience does not dwarf the rest.`;
    case 'impact':
      return `${totals.uniqueClicks} distinct visitors and ${totals.conversions} credited conversions, weighted by the points of their kind and by log10(1 + value).`;
    case 'consistency':
      return `${totals.campaigns} campaigns, ${totals.ecosystems} ecosystems and ${totals.activeMonths} active months.`;
  }
}

/** Converts a scored advocate to the API form, with one explanation per component. */
export function explainScore(organizationId: string, advocate: ScoredAdvocate, snapshot: OrganizationSnapshot): AdvocateScoreModel {
  const { referenceTime, scores } = snapshot;
  const components: ScoreComponentModel[] = scoreComponents.map((component) => ({
    component,
    value: round(displayValue(component, advocate.values[component], referenceTime)),
    organizationMax: round(displayValue(component, scores.maxima[component], referenceTime)),
    normalized: round(advocate.normalized[component]),
    weight: SCORE_WEIGHTS[component],
    contribution: round(advocate.contributions[component], 2),
    description: describe(component, advocate, referenceTime),
  }));
  const totals = advocate.totals;

  return {
    organizationId,
    participant: participantRef(totals.participantId),
    points: fromMicro(totals.pointsMicro),
    score: advocate.score,
    rank: advocate.pointsRank,
    scoreRank: advocate.scoreRank,
    shares: totals.shares,
    uniqueClicks: totals.uniqueClicks,
    conversions: totals.conversions,
    campaigns: totals.campaigns,
    ecosystems: totals.ecosystems,
    activeMonths: totals.activeMonths,
    potentialReach: totals.potentialReach,
    pointsReachedAt: totals.pointsReachedAt ? new Date(totals.pointsReachedAt) : null,
    referenceTime,
    components,
  };
}
