import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { queryBound } from '../database/bound-query.js';
import type { IncomingMessage, MessageConsumer, MessageProducer } from '../kafka/kafka.adapter.js';
import { type CloudEvent, cloudEventSchema } from './envelope.js';
import { type EventPayload, type EventType, isEventType, validatePayload } from './catalogue.js';
import { Topics } from './topics.js';

export type EventHandler<T extends EventType> = (
  em: EntityManager,
  event: CloudEvent<EventPayload<T>>,
  log: Logger,
) => Promise<void>;

export type EventHandlers = { [T in EventType]?: EventHandler<T> };

/** Applies several events in one transaction, with the same effect as their handlers one after another. */
export type BatchEventHandler = (em: EntityManager, events: CloudEvent[], log: Logger) => Promise<void>;

export interface EventConsumerOptions {
  /** Consumer group id; also the key of the processed-event records. */
  name: string;
  topics: string[];
  handlers: EventHandlers;
  /** Attempts before a message goes to the dead-letter topic. */
  maxAttempts?: number;
  /** Called after each transaction that applied an event, for example to wake the outbox relay. */
  afterCommit?: () => void;
  /**
   * Function that applies many events at once. With it, the consumer reads batches, and the events
   * of each fetched batch that have a handler go through it, up to maxBatchEvents per transaction.
   * A batch that fails is applied again one event at a time through the handlers, with their
   * retries and dead letters.
   */
  applyBatch?: BatchEventHandler;
  /** Events per transaction in batch mode. */
  maxBatchEvents?: number;
}

/** A message that can never be processed; retrying it would not help. */
class PermanentEventError extends Error {}

/**
 * Applies events from Kafka exactly once per event id. Each handler runs in
 * a transaction that also inserts the (consumer, event id) record, so a
 * redelivery of an applied event is skipped. A failing event is retried with
 * backoff and then published to the dead-letter topic with the reason, after
 * which the consumer moves on. With applyBatch, many events share one
 * transaction and one insert of their processed-event records.
 */
export class EventConsumer {
  private readonly maxAttempts: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly consumer: MessageConsumer,
    private readonly deadLetters: MessageProducer,
    private readonly logger: Logger,
    private readonly options: EventConsumerOptions,
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
  }

  async start(): Promise<void> {
    if (this.options.applyBatch) {
      await this.consumer.runBatches(this.options.topics, (messages, heartbeat) => this.handleBatch(messages, heartbeat));
    } else {
      await this.consumer.run(this.options.topics, (message) => this.handleMessage(message));
    }
    this.logger.info({ consumer: this.options.name, topics: this.options.topics }, 'consumer started');
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  private async handleMessage(message: IncomingMessage): Promise<void> {
    const position = { topic: message.topic, partition: message.partition, offset: message.offset };
    const event = await this.parseOrDeadLetter(message);
    if (!event) return;

    const handler = this.options.handlers[event.type as EventType] as EventHandler<EventType> | undefined;
    if (!handler) return;

    const log = this.logger.child({ eventId: event.id, eventType: event.type, ...position });
    for (let attempt = 1; ; attempt++) {
      try {
        const applied = await this.apply(event, handler, log);
        if (applied) this.options.afterCommit?.();
        return;
      } catch (err) {
        const permanent = err instanceof PermanentEventError;
        if (permanent || attempt >= this.maxAttempts) {
          log.error({ err, attempt }, 'event failed; sending it to the dead-letter topic');
          await this.deadLetter(message, (err as Error).message, event.id);
          return;
        }
        const delayMs = Math.min(5_000, 100 * 2 ** (attempt - 1));
        log.warn({ err, attempt, delayMs }, 'event failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  }

  private async handleBatch(messages: IncomingMessage[], heartbeat?: () => Promise<void>): Promise<void> {
    const size = this.options.maxBatchEvents ?? 500;
    for (let start = 0; start < messages.length; start += size) {
      await this.handleChunk(messages.slice(start, start + size), heartbeat);
      await heartbeat?.();
    }
  }

  /** Applies the chunk's events in one transaction, or one by one when that transaction fails. */
  private async handleChunk(messages: IncomingMessage[], heartbeat?: () => Promise<void>): Promise<void> {
    const accepted: { message: IncomingMessage; event: CloudEvent }[] = [];
    for (const message of messages) {
      const event = await this.parseOrDeadLetter(message);
      if (event && this.options.handlers[event.type as EventType]) accepted.push({ message, event });
    }
    if (accepted.length === 0) return;

    const first = accepted[0]!.message;
    const log = this.logger.child({ topic: first.topic, partition: first.partition, firstOffset: first.offset, events: accepted.length });
    try {
      const applied = await this.applyMany(accepted.map((entry) => entry.event), log);
      if (applied) this.options.afterCommit?.();
    } catch (err) {
      log.warn({ err }, 'event batch failed; applying its events one at a time');
      for (const { message } of accepted) {
        await this.handleMessage(message);
        // Keeps the group membership alive while events are retried one at a time.
        await heartbeat?.();
      }
    }
  }

  /** Records the events as processed and applies those not applied before, in one transaction. */
  private async applyMany(events: CloudEvent[], log: Logger): Promise<boolean> {
    return this.orm.em.fork().transactional(async (em) => {
      const inserted = await queryBound<{ event_id: string }>(
        em,
        `insert into processed_event (consumer, event_id) select $1, unnest($2::uuid[])
          on conflict do nothing returning event_id`,
        [this.options.name, events.map((event) => event.id)],
      );
      const fresh = new Set(inserted.map((row) => row.event_id));
      // A redelivery can repeat an event inside one batch, so each id is applied once.
      const pending = events.filter((event) => fresh.delete(event.id));
      if (pending.length < events.length) log.debug({ skipped: events.length - pending.length }, 'events already applied; skipping');
      if (pending.length === 0) return false;
      await this.options.applyBatch!(em, pending, log);

      return true;
    });
  }

  /** Parses the message, or sends it to the dead-letter topic with the reason and returns null. */
  private async parseOrDeadLetter(message: IncomingMessage): Promise<CloudEvent | null> {
    try {
      return this.parse(message);
    } catch (err) {
      await this.deadLetter(message, (err as Error).message, undefined);

      return null;
    }
  }

  private parse(message: IncomingMessage): CloudEvent {
    if (message.value === null) throw new Error('message has no value');
    let json: unknown;
    try {
      json = JSON.parse(message.value);
    } catch {
      throw new Error('message value is not JSON');
    }
    const envelope = cloudEventSchema.safeParse(json);
    if (!envelope.success) {
      throw new Error(`message is not a valid CloudEvent: ${envelope.error.issues[0]?.message}`);
    }
    const event = envelope.data as CloudEvent;
    if (isEventType(event.type)) {
      event.data = validatePayload(event.type, event.data);
    }

    return event;
  }

  private async apply(
    event: CloudEvent,
    handler: EventHandler<EventType>,
    log: Logger,
  ): Promise<boolean> {
    return this.orm.em.fork().transactional(async (em) => {
      const inserted = await em.execute<{ event_id: string }[]>(
        `insert into processed_event (consumer, event_id) values (?, ?)
          on conflict do nothing returning event_id`,
        [this.options.name, event.id],
      );
      if (inserted.length === 0) {
        log.debug('event already applied; skipping');
        return false;
      }
      await handler(em, event as CloudEvent<never>, log);

      return true;
    });
  }

  private async deadLetter(message: IncomingMessage, reason: string, eventId?: string): Promise<void> {
    await this.deadLetters.send(Topics.deadLetter, [
      {
        key: message.key ?? eventId ?? `${message.topic}:${message.partition}:${message.offset}`,
        value: message.value ?? '',
        headers: {
          'dead-letter-reason': reason.slice(0, 1_000),
          'dead-letter-consumer': this.options.name,
          'dead-letter-source': `${message.topic}/${message.partition}/${message.offset}`,
        },
      },
    ]);
    this.logger.warn(
      { consumer: this.options.name, eventId, topic: message.topic, offset: message.offset, reason },
      'message dead-lettered',
    );
  }
}

export { PermanentEventError };
