import { Migration } from '@mikro-orm/migrations';
import { outboxTablesSql } from '@alg/service-kit';

export class InitialSchema extends Migration {
  override name = '0001-initial-schema';

  override up(): void {
    for (const statement of outboxTablesSql) this.addSql(statement);

    this.addSql(`create table participant_profile (
      participant_id uuid primary key,
      organization_id uuid not null,
      origin text not null,
      source_campaign_id uuid null,
      source_advocate_id uuid null,
      created_at timestamptz not null
    )`);
    this.addSql(`create table advocate_campaign_stats (
      organization_id uuid not null,
      campaign_id uuid not null,
      participant_id uuid not null,
      invited boolean not null default false,
      shares integer not null default 0,
      potential_reach bigint not null default 0,
      clicks integer not null default 0,
      unique_clicks integer not null default 0,
      conversions integer not null default 0,
      conversion_points double precision not null default 0,
      points double precision not null default 0,
      points_reached_at timestamptz null,
      primary key (campaign_id, participant_id)
    )`);
    this.addSql(`create index advocate_campaign_stats_rank_idx
      on advocate_campaign_stats (campaign_id, points desc, points_reached_at)`);
    this.addSql(`create table network_reach (
      campaign_id uuid not null,
      participant_id uuid not null,
      network text not null,
      network_size bigint not null,
      primary key (campaign_id, participant_id, network)
    )`);
    this.addSql(`create table advocate_score (
      organization_id uuid not null,
      participant_id uuid not null,
      points double precision not null default 0,
      shares integer not null default 0,
      unique_clicks integer not null default 0,
      conversions integer not null default 0,
      campaigns integer not null default 0,
      points_reached_at timestamptz null,
      primary key (organization_id, participant_id)
    )`);
    this.addSql(`create index advocate_score_rank_idx on advocate_score (organization_id, points desc, points_reached_at)`);
  }
}
