import {
  type ComponentValues,
  componentMaxima,
  componentValues,
  contributions,
  normalized,
  rawScore,
  scaledScore,
  type StoredComponents,
} from './advocate-score.js';

/** One advocate's stored totals and components, as read from advocate_score. */
export interface AdvocateTotals extends StoredComponents {
  participantId: string;
  pointsMicro: number;
  pointsReachedAt: string | null;
  shares: number;
  networks: number;
  uniqueClicks: number;
  conversions: number;
}

export interface ScoredAdvocate {
  totals: AdvocateTotals;
  values: ComponentValues;
  normalized: ComponentValues;
  contributions: ComponentValues;
  score: number;
  /** Standard competition rank by points, the organization leaderboard's rank. */
  pointsRank: number;
  /** Standard competition rank by score. */
  scoreRank: number;
}

export interface OrganizationScores {
  maxima: ComponentValues;
  maxRaw: number;
  advocates: Map<string, ScoredAdvocate>;
  /** Advocates ordered by score, then by the time they reached their points, then by id. */
  byScore: ScoredAdvocate[];
}

const byReachedThenId = (a: AdvocateTotals, b: AdvocateTotals) => {
  const left = a.pointsReachedAt ?? '\uffff';
  const right = b.pointsReachedAt ?? '\uffff';
  if (left !== right) return left < right ? -1 : 1;

  if (a.participantId === b.participantId) return 0;

  return a.participantId < b.participantId ? -1 : 1;
};

/** Assigns 1, 2, 2, 4 ranks over a list sorted by `value` descending. */
function competitionRanks<T>(sorted: T[], value: (item: T) => number, assign: (item: T, rank: number) => void): void {
  let rank = 0;
  let previous: number | null = null;
  sorted.forEach((item, index) => {
    const current = value(item);
    if (previous === null || current !== previous) rank = index + 1;
    previous = current;
    assign(item, rank);
  });
}

/**
 * Scores every advocate of an organization. Advocates without points are
 * left out. The result depends only on the stored totals, never on the
 * order in which they are given.
 */
export function scoreOrganization(totals: AdvocateTotals[]): OrganizationScores {
  const withPoints = totals.filter((advocate) => advocate.pointsMicro > 0);
  const values = withPoints.map((advocate) => componentValues(advocate));
  const maxima = componentMaxima(values);
  const shares = values.map((value) => normalized(value, maxima));
  const raws = shares.map((share) => rawScore(share));
  const maxRaw = raws.reduce((max, raw) => Math.max(max, raw), 0);

  const scored: ScoredAdvocate[] = withPoints.map((advocate, index) => ({
    totals: advocate,
    values: values[index]!,
    normalized: shares[index]!,
    contributions: contributions(shares[index]!, maxRaw),
    score: scaledScore(raws[index]!, maxRaw),
    pointsRank: 0,
    scoreRank: 0,
  }));

  const byPoints = [...scored].sort((a, b) => b.totals.pointsMicro - a.totals.pointsMicro || byReachedThenId(a.totals, b.totals));
  competitionRanks(byPoints, (item) => item.totals.pointsMicro, (item, rank) => (item.pointsRank = rank));
  const byScore = [...scored].sort((a, b) => b.score - a.score || byReachedThenId(a.totals, b.totals));
  competitionRanks(byScore, (item) => item.score, (item, rank) => (item.scoreRank = rank));

  return { maxima, maxRaw, advocates: new Map(scored.map((item) => [item.totals.participantId, item])), byScore };
}
