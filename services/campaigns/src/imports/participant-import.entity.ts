import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { ColumnMapping } from './column-mapping.js';

export interface RejectedRow {
  record: number;
  line: number;
  reason: string;
}

export const importStatuses = ['running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];

export const importFormats = ['csv', 'json'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** One run of a participant import and its progress and outcome counts. */
@Entity({ tableName: 'participant_import' })
export class ParticipantImport {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  ecosystemId!: string;

  /** Set when each row is also a completion moment of this campaign. */
  @Property({ type: 'uuid', nullable: true })
  campaignId?: string | null;

  @Property({ type: 'text', nullable: true })
  completionKind?: string | null;

  @Property({ type: 'text' })
  preset!: string;

  @Property({ type: 'text' })
  format: ImportFormat = 'csv';

  /** The delimiter given or detected, for CSV. */
  @Property({ type: 'text', nullable: true })
  delimiter?: string | null;

  @Property({ type: 'json', nullable: true })
  mapping?: ColumnMapping | null;

  @Property({ type: 'text', nullable: true })
  fileName?: string | null;

  /** SHA-256 of the file, to recognise a file imported before. */
  @Property({ type: 'text', nullable: true })
  contentSha256?: string | null;

  @Property({ type: 'text' })
  status: ImportStatus = 'running';

  @Property({ type: 'bigint', runtimeType: 'number' })
  bytesRead = 0;

  /** Size of the upload when the client announced it. */
  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  totalBytes?: number | null;

  @Property({ type: 'integer' })
  rowCount = 0;

  @Property({ type: 'integer' })
  createdCount = 0;

  @Property({ type: 'integer' })
  mergedCount = 0;

  @Property({ type: 'integer' })
  rejectedCount = 0;

  @Property({ type: 'integer' })
  skippedCount = 0;

  /** The first rejected rows, for the report; every row is in participant_import_row. */
  @Property({ type: 'json' })
  rejectedRows: RejectedRow[] = [];

  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Property({ type: 'timestamptz' })
  startedAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
