import type { InviteeExpectation, InviteeHistory } from '../forecast/forecast.js';
import type { GroupPriors, PriorLevel, RatePrior } from './priors.js';

const levelNames: Record<PriorLevel, string> = {
  ecosystem_and_kind: 'campaigns of this interaction kind in this ecosystem',
  interaction_kind: 'campaigns of this interaction kind in other ecosystems',
  ecosystem: 'campaigns of other interaction kinds in this ecosystem',
  organization: 'all campaigns of the organization',
  platform: 'platform defaults, because the organization has no comparable campaign yet',
};

const percent = (value: number) => `${(100 * value).toFixed(0)}%`;
const decimal = (value: number) => value.toFixed(value >= 10 ? 0 : 1);

function priorSource(prior: RatePrior): string {
  return prior.campaigns > 0 ? `${prior.campaigns} ${levelNames[prior.level]}` : levelNames.platform;
}

/** Plain-language reasons for a candidate's expected impact, one sentence each. */
export function targetingReasons(history: InviteeHistory, expectation: InviteeExpectation, priors: GroupPriors): string[] {
  const reasons: string[] = [];
  const prior = priors.activation;
  if (history.invitations === 0) {
    reasons.push(
      `No invitation yet, so the activation estimate of ${percent(expectation.activationProbability)} is the prior from ${priorSource(prior)}.`,
    );
  } else {
    reasons.push(
      `Shared after ${history.activations} of ${history.invitations} invitations; activation estimate ${percent(expectation.activationProbability)} against a prior of ${percent(prior.mean)} from ${priorSource(prior)}.`,
    );
  }
  if (history.shares > 0) {
    reasons.push(`Brought ${history.clicks} distinct visitors from ${history.shares} shares, an estimated ${decimal(expectation.clicksPerShare)} per share.`);
  }
  if (history.conversions > 0) {
    reasons.push(`Brought ${history.conversions} credited conversions; estimated ${percent(expectation.conversionsPerClick)} of visitors convert.`);
  }
  reasons.push(
    history.reachPerShare === null
      ? `Audience unknown, so each share is assumed to reach ${Math.round(priors.reachPerShare)} people, the group average.`
      : `Known audience of ${Math.round(history.reachPerShare)} people per network.`,
  );

  return reasons;
}
