export interface ForecastValue {
  metric: string;
  expected: number;
  low: number;
  high: number;
}

export interface ForecastComparison extends ForecastValue {
  actual: number;
  error: number;
  relativeError: number | null;
  withinInterval: boolean;
}

export interface RatePrior {
  mean: number;
  strength: number;
  campaigns: number;
  level: string;
}

export interface ActivationPriors {
  activation: RatePrior;
  sharesPerActivation: RatePrior;
  clicksPerShare: RatePrior;
  conversionsPerClick: RatePrior;
  reachPerShare: number;
}

export interface CampaignForecast {
  population: string;
  invitees: number;
  historyBefore: string | null;
  intervalLevel: number;
  priors: ActivationPriors;
  metrics: ForecastValue[];
}

const PRIOR = 'mean strength campaigns level';
const PRIORS = `priors { activation { ${PRIOR} } sharesPerActivation { ${PRIOR} } clicksPerShare { ${PRIOR} }
  conversionsPerClick { ${PRIOR} } reachPerShare }`;

export const FORECAST_QUERY = `query CampaignForecast($id: ID!) {
  campaign(id: $id) {
    id status
    forecast { population invitees historyBefore intervalLevel ${PRIORS} metrics { metric expected low high } }
    forecastVersusActual {
      ended
      forecast { population invitees historyBefore intervalLevel metrics { metric expected low high } }
      comparisons { metric expected low high actual error relativeError withinInterval }
    }
  }
}`;

export interface ForecastData {
  campaign: {
    id: string;
    status: string;
    forecast: CampaignForecast | null;
    forecastVersusActual: {
      ended: boolean;
      forecast: Omit<CampaignForecast, 'priors'>;
      comparisons: ForecastComparison[] | null;
    } | null;
  };
}

export const TARGETS_QUERY = `query ActivationTargets($input: ActivationTargetsInput!) {
  activationTargets(input: $input) {
    eligible
    ${PRIORS}
    candidates {
      rank expectedPoints activationProbability expectedShares expectedPotentialReach expectedClicks
      expectedConversions invitations activations reasons
      participant { id email firstName lastName }
    }
    excluded { reason detail participant { id email firstName lastName } }
  }
}`;

export interface ActivationCandidate {
  rank: number;
  expectedPoints: number;
  activationProbability: number;
  expectedShares: number;
  expectedPotentialReach: number;
  expectedClicks: number;
  expectedConversions: number;
  invitations: number;
  activations: number;
  reasons: string[];
  participant: { id: string; email: string; firstName: string | null; lastName: string | null };
}

export interface TargetsData {
  activationTargets: {
    eligible: number;
    priors: ActivationPriors;
    candidates: ActivationCandidate[];
    excluded: Array<{ reason: string; detail: string; participant: ActivationCandidate['participant'] }>;
  };
}
