import { conversionKinds, type EntityManager } from '@alg/service-kit';
import { DEFAULT_POINTS_CONFIG, type LevelDefinition, weightsOf } from '../points/points-config.js';
import { executePrepared, type PreparedStatement } from './prepared-statement.js';
import { ACTIVITY_EPOCH_SECONDS, ACTIVITY_HALF_LIFE_SECONDS, ACTIVITY_SCALE } from '../scores/advocate-score.js';

export interface AdvocateCampaignKey {
  organizationId: string;
  campaignId: string;
  participantId: string;
}

export interface AdvocateKey {
  organizationId: string;
  participantId: string;
}

export interface PointsChange {
  organizationId: string;
  participantId: string;
  campaignId?: string;
  pointsMicro: number;
  previousPointsMicro: number | null;
  pointsReachedAt: Date | null;
  /** The organization's level ladder, returned with advocate totals only. */
  levels?: LevelDefinition[];
}

/**
 * Builds the CTE `w`: the weights in micro-points of each organization in
 * the CTE `k`, from points_config or else the defaults.
 */
function weightsCte(): { sql: string; params: unknown[] } {
  const defaults = weightsOf(DEFAULT_POINTS_CONFIG);
  const kinds = conversionKinds.map((kind) => `coalesce((pc.conversion_micro ->> '${kind}')::bigint, ?::bigint) as ${kind}`);

  return {
    sql: `w as (
      select o.organization_id,
             coalesce(pc.share_micro, ?::bigint) as share_micro,
             coalesce(pc.reach_micro, ?::bigint) as reach_micro,
             coalesce(pc.click_micro, ?::bigint) as click_micro,
             coalesce(pc.levels, ?::jsonb) as levels,
             ${kinds.join(',\n             ')}
        from (select distinct organization_id from k) o
        left join points_config pc on pc.organization_id = o.organization_id)`,
    params: [
      defaults.share,
      defaults.reach,
      defaults.click,
      JSON.stringify(DEFAULT_POINTS_CONFIG.levels),
      ...conversionKinds.map((kind) => defaults.conversion[kind]),
    ],
  };
}

/** SQL expression of a conversion's points in micro-points, from the weights CTE `w` and the row alias `c`. */
const conversionPointsSql = `(case c.kind ${conversionKinds.map((kind) => `when '${kind}' then w.${kind}`).join(' ')} else 0 end)`;

/**
 * Every credit table is read through a LATERAL subquery per key, so that
 * PostgreSQL probes the primary-key indexes instead of scanning tables.
 * A batch of keys from jsonb_to_recordset gives the planner no row estimate.
 */
const STATS_SQL = (weights: string) => `
with k as (
  select distinct organization_id, campaign_id, participant_id
    from jsonb_to_recordset(?::jsonb) as x(organization_id uuid, campaign_id uuid, participant_id uuid)
),
${weights},
calc as (
  select k.organization_id, k.campaign_id, k.participant_id, sh.*, cl.*, cv.*,
         sh.networks * w.share_micro + sh.reach_micro + cl.clicks * w.click_micro + cv.conversion_micro as points_micro,
         greatest(case when w.share_micro > 0 then sh.last_first_shared_at end,
                  case when w.reach_micro > 0 then sh.reach_at end,
                  case when w.click_micro > 0 then cl.click_at end,
                  cv.conversion_at) as points_reached_at,
         previous.points_micro as previous_points_micro
    from k
    join w on w.organization_id = k.organization_id
    cross join lateral (
      select coalesce(sum(s.shares), 0)::int as shares, count(*)::int as networks,
             coalesce(sum(s.network_size), 0)::bigint as reach,
             coalesce(sum(case when s.network_size > 0 then round(w.reach_micro * log(1 + s.network_size::float8))::bigint else 0 end), 0)::bigint
               as reach_micro,
             min(s.first_shared_at) as first_shared_at,
             max(s.first_shared_at) as last_first_shared_at,
             max(s.size_reached_at) filter (where s.network_size > 0) as reach_at
        from share_credit s where s.campaign_id = k.campaign_id and s.participant_id = k.participant_id
    ) sh
    cross join lateral (
      select count(*)::int as clicks, max(c.first_clicked_at) as click_at
        from click_credit c where c.campaign_id = k.campaign_id and c.participant_id = k.participant_id
    ) cl
    cross join lateral (
      select count(*)::int as conversions, coalesce(sum(${conversionPointsSql}), 0)::bigint as conversion_micro,
             max(c.converted_at) filter (where ${conversionPointsSql} > 0) as conversion_at
        from conversion_credit c
       where c.campaign_id = k.campaign_id and c.advocate_id = k.participant_id and c.credited and not c.self_referral
    ) cv
    left join lateral (
      select s.points_micro from advocate_campaign_stats s where s.campaign_id = k.campaign_id and s.participant_id = k.participant_id
    ) previous on true
),
up as (
  insert into advocate_campaign_stats
    (organization_id, campaign_id, participant_id, shares, networks, potential_reach, unique_clicks, conversions,
     points_micro, points_reached_at, first_shared_at)
  select organization_id, campaign_id, participant_id, shares, networks, reach, clicks, conversions,
         points_micro, points_reached_at, first_shared_at
    from calc where networks > 0 or clicks > 0 or conversions > 0
  on conflict (campaign_id, participant_id) do update set
    shares = excluded.shares, networks = excluded.networks, potential_reach = excluded.potential_reach,
    unique_clicks = excluded.unique_clicks, conversions = excluded.conversions, points_micro = excluded.points_micro,
    points_reached_at = excluded.points_reached_at, first_shared_at = excluded.first_shared_at
  returning campaign_id, participant_id
)
select calc.organization_id, calc.campaign_id, calc.participant_id, calc.points_micro, calc.points_reached_at,
       calc.previous_points_micro
  from calc join up on up.campaign_id = calc.campaign_id and up.participant_id = calc.participant_id`;

const ADVOCATES_SQL = (weights: string) => `
with k as (
  select distinct organization_id, participant_id
    from jsonb_to_recordset(?::jsonb) as x(organization_id uuid, participant_id uuid)
),
${weights},
calc as (
  select k.organization_id, k.participant_id, st.*, sh.*, im.impact_conversion_micro, w.levels,
         st.unique_clicks * w.click_micro + im.impact_conversion_micro as impact_micro,
         previous.points_micro as previous_points_micro
    from k
    join w on w.organization_id = k.organization_id
    left join organization_profile op on op.organization_id = k.organization_id
    cross join lateral (
      select count(*)::int as stats_rows,
             coalesce(sum(s.points_micro), 0)::bigint as points_micro, max(s.points_reached_at) as points_reached_at,
             coalesce(sum(s.shares), 0)::int as shares, coalesce(sum(s.networks), 0)::int as networks,
             coalesce(sum(s.potential_reach), 0)::bigint as potential_reach,
             coalesce(sum(s.unique_clicks), 0)::int as unique_clicks, coalesce(sum(s.conversions), 0)::int as conversions,
             (count(*) filter (where s.shares > 0))::int as campaigns,
             (count(distinct cp.ecosystem_id) filter (where s.shares > 0))::int as ecosystems,
             min(s.first_shared_at) as first_shared_at
        from advocate_campaign_stats s
        left join campaign_profile cp on cp.campaign_id = s.campaign_id
       where s.organization_id = k.organization_id and s.participant_id = k.participant_id
    ) st
    cross join lateral (
      select coalesce(sum(round(power(2::float8, (extract(epoch from s.first_shared_at)::float8 - ?::float8) / ?::float8)
                                * ?::float8)::numeric), 0) as activity_weight,
             count(distinct date_trunc('month', s.first_shared_at, coalesce(op.time_zone, 'UTC')))::int as active_months
        from share_credit s where s.organization_id = k.organization_id and s.participant_id = k.participant_id
    ) sh
    cross join lateral (
      select coalesce(sum(round(${conversionPointsSql}
               * (1 + log(1 + c.value_minor::float8 / power(10::float8, coalesce(cp.currency_exponent, 2)))))::bigint), 0)::bigint
               as impact_conversion_micro
        from conversion_credit c
        left join campaign_profile cp on cp.campaign_id = c.campaign_id
       where c.organization_id = k.organization_id and c.advocate_id = k.participant_id and c.credited and not c.self_referral
    ) im
    left join lateral (
      select a.points_micro from advocate_score a where a.organization_id = k.organization_id and a.participant_id = k.participant_id
    ) previous on true
),
gone as (
  delete from advocate_score a using calc
   where a.organization_id = calc.organization_id and a.participant_id = calc.participant_id and calc.stats_rows = 0
),
up as (
  insert into advocate_score
    (organization_id, participant_id, points_micro, points_reached_at, shares, networks, potential_reach, unique_clicks,
     conversions, campaigns, ecosystems, active_months, activity_weight, impact_micro, first_shared_at)
  select organization_id, participant_id, points_micro, points_reached_at, shares, networks, potential_reach, unique_clicks,
         conversions, campaigns, ecosystems, active_months, activity_weight, impact_micro, first_shared_at
    from calc where stats_rows > 0
  on conflict (organization_id, participant_id) do update set
    points_micro = excluded.points_micro, points_reached_at = excluded.points_reached_at, shares = excluded.shares,
    networks = excluded.networks, potential_reach = excluded.potential_reach, unique_clicks = excluded.unique_clicks,
    conversions = excluded.conversions, campaigns = excluded.campaigns, ecosystems = excluded.ecosystems,
    active_months = excluded.active_months, activity_weight = excluded.activity_weight,
    impact_micro = excluded.impact_micro, first_shared_at = excluded.first_shared_at
  returning organization_id, participant_id
)
select calc.organization_id, calc.participant_id, calc.points_micro, calc.points_reached_at, calc.previous_points_micro,
       calc.levels
  from calc join up on up.organization_id = calc.organization_id and up.participant_id = calc.participant_id`;

const weights = weightsCte();
const statsStatement: PreparedStatement = { name: 'scoring_recompute_stats', sql: STATS_SQL(weights.sql) };
const advocatesStatement: PreparedStatement = { name: 'scoring_recompute_advocates', sql: ADVOCATES_SQL(weights.sql) };
const recomputeStatements = [statsStatement, advocatesStatement];

interface ChangeRow {
  organization_id: string;
  campaign_id?: string;
  participant_id: string;
  points_micro: string | number;
  points_reached_at: Date | null;
  previous_points_micro: string | number | null;
  levels?: LevelDefinition[];
}

function toChange(row: ChangeRow): PointsChange {
  return {
    organizationId: row.organization_id,
    participantId: row.participant_id,
    campaignId: row.campaign_id,
    pointsMicro: Number(row.points_micro),
    previousPointsMicro: row.previous_points_micro === null ? null : Number(row.previous_points_micro),
    pointsReachedAt: row.points_reached_at,
    levels: row.levels,
  };
}

/** Recomputes the per-campaign counts and points of the given advocates from the credit tables. */
export async function recomputeCampaignStats(em: EntityManager, keys: AdvocateCampaignKey[]): Promise<PointsChange[]> {
  if (keys.length === 0) return [];
  const json = JSON.stringify(
    keys.map((key) => ({ organization_id: key.organizationId, campaign_id: key.campaignId, participant_id: key.participantId })),
  );
  const rows = await executePrepared<ChangeRow[]>(em, statsStatement, [json, ...weights.params], recomputeStatements);

  return rows.map(toChange);
}

/** Recomputes the organization totals and score components of the given advocates. */
export async function recomputeAdvocates(em: EntityManager, keys: AdvocateKey[]): Promise<PointsChange[]> {
  if (keys.length === 0) return [];
  const json = JSON.stringify(keys.map((key) => ({ organization_id: key.organizationId, participant_id: key.participantId })));
  const rows = await executePrepared<ChangeRow[]>(em, advocatesStatement, [
    json,
    ...weights.params,
    ACTIVITY_EPOCH_SECONDS,
    ACTIVITY_HALF_LIFE_SECONDS,
    ACTIVITY_SCALE,
  ], recomputeStatements);

  return rows.map(toChange);
}

/** Advocates with activity in any of the campaigns. */
export async function advocatesOfCampaigns(em: EntityManager, campaignIds: string[]): Promise<AdvocateKey[]> {
  if (campaignIds.length === 0) return [];
  const rows = await em.execute<{ organization_id: string; participant_id: string }[]>(
    `select distinct organization_id, participant_id from advocate_campaign_stats where campaign_id in (?)`,
    [campaignIds],
  );

  return rows.map((row) => ({ organizationId: row.organization_id, participantId: row.participant_id }));
}

/** Lists every advocate of the organizations. */
export async function advocatesOfOrganizations(em: EntityManager, organizationIds: string[]): Promise<AdvocateKey[]> {
  if (organizationIds.length === 0) return [];
  const rows = await em.execute<{ organization_id: string; participant_id: string }[]>(
    `select distinct organization_id, participant_id from advocate_campaign_stats where organization_id in (?)`,
    [organizationIds],
  );

  return rows.map((row) => ({ organizationId: row.organization_id, participantId: row.participant_id }));
}

/** Lists every (campaign, advocate) pair with credits in an organization, for a change of its points. */
export async function advocateCampaignsOfOrganization(em: EntityManager, organizationId: string): Promise<AdvocateCampaignKey[]> {
  const rows = await em.execute<{ campaign_id: string; participant_id: string }[]>(
    `select campaign_id, participant_id from share_credit where organization_id = ?
     union select campaign_id, participant_id from click_credit where organization_id = ?
     union select campaign_id, advocate_id from conversion_credit where organization_id = ?`,
    [organizationId, organizationId, organizationId],
  );

  return rows.map((row) => ({ organizationId, campaignId: row.campaign_id, participantId: row.participant_id }));
}
