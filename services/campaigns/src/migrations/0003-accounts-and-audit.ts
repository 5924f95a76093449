import { Migration } from '@mikro-orm/migrations';

export class AccountsAndAudit extends Migration {
  override name = '0003-accounts-and-audit';

  override up(): void {
    this.addSql(`alter table api_key add column scopes jsonb not null default '["read", "write"]'`);
    this.addSql(`alter table api_key add column partner_name text null`);
    this.addSql(`create table account (
      id uuid primary key,
      email text not null unique,
      display_name text not null,
      password_hash text null,
      created_at timestamptz not null default now(),
      password_changed_at timestamptz null
    )`);
    this.addSql(`create table organization_member (
      organization_id uuid not null references organization (id) deferrable initially deferred,
      account_id uuid not null references account (id) on delete cascade deferrable initially deferred,
      role text not null check (role in ('viewer', 'editor', 'admin')),
      created_at timestamptz not null default now(),
      primary key (organization_id, account_id)
    )`);
    this.addSql(`create table sso_identity (
      issuer text not null,
      subject text not null,
      account_id uuid not null references account (id) on delete cascade deferrable initially deferred,
      created_at timestamptz not null default now(),
      primary key (issuer, subject)
    )`);
    this.addSql(`create table audit_entry (
      id uuid primary key,
      organization_id uuid not null,
      actor text not null,
      actor_kind text not null,
      operation text not null,
      fields jsonb not null,
      outcome text not null,
      error_codes jsonb not null default '[]',
      client_address text null,
      request_id text null,
      occurred_at timestamptz not null
    )`);
    this.addSql(`create index audit_entry_org_time_idx on audit_entry (organization_id, occurred_at desc, id)`);
  }
}
