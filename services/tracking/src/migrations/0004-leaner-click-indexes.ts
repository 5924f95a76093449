import { Migration } from '@mikro-orm/migrations';

/**
 * Drops the click index on (campaign_id, classification). Every campaign
 * query it served aggregates all of a campaign's clicks, which the
 * (campaign_id, clicked_at) index serves as well, and each click insert
 * maintained one index more than the queries need.
 */
export class LeanerClickIndexes extends Migration {
  override name = '0004-leaner-click-indexes';

  override up(): void {
    this.addSql(`drop index if exists click_campaign_idx`);
  }

  override down(): void {
    this.addSql(`create index if not exists click_campaign_idx on click (campaign_id, classification)`);
  }
}
