import { Migration } from '@mikro-orm/migrations';

/**
 * Replaces the first per-campaign totals with credit tables that keep one
 * row per credited action, so that every derived figure is a function of
 * the set of events and a replay in any order rebuilds it exactly.
 *
 * The tables of 0001 held totals that cannot be split back into credits,
 * so they are dropped and the scoring consumer's processed-event records
 * are cleared: after this migration the activity consumer must read its
 * topics again from the earliest offset (docs/scoring.md, "Upgrading").
 */
export class AdvocateScoring extends Migration {
  override name = '0002-advocate-scoring';

  override up(): void {
    this.addSql(`drop table advocate_campaign_stats`);
    this.addSql(`drop table network_reach`);
    this.addSql(`drop table advocate_score`);
    this.addSql(`delete from processed_event where consumer = 'scoring.activity'`);
    this.addSql(`delete from participant_profile`);
    this.addSql(`alter table participant_profile add column email_hash text null`);
    this.addSql(`create index participant_profile_organization_idx on participant_profile (organization_id, created_at)`);
    this.addSql(`create index participant_profile_source_campaign_idx on participant_profile (source_campaign_id)`);
    this.addSql(`create index participant_profile_source_advocate_idx on participant_profile (source_advocate_id)`);
    this.addSql(`create index participant_profile_email_idx on participant_profile (organization_id, email_hash)`);

    this.organizationTables();
    this.participantTables();
    this.creditTables();
    this.derivedTables();
  }

  private organizationTables(): void {
    this.addSql(`create table organization_profile (
      organization_id uuid primary key,
      time_zone text not null,
      created_at timestamptz not null
    )`);
    this.addSql(`create table organization_clock (
      organization_id uuid primary key,
      latest_activity_at timestamptz null,
      events bigint not null default 0
    )`);
    this.addSql(`create table points_config (
      organization_id uuid primary key,
      share_micro bigint not null,
      reach_micro bigint not null,
      click_micro bigint not null,
      conversion_micro jsonb not null,
      levels jsonb not null,
      updated_at timestamptz not null,
      updated_by text not null
    )`);
    this.addSql(`create table campaign_profile (
      campaign_id uuid primary key,
      organization_id uuid not null,
      ecosystem_id uuid not null,
      ecosystem_kind text not null,
      interaction_id uuid not null,
      interaction_kind text not null,
      outcome text not null,
      status text not null,
      cost_minor bigint not null,
      currency text not null,
      currency_exponent integer not null,
      time_zone text not null,
      registrant_ecosystem_id uuid null,
      snapshot_at timestamptz not null,
      snapshot_event_id uuid not null,
      created_at timestamptz not null,
      launched_at timestamptz null,
      ended_at timestamptz null
    )`);
    this.addSql(`create index campaign_profile_organization_idx on campaign_profile (organization_id, launched_at)`);
    this.addSql(`create index campaign_profile_ecosystem_idx on campaign_profile (ecosystem_id)`);
    this.addSql(`create table deleted_campaign (
      campaign_id uuid primary key,
      organization_id uuid not null
    )`);
  }

  private participantTables(): void {
    this.addSql(`create table participant_ecosystem (
      participant_id uuid not null,
      ecosystem_id uuid not null,
      organization_id uuid not null,
      joined_at timestamptz null,
      active boolean not null,
      changed_at timestamptz not null,
      change_event_id uuid not null,
      primary key (participant_id, ecosystem_id)
    )`);
    this.addSql(`create index participant_ecosystem_ecosystem_idx on participant_ecosystem (ecosystem_id)`);
    this.addSql(`create table participant_consent (
      participant_id uuid primary key,
      organization_id uuid not null,
      contact boolean not null,
      partner_sharing boolean not null,
      changed_at timestamptz not null,
      event_id uuid not null
    )`);
    this.addSql(`create table erased_participant (
      participant_id uuid primary key,
      organization_id uuid not null,
      erased_at timestamptz not null
    )`);
    this.addSql(`create table erased_person (
      organization_id uuid not null,
      email_hash text not null,
      primary key (organization_id, email_hash)
    )`);
    this.addSql(`create table invitation (
      campaign_id uuid not null,
      participant_id uuid not null,
      organization_id uuid not null,
      invitation_id uuid not null,
      invited_at timestamptz not null,
      network_sizes jsonb not null,
      primary key (campaign_id, participant_id)
    )`);
    this.addSql(`create index invitation_participant_idx on invitation (organization_id, participant_id, invited_at)`);
    this.addSql(`create table completion (
      completion_id uuid primary key,
      organization_id uuid not null,
      campaign_id uuid not null,
      participant_id uuid not null,
      kind text not null,
      occurred_at timestamptz not null
    )`);
    this.addSql(`create index completion_participant_idx on completion (organization_id, participant_id)`);
  }

  private creditTables(): void {
    this.addSql(`create table share_credit (
      organization_id uuid not null,
      campaign_id uuid not null,
      participant_id uuid not null,
      network text not null,
      shares integer not null,
      network_size bigint not null,
      first_shared_at timestamptz not null,
      size_reached_at timestamptz not null,
      primary key (campaign_id, participant_id, network)
    )`);
    this.addSql(`create index share_credit_participant_idx on share_credit (organization_id, participant_id)`);
    this.addSql(`create index share_credit_time_idx on share_credit (organization_id, first_shared_at)`);
    this.addSql(`create table click_credit (
      organization_id uuid not null,
      campaign_id uuid not null,
      participant_id uuid not null,
      visitor_hash text not null,
      clicks integer not null,
      first_clicked_at timestamptz not null,
      primary key (campaign_id, participant_id, visitor_hash)
    )`);
    this.addSql(`create index click_credit_time_idx on click_credit (organization_id, first_clicked_at)`);
    this.addSql(`create index click_credit_participant_idx on click_credit (organization_id, participant_id)`);
    this.addSql(`create table click_ignored (
      organization_id uuid not null,
      campaign_id uuid not null,
      participant_id uuid not null,
      reason text not null,
      clicks integer not null,
      primary key (campaign_id, participant_id, reason)
    )`);
    this.addSql(`create index click_ignored_participant_idx on click_ignored (organization_id, participant_id)`);
    this.addSql(`create table conversion_credit (
      conversion_id uuid primary key,
      organization_id uuid not null,
      campaign_id uuid not null,
      advocate_id uuid not null,
      kind text not null,
      value_minor bigint not null,
      credited boolean not null,
      self_referral boolean not null,
      person_hash text null,
      converted_at timestamptz not null
    )`);
    this.addSql(`create index conversion_credit_advocate_idx on conversion_credit (campaign_id, advocate_id)`);
    this.addSql(`create index conversion_credit_participant_idx on conversion_credit (organization_id, advocate_id)`);
    this.addSql(`create index conversion_credit_person_idx on conversion_credit (organization_id, person_hash)`);
    this.addSql(`create index conversion_credit_time_idx on conversion_credit (organization_id, converted_at)`);
  }

  private derivedTables(): void {
    this.addSql(`create table advocate_campaign_stats (
      organization_id uuid not null,
      campaign_id uuid not null,
      participant_id uuid not null,
      shares integer not null,
      networks integer not null,
      potential_reach bigint not null,
      unique_clicks integer not null,
      conversions integer not null,
      points_micro bigint not null,
      points_reached_at timestamptz null,
      first_shared_at timestamptz null,
      primary key (campaign_id, participant_id)
    )`);
    this.addSql(`create index advocate_campaign_stats_rank_idx
      on advocate_campaign_stats (campaign_id, points_micro desc, points_reached_at, participant_id)`);
    this.addSql(`create index advocate_campaign_stats_participant_idx on advocate_campaign_stats (organization_id, participant_id)`);
    this.addSql(`create table advocate_score (
      organization_id uuid not null,
      participant_id uuid not null,
      points_micro bigint not null,
      points_reached_at timestamptz null,
      shares integer not null,
      networks integer not null,
      potential_reach bigint not null,
      unique_clicks integer not null,
      conversions integer not null,
      campaigns integer not null,
      ecosystems integer not null,
      active_months integer not null,
      activity_weight numeric not null,
      impact_micro bigint not null,
      first_shared_at timestamptz null,
      primary key (organization_id, participant_id)
    )`);
    this.addSql(`create index advocate_score_rank_idx
      on advocate_score (organization_id, points_micro desc, points_reached_at, participant_id)`);
  }
}
