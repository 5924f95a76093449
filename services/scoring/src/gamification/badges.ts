/** Badges an advocate can earn; each is computed from stored activity, so a replay awards the same ones. */
export const badgeDefinitions = [
  { code: 'first_share', name: 'First share', description: 'Shared a campaign for the first time.' },
  { code: 'first_conversion', name: 'First conversion', description: 'Brought a credited conversion for the first time.' },
  { code: 'three_networks', name: 'Three networks', description: 'Shared on three different networks.' },
  { code: 'five_campaigns', name: 'Five campaigns', description: 'Shared in five different campaigns.' },
  { code: 'ecosystem_bridge', name: 'Ecosystem bridge', description: 'Shared in campaigns of two different ecosystems.' },
  { code: 'hundred_visitors', name: 'Hundred visitors', description: 'Brought 100 distinct visitors with unique human clicks.' },
  {
    code: 'recruiter',
    name: 'Recruiter',
    description: 'Someone who joined through one of your links later shared a campaign themselves.',
  },
  {
    code: 'top_ten_percent_quarter',
    name: 'Top 10% of the quarter',
    description:
      'Ranked in the top 10% of the organization leaderboard of a completed quarter with at least 10 advocates.',
  },
] as const;
export type BadgeCode = (typeof badgeDefinitions)[number]['code'];

/** Facts read from the ledger for one advocate; each time is the moment the threshold was crossed, or null. */
export interface BadgeFacts {
  firstShareAt: Date | null;
  firstConversionAt: Date | null;
  thirdNetworkAt: Date | null;
  fifthCampaignAt: Date | null;
  secondEcosystemAt: Date | null;
  hundredthVisitorAt: Date | null;
  firstRecruitAdvocatedAt: Date | null;
  /** Completed quarters of the organization with the advocate's rank in them. */
  quarters: { start: Date; end: Date; rank: number; advocates: number }[];
}

export interface EarnedBadge {
  code: BadgeCode;
  name: string;
  description: string;
  earnedAt: Date;
  /** Start of the quarter, for a quarterly badge. */
  periodStart: Date | null;
}

export const TOP_SHARE = 0.1;
export const MIN_QUARTER_ADVOCATES = 10;

/** True when a standard competition rank is inside the top share of the advocates. */
export function inTopShare(rank: number, advocates: number): boolean {
  return advocates >= MIN_QUARTER_ADVOCATES && rank <= Math.ceil(advocates * TOP_SHARE);
}

const definition = (code: BadgeCode) => badgeDefinitions.find((badge) => badge.code === code)!;

function earned(code: BadgeCode, earnedAt: Date, periodStart: Date | null = null): EarnedBadge {
  const { name, description } = definition(code);

  return { code, name, description, earnedAt, periodStart };
}

/** Evaluates the badge rules, ordered by the time each badge was earned. */
export function earnedBadges(facts: BadgeFacts): EarnedBadge[] {
  const badges: EarnedBadge[] = [];
  const once: [BadgeCode, Date | null][] = [
    ['first_share', facts.firstShareAt],
    ['first_conversion', facts.firstConversionAt],
    ['three_networks', facts.thirdNetworkAt],
    ['five_campaigns', facts.fifthCampaignAt],
    ['ecosystem_bridge', facts.secondEcosystemAt],
    ['hundred_visitors', facts.hundredthVisitorAt],
    ['recruiter', facts.firstRecruitAdvocatedAt],
  ];
  for (const [code, at] of once) if (at) badges.push(earned(code, at));
  for (const quarter of facts.quarters) {
    if (inTopShare(quarter.rank, quarter.advocates)) badges.push(earned('top_ten_percent_quarter', quarter.end, quarter.start));
  }

  return badges.sort((a, b) => a.earnedAt.getTime() - b.earnedAt.getTime() || a.code.localeCompare(b.code));
}
