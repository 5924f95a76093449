import { Migration } from '@mikro-orm/migrations';

/**
 * Teams, participant profiles and consent, import rows, completion intake
 * by webhook and booth, share tokens and post variants.
 */
export class ProgramsImportsSharing extends Migration {
  override name = '0002-programs-imports-sharing';

  override up(): void {
    this.addSql(`create table team (
      id uuid primary key,
      organization_id uuid not null references organization (id) deferrable initially deferred,
      name text not null,
      description text null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organization_id, name)
    )`);
    this.addSql(`create index team_org_created_idx on team (organization_id, created_at, id)`);

    this.addSql(`alter table ecosystem
      add column description text null,
      add column updated_at timestamptz not null default now()`);
    this.addSql(`alter table interaction
      add column description text null,
      add column location text null,
      add column updated_at timestamptz not null default now()`);

    this.addSql(`alter table campaign
      add column team_id uuid null references team (id) on delete set null deferrable initially deferred,
      add column description text null,
      add column starts_at timestamptz null,
      add column ends_at timestamptz null`);
    this.addSql(`alter table campaign add constraint campaign_status_chk
      check (status in ('draft', 'scheduled', 'live', 'ended'))`);
    this.addSql(`create index campaign_matrix_idx on campaign (organization_id, interaction_id, ecosystem_id, outcome)`);

    this.addSql(`alter table share_template
      add column position integer not null default 0 check (position between 0 and 4),
      add column subject text null`);
    this.addSql(`alter table share_template drop constraint share_template_pkey`);
    this.addSql(`alter table share_template add primary key (campaign_id, network, position)`);

    // The check keeps every writer, including raw SQL, on the normalized
    // form: trimmed, no upper-case ASCII letter, one local part and domain.
    this.addSql(`alter table participant
      add column profiles jsonb not null default '{}',
      add column consent_contact boolean not null default true,
      add column consent_partner_sharing boolean not null default false,
      add column consent_changed_at timestamptz null,
      add column source_import_id uuid null,
      add column erased_at timestamptz null,
      add constraint participant_email_normalized_chk
        check (email = btrim(email) and email !~ '[A-Z]' and email ~ '^[^@]+@[^@]+$')`);
    this.addSql(`create index participant_org_updated_idx on participant (organization_id, updated_at, id)`);
    this.addSql(`create index participant_org_email_sort_idx on participant (organization_id, email, id)`);
    this.addSql(`create table erasure (
      organization_id uuid not null references organization (id) deferrable initially deferred,
      email_hash text not null,
      erased_at timestamptz not null default now(),
      primary key (organization_id, email_hash)
    )`);

    this.addSql(`alter table completion
      add column source text not null default 'api' check (source in ('api', 'webhook', 'import', 'booth')),
      add column booth_id uuid null,
      add column import_id uuid null`);
    this.addSql(`create index completion_campaign_idx on completion (campaign_id, occurred_at)`);

    this.addSql(`alter table invitation add column share_token text null`);
    this.addSql(`update invitation set share_token = replace(gen_random_uuid()::text, '-', '')`);
    this.addSql(`alter table invitation alter column share_token set not null`);
    this.addSql(`create unique index invitation_share_token_uidx on invitation (share_token)`);
    this.addSql(`create index invitation_campaign_idx on invitation (campaign_id, invited_at)`);

    this.addSql(`alter table participant_import
      add column campaign_id uuid null references campaign (id) on delete cascade deferrable initially deferred,
      add column completion_kind text null,
      add column format text not null default 'csv',
      add column delimiter text null,
      add column mapping jsonb null,
      add column file_name text null,
      add column content_sha256 text null,
      add column bytes_read bigint not null default 0,
      add column total_bytes bigint null,
      add column skipped_count integer not null default 0,
      add column error text null,
      add column updated_at timestamptz not null default now()`);
    this.addSql(`alter table participant_import drop constraint participant_import_ecosystem_id_fkey`);
    this.addSql(`alter table participant_import add constraint participant_import_ecosystem_id_fkey
      foreign key (ecosystem_id) references ecosystem (id) on delete cascade deferrable initially deferred`);
    this.addSql(`create index participant_import_org_started_idx on participant_import (organization_id, started_at, id)`);
    this.addSql(`create table participant_import_row (
      import_id uuid not null references participant_import (id) on delete cascade deferrable initially deferred,
      record integer not null,
      line integer not null,
      outcome text not null check (outcome in ('created', 'merged', 'rejected', 'skipped')),
      participant_id uuid null,
      reason text null,
      primary key (import_id, record)
    )`);

    this.addSql(`create table webhook_endpoint (
      id uuid primary key,
      organization_id uuid not null references organization (id) deferrable initially deferred,
      name text not null,
      campaign_id uuid null references campaign (id) on delete set null deferrable initially deferred,
      secret_ciphertext text not null,
      previous_secret_ciphertext text null,
      previous_secret_expires_at timestamptz null,
      created_at timestamptz not null default now(),
      rotated_at timestamptz null,
      disabled_at timestamptz null
    )`);
    this.addSql(`create index webhook_endpoint_org_created_idx on webhook_endpoint (organization_id, created_at, id)`);
    this.addSql(`create table webhook_delivery (
      endpoint_id uuid not null references webhook_endpoint (id) on delete cascade deferrable initially deferred,
      event_id text not null,
      organization_id uuid not null,
      completion_id uuid null,
      received_at timestamptz not null default now(),
      primary key (endpoint_id, event_id)
    )`);

    this.addSql(`create table booth (
      id uuid primary key,
      organization_id uuid not null references organization (id) deferrable initially deferred,
      campaign_id uuid not null references campaign (id) on delete cascade deferrable initially deferred,
      name text not null,
      token text not null unique,
      created_at timestamptz not null default now(),
      unique (campaign_id, name)
    )`);
    this.addSql(`create index booth_org_created_idx on booth (organization_id, created_at, id)`);
  }
}
