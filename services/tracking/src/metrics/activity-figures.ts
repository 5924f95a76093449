import { type EntityManager, fromMinorUnits } from '@alg/service-kit';
import { ratio } from './ratios.js';

/** The activity to count: one organization, optionally some campaigns and one advocate. */
export interface ActivityScope {
  organizationId: string;
  /** Null for every campaign of the organization. */
  campaignIds: string[] | null;
  participantId?: string | null;
  /** Currency of each campaign in scope, for converting conversion values. */
  currencies: Map<string, string>;
}

export interface NetworkFigures {
  network: string;
  shares: number;
  potentialReach: number;
  clicks: number;
  uniqueClicks: number;
  previews: number;
  clicksPerShare: number | null;
  clickThroughRate: number | null;
}

export interface ConversionCount {
  kind: string;
  count: number;
  /** Sum of the values in the campaigns' currency (major units). */
  value: number;
}

/** Figures common to a campaign, an ecosystem and an advocate. */
export interface ActivityFigures {
  shares: number;
  potentialReach: number;
  byNetwork: NetworkFigures[];
  clicks: number;
  uniqueClicks: number;
  previews: number;
  bots: number;
  selfClicks: number;
  clicksPerShare: number | null;
  clickThroughRate: number | null;
  conversions: number;
  conversionsByKind: ConversionCount[];
  selfReferrals: number;
  outsideWindow: number;
  registrations: number;
  attendances: number;
  leads: number;
  demoRequests: number;
  pipelineValue: number;
  registrationToAttendanceRate: number | null;
}

interface ShareRow {
  network: string;
  shares: string;
  reach: string | null;
}

interface ClickRow {
  network: string;
  classification: string;
  total: string;
  unique_total: string;
}

interface ConversionRow {
  campaign_id: string;
  kind: string;
  credited: boolean;
  self_referral: boolean;
  within_window: boolean;
  total: string;
  value: string;
}

/** SQL condition and parameters of a scope; `participantColumn` names the advocate column of the table. */
export function scopeCondition(scope: ActivityScope, participantColumn: string): { sql: string; params: unknown[] } {
  const parts = ['organization_id = ?'];
  const params: unknown[] = [scope.organizationId];
  if (scope.campaignIds) {
    parts.push('campaign_id in (?)');
    params.push(scope.campaignIds);
  }
  if (scope.participantId) {
    parts.push(`${participantColumn} = ?`);
    params.push(scope.participantId);
  }

  return { sql: parts.join(' and '), params };
}

export function emptyFigures(): ActivityFigures {
  return figuresOf([], [], [], new Map());
}

/**
 * Loads and computes the figures of a scope. Potential reach counts each
 * sharer's audience on a network once (their largest reported size there),
 * because sharing twice to the same followers reaches no new people. Clicks
 * are human clicks; previews, bots and the advocates' own clicks are
 * counted apart. Conversions count when credited; self-referrals and those
 * outside the attribution window are counted apart.
 */
export async function loadActivityFigures(em: EntityManager, scope: ActivityScope): Promise<ActivityFigures> {
  if (scope.campaignIds?.length === 0) return emptyFigures();
  const byParticipant = scopeCondition(scope, 'participant_id');
  const byAdvocate = scopeCondition(scope, 'advocate_id');
  const [shareRows, clickRows, conversionRows] = await Promise.all([
    em.execute<ShareRow[]>(
      `select network, sum(shares) as shares, sum(largest) as reach from (
         select network, campaign_id, participant_id, count(*) as shares, max(network_size) as largest
           from share where ${byParticipant.sql} group by network, campaign_id, participant_id) per_sharer
       group by network order by network`,
      byParticipant.params,
    ),
    em.execute<ClickRow[]>(
      `select network, classification, count(*) as total, count(*) filter (where is_unique) as unique_total
         from click where ${byParticipant.sql} group by network, classification`,
      byParticipant.params,
    ),
    em.execute<ConversionRow[]>(
      `select campaign_id, kind, credited, self_referral, within_window, count(*) as total,
              coalesce(sum(value_minor), 0) as value
         from conversion where ${byAdvocate.sql}
        group by campaign_id, kind, credited, self_referral, within_window`,
      byAdvocate.params,
    ),
  ]);

  return figuresOf(shareRows, clickRows, conversionRows, scope.currencies);
}

function sumOf<T>(rows: T[], value: (row: T) => number): number {
  return rows.reduce((sum, row) => sum + value(row), 0);
}

function networkFigures(shareRows: ShareRow[], clickRows: ClickRow[]): NetworkFigures[] {
  const networks = [...new Set([...shareRows.map((row) => row.network), ...clickRows.map((row) => row.network)])].sort();

  return networks.map((network) => {
    const share = shareRows.find((row) => row.network === network);
    const clicksHere = clickRows.filter((row) => row.network === network);
    const humans = clicksHere.filter((row) => row.classification === 'human');
    const shares = Number(share?.shares ?? 0);
    const potentialReach = Number(share?.reach ?? 0);
    const clicks = sumOf(humans, (row) => Number(row.total));

    return {
      network,
      shares,
      potentialReach,
      clicks,
      uniqueClicks: sumOf(humans, (row) => Number(row.unique_total)),
      previews: sumOf(clicksHere.filter((row) => row.classification === 'preview'), (row) => Number(row.total)),
      clicksPerShare: ratio(clicks, shares),
      clickThroughRate: ratio(clicks, potentialReach),
    };
  });
}

function conversionCounts(rows: ConversionRow[], currencies: Map<string, string>): ConversionCount[] {
  const credited = rows.filter((row) => row.credited);
  const kinds = [...new Set(credited.map((row) => row.kind))].sort();

  return kinds.map((kind) => {
    const ofKind = credited.filter((row) => row.kind === kind);

    return {
      kind,
      count: sumOf(ofKind, (row) => Number(row.total)),
      value: sumOf(ofKind, (row) => fromMinorUnits(Number(row.value), currencies.get(row.campaign_id) ?? 'USD')),
    };
  });
}

export function figuresOf(
  shareRows: ShareRow[],
  clickRows: ClickRow[],
  conversionRows: ConversionRow[],
  currencies: Map<string, string>,
): ActivityFigures {
  const byNetwork = networkFigures(shareRows, clickRows);
  const clicksOf = (classification: string) =>
    sumOf(clickRows.filter((row) => row.classification === classification), (row) => Number(row.total));
  const shares = sumOf(byNetwork, (row) => row.shares);
  const potentialReach = sumOf(byNetwork, (row) => row.potentialReach);
  const clicks = clicksOf('human');
  const conversionsByKind = conversionCounts(conversionRows, currencies);
  const countOf = (kind: string) => conversionsByKind.find((row) => row.kind === kind)?.count ?? 0;
  const registrations = countOf('registration');
  const attendances = countOf('attendance');

  return {
    shares,
    potentialReach,
    byNetwork,
    clicks,
    uniqueClicks: sumOf(byNetwork, (row) => row.uniqueClicks),
    previews: clicksOf('preview'),
    bots: clicksOf('bot'),
    selfClicks: clicksOf('self'),
    clicksPerShare: ratio(clicks, shares),
    clickThroughRate: ratio(clicks, potentialReach),
    conversions: sumOf(conversionsByKind, (row) => row.count),
    conversionsByKind,
    selfReferrals: sumOf(conversionRows.filter((row) => row.self_referral), (row) => Number(row.total)),
    outsideWindow: sumOf(conversionRows.filter((row) => !row.self_referral && !row.within_window), (row) => Number(row.total)),
    registrations,
    attendances,
    leads: countOf('lead'),
    demoRequests: countOf('demo_request'),
    pipelineValue: conversionsByKind.find((row) => row.kind === 'pipeline')?.value ?? 0,
    registrationToAttendanceRate: ratio(attendances, registrations),
  };
}
