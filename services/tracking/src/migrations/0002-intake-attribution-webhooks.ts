import { Migration } from '@mikro-orm/migrations';

/**
 * Network sizes on links, share sources for intent deduplication, the
 * attribution columns of conversions, webhook secrets and deliveries, and
 * the indexes behind the daily and per-advocate metrics.
 */
export class IntakeAttributionWebhooks extends Migration {
  override name = '0002-intake-attribution-webhooks';

  override up(): void {
    this.addSql(`alter table tracked_link add column network_size integer null check (network_size >= 0)`);
    this.addSql(`alter table tracked_link add constraint tracked_link_invitation_network_key unique (invitation_id, network)`);

    this.addSql(`alter table share add column link_code text null`);
    this.addSql(`alter table share add column source text not null default 'api' check (source in ('api', 'intent'))`);
    this.addSql(`update share s set link_code = l.code
                   from tracked_link l
                  where l.invitation_id = s.invitation_id and l.network = s.network`);
    this.addSql(`create index share_link_idx on share (link_code, shared_at)`);
    this.addSql(`create index share_campaign_time_idx on share (campaign_id, shared_at)`);

    this.addSql(`create index click_campaign_time_idx on click (campaign_id, clicked_at)`);
    this.addSql(`create index click_participant_idx on click (participant_id, campaign_id)`);
    this.addSql(`create index advocate_visitor_hash_idx on advocate_visitor (visitor_hash)`);

    this.addSql(`alter table conversion add column first_touch_click_id text null`);
    this.addSql(`alter table conversion add column touched_at timestamptz null`);
    this.addSql(`alter table conversion add column within_window boolean not null default true`);
    this.addSql(`alter table conversion add column visitor_hash text null`);
    this.addSql(`alter table conversion add column channel text not null default 'api'
                   check (channel in ('api', 'public', 'webhook', 'snippet'))`);
    this.addSql(`create index conversion_campaign_time_idx on conversion (campaign_id, converted_at)`);
    this.addSql(`create index conversion_advocate_idx on conversion (advocate_id, campaign_id)`);

    this.addSql(`create table webhook_secret (
      id uuid primary key,
      organization_id uuid not null,
      ciphertext text not null,
      hint text not null,
      created_at timestamptz not null,
      expires_at timestamptz null
    )`);
    this.addSql(`create index webhook_secret_organization_idx on webhook_secret (organization_id, created_at)`);
    this.addSql(`create table webhook_delivery (
      organization_id uuid not null,
      delivery_id text not null,
      received_at timestamptz not null,
      status integer null,
      response jsonb null,
      primary key (organization_id, delivery_id)
    )`);
    this.addSql(`create index webhook_delivery_received_idx on webhook_delivery (received_at)`);
  }
}
