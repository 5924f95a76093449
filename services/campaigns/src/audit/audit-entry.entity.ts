import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** One change made by a console user or a key, as the gateway saw it. */
@Entity({ tableName: 'audit_entry' })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  /** The identity subject, such as account:<id> or api_key:<id>. */
  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text' })
  actorKind!: string;

  /** Operation name, or the mutation fields when the operation has none. */
  @Property({ type: 'text' })
  operation!: string;

  /** Root mutation fields called. Variables are not kept: they may hold personal data. */
  @Property({ type: 'json' })
  fields!: string[];

  @Property({ type: 'text' })
  outcome!: 'succeeded' | 'failed';

  @Property({ type: 'json' })
  errorCodes: string[] = [];

  @Property({ type: 'text', nullable: true })
  clientAddress?: string | null;

  @Property({ type: 'text', nullable: true })
  requestId?: string | null;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;
}
