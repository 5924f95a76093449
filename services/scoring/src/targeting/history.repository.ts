import { conversionKinds, type EntityManager } from '@alg/service-kit';
import type { InviteeHistory } from '../forecast/forecast.js';
import type { PointsWeights } from '../points/points-config.js';
import type { CampaignOutcome } from './priors.js';

/** A set of participants as SQL returning a participant_id column. */
export interface MemberSet {
  sql: string;
  params: unknown[];
}

/** The history a forecast may use: activity strictly before `cutoff`, never from the campaign being forecast. */
export interface HistoryWindow {
  cutoff: Date | null;
  excludeCampaignId: string | null;
}

const NO_CAMPAIGN = '00000000-0000-0000-0000-000000000000';
const bounds = (window: HistoryWindow) => [window.cutoff?.toISOString() ?? 'infinity', window.excludeCampaignId ?? NO_CAMPAIGN];

export function ecosystemMembers(organizationId: string, ecosystemId: string): MemberSet {
  return {
    sql: `select participant_id from participant_ecosystem where organization_id = ? and ecosystem_id = ? and active`,
    params: [organizationId, ecosystemId],
  };
}

export function campaignInvitees(organizationId: string, campaignId: string): MemberSet {
  return { sql: `select participant_id from invitation where organization_id = ? and campaign_id = ?`, params: [organizationId, campaignId] };
}

interface OutcomeRow {
  campaign_id: string;
  ecosystem_id: string;
  interaction_kind: string;
  invitations: string;
  activations: string;
  shares: string;
  clicks: string;
  conversions: string;
  reach: string;
  networks: string;
  conversion_points: string;
}

/** Outcomes of the organization's past campaigns, counting only activity inside the window. */
export async function campaignOutcomes(
  em: EntityManager,
  organizationId: string,
  window: HistoryWindow,
  weights: PointsWeights,
): Promise<CampaignOutcome[]> {
  const [cutoff, excluded] = bounds(window);
  const kindPoints = `(case kind ${conversionKinds.map((kind) => `when '${kind}' then ${weights.conversion[kind]}`).join(' ')} else 0 end)`;
  const rows = await em.execute<OutcomeRow[]>(
    `with i as (
       select campaign_id, participant_id from invitation
        where organization_id = ? and invited_at < ?::timestamptz and campaign_id <> ?::uuid
     ),
     s as (
       select campaign_id, participant_id, sum(shares) as shares, sum(network_size) as reach, count(*) as networks
         from share_credit where organization_id = ? and first_shared_at < ?::timestamptz and campaign_id <> ?::uuid
        group by campaign_id, participant_id
     ),
     c as (
       select campaign_id, count(*) as clicks from click_credit
        where organization_id = ? and first_clicked_at < ?::timestamptz and campaign_id <> ?::uuid group by campaign_id
     ),
     v as (
       select campaign_id, count(*) as conversions, sum(${kindPoints}) as points from conversion_credit
        where organization_id = ? and credited and not self_referral and converted_at < ?::timestamptz and campaign_id <> ?::uuid
        group by campaign_id
     )
     select cp.campaign_id, cp.ecosystem_id, cp.interaction_kind,
            count(i.participant_id) as invitations, count(s.participant_id) as activations,
            coalesce(sum(s.shares), 0) as shares, coalesce(sum(s.reach), 0) as reach, coalesce(sum(s.networks), 0) as networks,
            coalesce(max(c.clicks), 0) as clicks, coalesce(max(v.conversions), 0) as conversions,
            coalesce(max(v.points), 0) as conversion_points
       from campaign_profile cp
       join i on i.campaign_id = cp.campaign_id
       left join s on s.campaign_id = i.campaign_id and s.participant_id = i.participant_id
       left join c on c.campaign_id = cp.campaign_id
       left join v on v.campaign_id = cp.campaign_id
      where cp.organization_id = ?
      group by cp.campaign_id, cp.ecosystem_id, cp.interaction_kind
      order by cp.campaign_id`,
    [organizationId, cutoff, excluded, organizationId, cutoff, excluded, organizationId, cutoff, excluded, organizationId, cutoff, excluded, organizationId],
  );

  return rows.map((row) => ({
    campaignId: row.campaign_id,
    ecosystemId: row.ecosystem_id,
    interactionKind: row.interaction_kind,
    invitations: Number(row.invitations),
    activations: Number(row.activations),
    shares: Number(row.shares),
    clicks: Number(row.clicks),
    conversions: Number(row.conversions),
    reach: Number(row.reach),
    networks: Number(row.networks),
    conversionPointsMicro: Number(row.conversion_points),
  }));
}

interface HistoryRow {
  participant_id: string;
  invitations: string;
  activations: string;
  shares: string;
  clicks: string;
  conversions: string;
  reach_per_share: string | null;
}

/**
 * Reads each member's own history inside the window. An invitation counts as
 * activated when the participant shared in that campaign before the
 * cutoff. The audience per share is the mean over networks of the largest
 * audience recorded from shares or from invitation profiles.
 */
export async function participantHistories(
  em: EntityManager,
  organizationId: string,
  members: MemberSet,
  window: HistoryWindow,
): Promise<InviteeHistory[]> {
  const [cutoff, excluded] = bounds(window);
  const rows = await em.execute<HistoryRow[]>(
    `with m as (select distinct participant_id from (${members.sql}) members),
     inv as (
       select i.participant_id, count(*) as invitations,
              count(*) filter (where exists (select 1 from share_credit s where s.campaign_id = i.campaign_id
                                              and s.participant_id = i.participant_id and s.first_shared_at < ?::timestamptz))
                as activations
         from invitation i join m on m.participant_id = i.participant_id
        where i.organization_id = ? and i.invited_at < ?::timestamptz and i.campaign_id <> ?::uuid
        group by i.participant_id
     ),
     sh as (
       select s.participant_id, sum(s.shares) as shares from share_credit s join m on m.participant_id = s.participant_id
        where s.organization_id = ? and s.first_shared_at < ?::timestamptz and s.campaign_id <> ?::uuid
        group by s.participant_id
     ),
     cl as (
       select c.participant_id, count(*) as clicks from click_credit c join m on m.participant_id = c.participant_id
        where c.organization_id = ? and c.first_clicked_at < ?::timestamptz and c.campaign_id <> ?::uuid
        group by c.participant_id
     ),
     cv as (
       select c.advocate_id as participant_id, count(*) as conversions from conversion_credit c join m on m.participant_id = c.advocate_id
        where c.organization_id = ? and c.credited and not c.self_referral and c.converted_at < ?::timestamptz and c.campaign_id <> ?::uuid
        group by c.advocate_id
     ),
     sizes as (
       select participant_id, network, max(size) as size from (
         select s.participant_id, s.network, s.network_size as size from share_credit s join m on m.participant_id = s.participant_id
          where s.organization_id = ? and s.first_shared_at < ?::timestamptz
         union all
         select i.participant_id, n.key, n.value::bigint from invitation i join m on m.participant_id = i.participant_id
           cross join lateral jsonb_each_text(i.network_sizes) n
          where i.organization_id = ? and i.invited_at < ?::timestamptz
       ) known group by participant_id, network
     ),
     reach as (select participant_id, avg(size) as reach_per_share from sizes group by participant_id)
     select m.participant_id, coalesce(inv.invitations, 0) as invitations, coalesce(inv.activations, 0) as activations,
            coalesce(sh.shares, 0) as shares, coalesce(cl.clicks, 0) as clicks, coalesce(cv.conversions, 0) as conversions,
            reach.reach_per_share
       from m
       left join inv on inv.participant_id = m.participant_id
       left join sh on sh.participant_id = m.participant_id
       left join cl on cl.participant_id = m.participant_id
       left join cv on cv.participant_id = m.participant_id
       left join reach on reach.participant_id = m.participant_id
      order by m.participant_id`,
    [
      ...members.params,
      cutoff,
      organizationId,
      cutoff,
      excluded,
      organizationId,
      cutoff,
      excluded,
      organizationId,
      cutoff,
      excluded,
      organizationId,
      cutoff,
      excluded,
      organizationId,
      cutoff,
      organizationId,
      cutoff,
    ],
  );

  return rows.map((row) => ({
    participantId: row.participant_id,
    invitations: Number(row.invitations),
    activations: Number(row.activations),
    shares: Number(row.shares),
    clicks: Number(row.clicks),
    conversions: Number(row.conversions),
    reachPerShare: row.reach_per_share === null ? null : Number(row.reach_per_share),
  }));
}

export interface Eligibility {
  participantId: string;
  /** False when the participant withdrew consent to be contacted; true without a consent event. */
  contact: boolean;
  recentInvitations: number;
  lastInvitedAt: Date | null;
}

/** Consent and recent invitations of each member, as of `asOf`. */
export async function eligibility(
  em: EntityManager,
  organizationId: string,
  members: MemberSet,
  asOf: Date,
  windowDays: number,
): Promise<Map<string, Eligibility>> {
  const rows = await em.execute<{ participant_id: string; contact: boolean | null; recent: string; last_invited_at: string | null }[]>(
    `with m as (select distinct participant_id from (${members.sql}) members)
     select m.participant_id, c.contact,
            (select count(*) from invitation i where i.organization_id = ? and i.participant_id = m.participant_id
                and i.invited_at <= ?::timestamptz and i.invited_at > ?::timestamptz - make_interval(days => ?)) as recent,
            (select max(invited_at)::text from invitation i where i.organization_id = ? and i.participant_id = m.participant_id
                and i.invited_at <= ?::timestamptz) as last_invited_at
       from m left join participant_consent c on c.participant_id = m.participant_id`,
    [...members.params, organizationId, asOf.toISOString(), asOf.toISOString(), windowDays, organizationId, asOf.toISOString()],
  );

  return new Map(
    rows.map((row) => [
      row.participant_id,
      {
        participantId: row.participant_id,
        contact: row.contact ?? true,
        recentInvitations: Number(row.recent),
        lastInvitedAt: row.last_invited_at ? new Date(row.last_invited_at) : null,
      },
    ]),
  );
}
