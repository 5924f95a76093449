/**
 * Maturity levels of advocacy-led growth, from the organization's data:
 * 1 runs campaign by campaign, 2 activates its ecosystems repeatedly,
 * 3 compounds, because the people its advocates bring in become advocates.
 */

export interface MaturityFacts {
  campaignsWithShares: number;
  /** Largest number of campaigns with shares in one ecosystem. */
  campaignsInBusiestEcosystem: number;
  advocates: number;
  /** Advocates who shared in two or more campaigns. */
  repeatAdvocates: number;
  /** Participants who joined through an advocate's link. */
  generatedParticipants: number;
  /** Generated participants who shared a campaign after they joined. */
  generatedWhoAdvocated: number;
}

export interface MaturityCriterion {
  code: string;
  level: number;
  description: string;
  value: number;
  threshold: number;
  met: boolean;
}

export interface MaturityAssessment {
  /** 0 until a first campaign got a share. */
  level: number;
  name: string;
  /** Met criteria of the levels reached. */
  evidence: MaturityCriterion[];
  /** Unmet criteria of the next level; empty at level 3. */
  missing: MaturityCriterion[];
  nextLevel: number | null;
}

export const maturityLevelNames = ['Not started', 'Campaign by campaign', 'Ecosystem activation', 'Compound distribution'] as const;

/** Thresholds of each criterion. */
export const MATURITY_THRESHOLDS = {
  firstCampaign: 1,
  campaigns: 3,
  campaignsPerEcosystem: 2,
  repeatAdvocateShare: 0.2,
  generatedParticipants: 10,
  generatedAdvocateShare: 0.1,
  viralCoefficient: 0.5,
} as const;

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const round = (value: number) => Math.round(value * 1000) / 1000;

export function maturityCriteria(facts: MaturityFacts): MaturityCriterion[] {
  const t = MATURITY_THRESHOLDS;
  const criterion = (code: string, level: number, description: string, value: number, threshold: number) => ({
    code,
    level,
    description,
    value: round(value),
    threshold,
    met: value >= threshold,
  });

  return [
    criterion('campaign_with_shares', 1, 'Launched campaigns in which advocates shared.', facts.campaignsWithShares, t.firstCampaign),
    criterion('campaigns_with_shares', 2, 'Campaigns in which advocates shared.', facts.campaignsWithShares, t.campaigns),
    criterion(
      'ecosystem_reactivated',
      2,
      'Campaigns with shares in the most activated ecosystem: the same community is activated again.',
      facts.campaignsInBusiestEcosystem,
      t.campaignsPerEcosystem,
    ),
    criterion(
      'repeat_advocate_share',
      2,
      'Share of advocates who shared in two or more campaigns.',
      share(facts.repeatAdvocates, facts.advocates),
      t.repeatAdvocateShare,
    ),
    criterion(
      'generated_participants',
      3,
      "Participants who joined through an advocate's link.",
      facts.generatedParticipants,
      t.generatedParticipants,
    ),
    criterion(
      'generated_advocate_share',
      3,
      'Share of those participants who later shared a campaign themselves.',
      share(facts.generatedWhoAdvocated, facts.generatedParticipants),
      t.generatedAdvocateShare,
    ),
    criterion(
      'viral_coefficient',
      3,
      'New participants per advocate over all campaigns.',
      share(facts.generatedParticipants, facts.advocates),
      t.viralCoefficient,
    ),
  ];
}

/** Finds the highest level whose criteria, and those of every level below, are all met. */
export function assessMaturity(facts: MaturityFacts): MaturityAssessment {
  const criteria = maturityCriteria(facts);
  let level = 0;
  for (const candidate of [1, 2, 3]) {
    if (criteria.filter((item) => item.level === candidate).every((item) => item.met)) level = candidate;
    else break;
  }
  const nextLevel = level < 3 ? level + 1 : null;

  return {
    level,
    name: maturityLevelNames[level]!,
    evidence: criteria.filter((item) => item.level <= level && item.met),
    missing: nextLevel === null ? [] : criteria.filter((item) => item.level === nextLevel && !item.met),
    nextLevel,
  };
}
