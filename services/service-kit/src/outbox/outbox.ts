import type { EntityManager } from '@mikro-orm/postgresql';
import { queryBound } from '../database/bound-query.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { MAX_MESSAGE_BYTES } from '../kafka/kafka.adapter.js';
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
    const event = this.eventOf(entry);
    checkSize(entry.type, JSON.stringify(event), event.data);
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

  /**
   * Inserts the event now with its JSON as a bound parameter, for large events such as click batches,
   * which add() would send escaped inside the SQL text. The row comes before rows add() queued in the
   * same transaction, because those are inserted at the flush.
   */
  async write<T extends EventType>(em: EntityManager, entry: OutboxEntry<T>): Promise<string> {
    const event = this.eventOf(entry);
    const json = JSON.stringify(event);
    checkSize(entry.type, json, event.data);
    await queryBound(
      em,
      `insert into outbox_message (id, topic, message_key, event, created_at) values ($1, $2, $3, $4::jsonb, $5)`,
      [event.id, topicOf(entry.type), entry.key, json, event.time],
    );

    return event.id;
  }

  private eventOf<T extends EventType>(entry: OutboxEntry<T>) {
    return createCloudEvent({
      source: this.source,
      type: entry.type,
      organizationId: entry.organizationId,
      subject: entry.subject,
      data: validatePayload(entry.type, entry.data),
    });
  }
}

/**
 * Compact JSON bytes an event may take. The relay sends PostgreSQL's text form of the jsonb column,
 * which adds a space after every `:` and `,`, at most 1.5 times the compact size, and it must stay
 * within MAX_MESSAGE_BYTES.
 */
export const MAX_EVENT_BYTES = Math.floor(MAX_MESSAGE_BYTES / 1.5);

/**
 * Rejects an event that Kafka would refuse, so that the change fails with a clear error instead of
 * committing a row that the relay can never publish.
 */
function checkSize(type: EventType, json: string, data: unknown): void {
  const bytes = Buffer.byteLength(json);
  if (bytes <= MAX_EVENT_BYTES) return;
  const longest = longestText(data, 'data');
  const field = longest ? ` Its longest text is ${longest.path} (${longest.length} characters).` : '';
  throw new DomainError(
    ErrorCode.badUserInput,
    `The ${type} event would be ${bytes} bytes, over the ${MAX_EVENT_BYTES} bytes that an event may take; shorten its text fields.${field}`,
    { eventType: type, bytes, field: longest?.path ?? null },
  );
}

/** Finds the longest string in a payload, with its path such as `data.teams[2].name`. */
function longestText(value: unknown, path: string): { path: string; length: number } | null {
  if (typeof value === 'string') return { path, length: value.length };
  let children: [string, unknown][] = [];
  if (Array.isArray(value)) {
    children = value.map((item, index) => [`${path}[${index}]`, item]);
  } else if (value !== null && typeof value === 'object') {
    children = Object.entries(value).map(([name, item]) => [`${path}.${name}`, item]);
  }
  let longest: { path: string; length: number } | null = null;
  for (const [childPath, child] of children) {
    const found = longestText(child, childPath);
    if (found && (!longest || found.length > longest.length)) longest = found;
  }

  return longest;
}
