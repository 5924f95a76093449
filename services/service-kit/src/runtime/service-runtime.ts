import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { EventConsumer, type EventConsumerOptions } from '../events/event-consumer.js';
import { KafkaAdapter, type MessageProducer } from '../kafka/kafka.adapter.js';
import { migrate } from '../database/orm.js';
import { Outbox } from '../outbox/outbox.js';
import { Topics } from '../events/topics.js';
import { OutboxRelay } from '../outbox/outbox-relay.js';

export interface RuntimeConnections {
  kafka: KafkaAdapter;
  producer: MessageProducer;
  relay: OutboxRelay;
  consumers: EventConsumer[];
}

/**
 * The resources a service's providers share: the ORM, the outbox and, once
 * connected, the Kafka producer and relay. Schema printing uses a runtime
 * that never connects.
 */
export class ServiceRuntime {
  readonly outbox: Outbox;
  private connections?: RuntimeConnections;

  constructor(
    readonly name: string,
    readonly schema: string,
    readonly orm: MikroORM,
    readonly logger: Logger,
  ) {
    this.outbox = new Outbox(`/alg/${name}`);
  }

  /** Returns a fresh EntityManager for one request or job. */
  em(): EntityManager {
    return this.orm.em.fork();
  }

  /** Runs work in one transaction, then wakes the relay to publish what it wrote to the outbox. */
  async transactional<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.orm.em.fork().transactional(work);
    this.connections?.relay.wake();

    return result;
  }

  /** Applies migrations, connects the producer, starts the relay and the consumers. */
  async connect(
    brokers: string[],
    consumers: Pick<EventConsumerOptions, 'name' | 'topics' | 'handlers' | 'applyBatch' | 'maxBatchEvents'>[],
    groupPrefix = 'alg',
    topicPrefix = '',
  ) {
    await migrate(this.orm, this.schema, this.logger);
    const kafka = new KafkaAdapter({ clientId: `alg-${this.name}`, brokers, logger: this.logger, topicPrefix });
    await kafka.ensureTopics(Object.values(Topics));
    const producer = await kafka.createProducer();
    const relay = new OutboxRelay(this.orm, producer, this.logger.child({ component: 'outbox-relay' }));
    this.connections = { kafka, producer, relay, consumers: [] };
    relay.start();

    for (const spec of consumers) {
      const consumer = new EventConsumer(
        this.orm,
        await kafka.createConsumer(`${groupPrefix}.${this.name}.${spec.name}`),
        producer,
        this.logger.child({ component: 'consumer', consumer: spec.name }),
        { ...spec, name: `${this.name}.${spec.name}`, afterCommit: () => relay.wake() },
      );
      await consumer.start();
      this.connections.consumers.push(consumer);
    }

    return this.connections;
  }

  get kafka(): KafkaAdapter | undefined {
    return this.connections?.kafka;
  }

  async close(): Promise<void> {
    const connections = this.connections;
    if (connections) {
      for (const consumer of connections.consumers) await consumer.stop();
      await connections.relay.stop();
      await connections.producer.disconnect();
    }
    await this.orm.close();
  }
}
