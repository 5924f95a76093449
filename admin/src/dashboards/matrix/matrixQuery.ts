export const CAMPAIGN_MATRIX_QUERY = `query CampaignMatrix($filter: CampaignMatrixFilter) {
  campaignMatrix(filter: $filter) {
    interactionKinds ecosystemKinds outcomes campaignCount maxCampaignCount
    cells {
      interactionKind ecosystemKind outcome campaignCount liveCount campaignIds
      completions invitations invitationRate registrants cost { currency amount }
    }
  }
}`;

export interface MatrixCell {
  interactionKind: string;
  ecosystemKind: string;
  outcome: string;
  campaignCount: number;
  liveCount: number;
  campaignIds: string[];
  completions: number;
  invitations: number;
  invitationRate: number | null;
  registrants: number;
  cost: Array<{ currency: string; amount: number }>;
}

export interface CampaignMatrix {
  interactionKinds: string[];
  ecosystemKinds: string[];
  outcomes: string[];
  campaignCount: number;
  maxCampaignCount: number;
  cells: MatrixCell[];
}

/** Figures a heat map cell can be coloured by. */
export const matrixMeasures = ['campaignCount', 'liveCount', 'completions', 'invitations', 'registrants'] as const;
export type MatrixMeasure = (typeof matrixMeasures)[number];

/**
 * Adds up the cells of every outcome (or keeps one outcome's) into one cell
 * per interaction kind and ecosystem kind, which is what the heat map draws.
 */
export function cellsForOutcome(cells: readonly MatrixCell[], outcome: string | 'ALL'): Map<string, MatrixCell> {
  const merged = new Map<string, MatrixCell>();
  for (const cell of cells) {
    if (outcome !== 'ALL' && cell.outcome !== outcome) continue;
    const key = `${cell.interactionKind}|${cell.ecosystemKind}`;
    const existing = merged.get(key);
    if (existing === undefined) {
      merged.set(key, { ...cell, campaignIds: [...cell.campaignIds], cost: cell.cost.map((entry) => ({ ...entry })) });
      continue;
    }
    existing.campaignCount += cell.campaignCount;
    existing.liveCount += cell.liveCount;
    existing.campaignIds.push(...cell.campaignIds);
    existing.completions += cell.completions;
    existing.invitations += cell.invitations;
    existing.registrants += cell.registrants;
    existing.invitationRate = existing.completions > 0 ? existing.invitations / existing.completions : null;
    for (const entry of cell.cost) {
      const same = existing.cost.find((known) => known.currency === entry.currency);
      if (same) same.amount += entry.amount;
      else existing.cost.push({ ...entry });
    }
  }
  return merged;
}
