import { Migration } from '@mikro-orm/migrations';
import { outboxTablesSql } from '@alg/service-kit';

export class InitialSchema extends Migration {
  override name = '0001-initial-schema';

  // Foreign keys are checked at commit because entities carry ids, not
  // relations, so MikroORM's flush does not order inserts by reference.
  override up(): void {
    for (const statement of outboxTablesSql) this.addSql(statement);

    this.addSql(`create table organization (
      id uuid primary key,
      name text not null,
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
      time_zone text not null,
      created_at timestamptz not null default now()
    )`);
    this.addSql(`create table api_key (
      id text primary key,
      organization_id uuid not null references organization (id) deferrable initially deferred,
      name text not null,
      role text not null check (role in ('viewer', 'editor', 'admin')),
      secret_hash text not null,
      created_at timestamptz not null default now(),
      revoked_at timestamptz null
    )`);
    this.addSql(`create table ecosystem (
      id uuid primary key,
      organization_id uuid not null references organization (id) deferrable initially deferred,
      name text not null,
      kind text not null,
      partner_name text null,
      created_at timestamptz not null default now(),
      unique (organization_id, name)
    )`);
    this.addSql(`create table participant (
      id uuid primary key,
      organization_id uuid not null references organization (id) deferrable initially deferred,
      email text not null,
      first_name text null,
      last_name text null,
      company text null,
      title text null,
      origin text not null,
      source_campaign_id uuid null,
      source_advocate_id uuid null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`);
    this.addSql(`create unique index participant_email_uidx on participant (organization_id, email)`);
    this.addSql(`create index participant_created_idx on participant (organization_id, created_at, id)`);
    this.addSql(`create table ecosystem_membership (
      ecosystem_id uuid not null references ecosystem (id) deferrable initially deferred,
      participant_id uuid not null references participant (id) on delete cascade deferrable initially deferred,
      organization_id uuid not null references organization (id) deferrable initially deferred,
      joined_at timestamptz not null default now(),
      primary key (ecosystem_id, participant_id)
    )`);
    this.addSql(`create index ecosystem_membership_participant_idx on ecosystem_membership (participant_id)`);
    this.addSql(`create table interaction (
      id uuid primary key,
      organization_id uuid not null references organization (id) deferrable initially deferred,
      name text not null,
      kind text not null,
      venue text null,
      starts_at timestamptz null,
      ends_at timestamptz null,
      time_zone text not null,
      created_at timestamptz not null default now()
    )`);
    this.addSql(`create table campaign (
      id uuid primary key,
      organization_id uuid not null references organization (id) deferrable initially deferred,
      name text not null,
      interaction_id uuid not null references interaction (id) deferrable initially deferred,
      ecosystem_id uuid not null references ecosystem (id) deferrable initially deferred,
      outcome text not null,
      status text not null,
      cost_minor bigint not null check (cost_minor >= 0),
      currency char(3) not null,
      activation_target double precision not null check (activation_target between 0 and 1),
      destination_url text not null,
      allowed_hosts jsonb not null default '[]',
      fallback_url text null,
      attribution_window_days integer not null check (attribution_window_days > 0),
      invitation_window_days integer not null check (invitation_window_days > 0),
      registrant_ecosystem_id uuid null references ecosystem (id) deferrable initially deferred,
      launched_at timestamptz null,
      ended_at timestamptz null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`);
    this.addSql(`create index campaign_org_created_idx on campaign (organization_id, created_at, id)`);
    this.addSql(`create table share_template (
      campaign_id uuid not null references campaign (id) on delete cascade deferrable initially deferred,
      network text not null,
      organization_id uuid not null references organization (id) deferrable initially deferred,
      template text not null,
      primary key (campaign_id, network)
    )`);
    this.addSql(`create table completion (
      id uuid primary key,
      organization_id uuid not null references organization (id) deferrable initially deferred,
      campaign_id uuid not null references campaign (id) deferrable initially deferred,
      participant_id uuid not null references participant (id) on delete cascade deferrable initially deferred,
      kind text not null,
      external_id text null,
      occurred_at timestamptz not null,
      recorded_at timestamptz not null default now()
    )`);
    this.addSql(`create unique index completion_external_uidx
      on completion (organization_id, campaign_id, external_id) where external_id is not null`);
    this.addSql(`create table invitation (
      id uuid primary key,
      organization_id uuid not null references organization (id) deferrable initially deferred,
      campaign_id uuid not null references campaign (id) deferrable initially deferred,
      participant_id uuid not null references participant (id) on delete cascade deferrable initially deferred,
      completion_id uuid not null references completion (id) on delete cascade deferrable initially deferred,
      link_codes jsonb not null,
      invited_at timestamptz not null default now(),
      unique (campaign_id, participant_id)
    )`);
    this.addSql(`create table participant_import (
      id uuid primary key,
      organization_id uuid not null references organization (id) deferrable initially deferred,
      ecosystem_id uuid not null references ecosystem (id) deferrable initially deferred,
      preset text not null,
      status text not null,
      row_count integer not null default 0,
      created_count integer not null default 0,
      merged_count integer not null default 0,
      rejected_count integer not null default 0,
      rejected_rows jsonb not null default '[]',
      started_at timestamptz not null default now(),
      finished_at timestamptz null
    )`);
  }
}
