import type { EntityManager } from '@mikro-orm/postgresql';
import { createCloudEvent } from '../events/envelope.js';
import { type EventPayload, type EventType, topicOf, validatePayload } from '../events/catalogue.js';
import { OutboxMessage } from './outbox-message.entity.js';

export interface OutboxEntry<T extends EventType> {
  type: T;
  organizationId: string;
  /** Kafka message key: the participant id where one is involved, so its events stay in order. */
  key: string;
  subject?: string;
  data: EventPayload<T>;
}

/**
 * Writes validated CloudEvents into the outbox table through the caller's
 * EntityManager, so they commit or roll back with the state change.
 */
export class Outbox {
  constructor(private readonly source: string) {}

  add<T extends EventType>(em: EntityManager, entry: OutboxEntry<T>): string {
    const data = validatePayload(entry.type, entry.data);
    const event = createCloudEvent({
      source: this.source,
      type: entry.type,
      organizationId: entry.organizationId,
      subject: entry.subject,
      data,
    });
    const message = em.create(OutboxMessage, {
      id: event.id,
      topic: topicOf(entry.type),
      key: entry.key,
      event,
      createdAt: new Date(event.time),
    });
    em.persist(message);

    return event.id;
  }
}
