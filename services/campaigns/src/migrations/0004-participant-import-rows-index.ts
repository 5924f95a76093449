import { Migration } from '@mikro-orm/migrations';

/** Finds the import rows of one participant, for the data export, without reading every row. */
export class ParticipantImportRowsIndex extends Migration {
  override name = '0004-participant-import-rows-index';

  override up(): void {
    this.addSql(`create index participant_import_row_participant_idx
      on participant_import_row (participant_id) where participant_id is not null`);
  }
}
