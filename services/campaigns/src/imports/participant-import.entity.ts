import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export interface RejectedRow {
  record: number;
  line: number;
  reason: string;
}

/** One run of a participant import and its per-row outcome. */
@Entity({ tableName: 'participant_import' })
export class ParticipantImport {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  ecosystemId!: string;

  @Property({ type: 'text' })
  preset!: string;

  @Property({ type: 'text' })
  status: 'running' | 'completed' | 'failed' = 'running';

  @Property({ type: 'integer' })
  rowCount = 0;

  @Property({ type: 'integer' })
  createdCount = 0;

  @Property({ type: 'integer' })
  mergedCount = 0;

  @Property({ type: 'integer' })
  rejectedCount = 0;

  @Property({ type: 'json' })
  rejectedRows: RejectedRow[] = [];

  @Property({ type: 'timestamptz' })
  startedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date;
}
