import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export const rowOutcomes = ['created', 'merged', 'rejected', 'skipped'] as const;
export type RowOutcome = (typeof rowOutcomes)[number];

/** The outcome of one record of an import. */
@Entity({ tableName: 'participant_import_row' })
export class ImportRow {
  @PrimaryKey({ type: 'uuid' })
  importId!: string;

  /** Record number, 1 for the first data record. */
  @PrimaryKey({ type: 'integer' })
  record!: number;

  /** Physical line where the record starts. */
  @Property({ type: 'integer' })
  line!: number;

  @Property({ type: 'text' })
  outcome!: RowOutcome;

  @Property({ type: 'uuid', nullable: true })
  participantId?: string | null;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
