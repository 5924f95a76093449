export const OVERVIEW_QUERY = `query Overview {
  campaigns(first: 1) { totalCount }
  live: campaigns(first: 10, statuses: [LIVE], orderBy: { field: CREATED_AT, direction: DESC }) {
    totalCount nodes { id name outcome invitationCount completionCount ecosystem { id name } }
  }
  ecosystems(first: 1) { totalCount }
  interactions(first: 1) { totalCount }
  participants(first: 1) { totalCount }
  participantImports(first: 1) { totalCount }
}`;

export interface OverviewData {
  campaigns: { totalCount: number };
  live: {
    totalCount: number;
    nodes: Array<{
      id: string;
      name: string;
      outcome: string;
      invitationCount: number;
      completionCount: number;
      ecosystem: { id: string; name: string };
    }>;
  };
  ecosystems: { totalCount: number };
  interactions: { totalCount: number };
  participants: { totalCount: number };
  participantImports: { totalCount: number };
}

/** Builds the query for the live campaigns' tracking figures, sent apart so that the overview works without them. */
export function liveMetricsQuery(count: number): string {
  const indexes = Array.from({ length: count }, (_, index) => index);
  const declarations = indexes.map((index) => `$id${index}: ID!`).join(', ');
  const fields = indexes
    .map(
      (index) =>
        `c${index}: campaign(id: $id${index}) { id metrics { activationRate activationTarget shares uniqueClicks conversions } }`,
    )
    .join('\n');
  return `query LiveCampaignMetrics(${declarations}) { ${fields} }`;
}

export interface LiveMetrics {
  id: string;
  metrics: {
    activationRate: number | null;
    activationTarget: number;
    shares: number;
    uniqueClicks: number;
    conversions: number;
  } | null;
}

export const TOP_LEADERBOARD_QUERY = `query OverviewLeaderboard {
  leaderboard(first: 5) { rank points cursor participant { id email firstName lastName } }
}`;
