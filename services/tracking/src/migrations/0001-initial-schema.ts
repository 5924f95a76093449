import { Migration } from '@mikro-orm/migrations';
import { outboxTablesSql } from '@alg/service-kit';

export class InitialSchema extends Migration {
  override name = '0001-initial-schema';

  override up(): void {
    for (const statement of outboxTablesSql) this.addSql(statement);

    this.addSql(`create table campaign_projection (
      id uuid primary key,
      organization_id uuid not null,
      name text not null,
      status text not null,
      ecosystem_id uuid not null,
      outcome text not null,
      cost_minor bigint not null,
      currency char(3) not null,
      activation_target double precision not null,
      destination_url text not null,
      allowed_hosts jsonb not null,
      fallback_url text null,
      attribution_window_days integer not null,
      time_zone text not null,
      updated_at timestamptz not null
    )`);
    this.addSql(`create table tracked_link (
      code text primary key,
      organization_id uuid not null,
      campaign_id uuid not null,
      participant_id uuid not null,
      invitation_id uuid not null,
      network text not null,
      advocate_email_hash text not null,
      created_at timestamptz not null,
      unique (campaign_id, participant_id, network)
    )`);
    this.addSql(`create index tracked_link_participant_idx on tracked_link (organization_id, participant_id)`);
    this.addSql(`create table invitation_record (
      id uuid primary key,
      organization_id uuid not null,
      campaign_id uuid not null,
      participant_id uuid not null,
      invited_at timestamptz not null,
      unique (campaign_id, participant_id)
    )`);
    this.addSql(`create table share (
      id uuid primary key,
      organization_id uuid not null,
      campaign_id uuid not null,
      participant_id uuid not null,
      invitation_id uuid not null,
      network text not null,
      network_size integer not null check (network_size >= 0),
      shared_at timestamptz not null
    )`);
    this.addSql(`create index share_campaign_idx on share (campaign_id, participant_id)`);
    this.addSql(`create table click (
      id text primary key,
      organization_id uuid not null,
      campaign_id uuid not null,
      participant_id uuid not null,
      link_code text not null,
      network text not null,
      visitor_hash text not null,
      classification text not null,
      is_unique boolean not null,
      clicked_at timestamptz not null
    )`);
    this.addSql(`create index click_campaign_idx on click (campaign_id, classification)`);
    this.addSql(`create index click_visitor_idx on click (link_code, visitor_hash, clicked_at)`);
    this.addSql(`create table conversion (
      id uuid primary key,
      organization_id uuid not null,
      campaign_id uuid not null,
      advocate_id uuid not null,
      last_touch_code text not null,
      first_touch_code text not null,
      click_id text null,
      kind text not null,
      value_minor bigint not null default 0,
      person_key text not null,
      credited boolean not null,
      self_referral boolean not null,
      converted_at timestamptz not null,
      unique (campaign_id, kind, person_key)
    )`);
    this.addSql(`create table advocate_visitor (
      participant_id uuid not null,
      visitor_hash text not null,
      organization_id uuid not null,
      seen_at timestamptz not null,
      primary key (participant_id, visitor_hash)
    )`);
    this.addSql(`create table visitor_salt (
      day date primary key,
      salt text not null
    )`);
  }
}
