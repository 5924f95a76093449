import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * An event a consumer has applied. The row is inserted in the transaction of
 * the event's effect, so a redelivered event finds it and changes nothing.
 */
@Entity({ tableName: 'processed_event' })
export class ProcessedEvent {
  @PrimaryKey({ type: 'text' })
  consumer!: string;

  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'timestamptz' })
  processedAt: Date = new Date();
}
