import { Migration } from '@mikro-orm/migrations';

/**
 * Finds one participant's shares, and the conversions of one person by
 * their key, for the data export and erasure without reading every row.
 */
export class ParticipantIndexes extends Migration {
  override name = '0003-participant-indexes';

  override up(): void {
    this.addSql(`create index share_participant_idx on share (organization_id, participant_id)`);
    this.addSql(`create index conversion_person_idx on conversion (organization_id, person_key)`);
  }
}
