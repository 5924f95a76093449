import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * An event waiting to be relayed to Kafka. It is written in the same
 * transaction as the state change that caused it. The table also has a
 * `sequence` column, filled by the database, that orders the relay.
 */
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  topic!: string;

  @Property({ type: 'text', fieldName: 'message_key' })
  key!: string;

  @Property({ type: 'json' })
  event!: object;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date;
}
