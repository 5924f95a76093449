/**
 * The only module that imports kafkajs. kafkajs 2.2.4 has had no release
 * since 2023, so every other file talks to Kafka through these types and a
 * replacement client needs changes here alone.
 *
 * NOTE: kafkajs 2.2.4 passes a negative delay to setTimeout in its request queue when no broker
 * throttling is in effect, so Node 24 prints one TimeoutNegativeWarning per process. It is harmless.
 */
import {
  type Consumer,
  type EachBatchPayload,
  type EachMessagePayload,
  type KafkaMessage,
  Kafka,
  logLevel,
  type LogEntry,
  Partitioners,
  type Producer,
} from 'kafkajs';
import type { Logger } from 'pino';

export interface OutgoingMessage {
  key: string;
  value: string;
  headers?: Record<string, string>;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

export interface MessageProducer {
  /**
   * Sends the messages in order, in as many Kafka requests as needed to keep each under
   * MAX_REQUEST_BYTES. When a later request fails, the earlier ones stay sent, so a retry
   * of the whole list delivers those twice; consumers deduplicate by event id.
   */
  send(topic: string, messages: OutgoingMessage[]): Promise<void>;
  disconnect(): Promise<void>;
}

export interface MessageConsumer {
  /** Calls the handler for each message; the offset commits after it returns. */
  run(topics: string[], handler: (message: IncomingMessage) => Promise<void>): Promise<void>;
  /**
   * Calls the handler with the messages of each fetched batch of one partition, in order; the offsets
   * commit after it returns. A handler that takes long calls heartbeat between parts of its work.
   */
  runBatches(topics: string[], handler: (messages: IncomingMessage[], heartbeat?: () => Promise<void>) => Promise<void>): Promise<void>;
  disconnect(): Promise<void>;
}

export interface KafkaOptions {
  clientId: string;
  brokers: string[];
  logger: Logger;
  /**
   * Put before every topic name on the wire, so that stacks sharing a
   * broker (parallel test runs) never read each other's events. Callers use
   * the unprefixed names of the catalogue throughout.
   */
  topicPrefix?: string;
}

/**
 * Bytes of messages per produce request. Kafka rejects a record batch over the topic's
 * max.message.bytes, 1 MiB by default, and a request carries one batch per partition.
 */
export const MAX_REQUEST_BYTES = 900_000;

/** Bytes of one message sent alone, just under Kafka's default 1 MiB record batch with its framing. */
export const MAX_MESSAGE_BYTES = 1_000_000;

/** Size of a message on the wire, without the few bytes of record framing. */
function messageBytes(message: OutgoingMessage): number {
  let bytes = Buffer.byteLength(message.key) + Buffer.byteLength(message.value);
  for (const [name, value] of Object.entries(message.headers ?? {})) bytes += Buffer.byteLength(name) + Buffer.byteLength(value);

  return bytes;
}

/** Splits items, in order, into runs whose sizes add up to at most `limit`. An item over the limit is a run of its own. */
export function chunksWithin<T>(items: readonly T[], limit: number, sizeOf: (item: T) => number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let total = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (chunk.length > 0 && total + size > limit) {
      chunks.push(chunk);
      chunk = [];
      total = 0;
    }
    chunk.push(item);
    total += size;
  }
  if (chunk.length > 0) chunks.push(chunk);

  return chunks;
}

const levelNames: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

export class KafkaAdapter {
  private readonly kafka: Kafka;
  private readonly prefix: string;

  constructor(private readonly options: KafkaOptions) {
    this.prefix = options.topicPrefix ?? '';
    const kafkaLogger = options.logger.child({ component: 'kafkajs' });
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      retry: { initialRetryTime: 200, retries: 8 },
      logCreator: () => (entry: LogEntry) => {
        const { message, ...rest } = entry.log;
        kafkaLogger[levelNames[entry.level] ?? 'info']({ ...rest, namespace: entry.namespace }, message);
      },
    });
  }

  async createProducer(): Promise<MessageProducer> {
    const producer: Producer = this.kafka.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      allowAutoTopicCreation: false,
      idempotent: true,
      maxInFlightRequests: 1,
    });
    await producer.connect();

    return {
      send: async (topic, messages) => {
        for (const chunk of chunksWithin(messages, MAX_REQUEST_BYTES, messageBytes)) {
          await producer.send({ topic: this.prefix + topic, acks: -1, messages: chunk });
        }
      },
      disconnect: () => producer.disconnect(),
    };
  }

  /** Creates the topics that do not exist yet (with the prefix), and waits for their leaders. */
  async ensureTopics(topics: string[], partitions = 3): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = topics.map((topic) => this.prefix + topic).filter((topic) => !existing.has(topic));
      if (missing.length === 0) return;
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
      });
      this.options.logger.info({ topics: missing }, 'created Kafka topics');
    } finally {
      await admin.disconnect();
    }
  }

  async createConsumer(groupId: string): Promise<MessageConsumer> {
    const consumer: Consumer = this.kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      maxWaitTimeInMs: 100,
    });
    const log = this.options.logger.child({ component: 'consumer', groupId });
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      log.info(
        { memberId: event.payload.memberId, assignment: event.payload.memberAssignment },
        'joined consumer group',
      );
    });
    consumer.on(consumer.events.REBALANCING, () => log.info('consumer group is rebalancing'));
    consumer.on(consumer.events.CRASH, (event) => {
      log.error({ err: event.payload.error, restart: event.payload.restart }, 'consumer crashed');
    });
    await consumer.connect();

    const incoming = (topic: string, partition: number, message: KafkaMessage): IncomingMessage => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(message.headers ?? {})) {
        if (value !== undefined) headers[name] = value.toString();
      }

      return {
        topic: topic.slice(this.prefix.length),
        partition,
        offset: message.offset,
        key: message.key?.toString() ?? null,
        value: message.value?.toString() ?? null,
        headers,
      };
    };
    const subscribe = (topics: string[]) =>
      consumer.subscribe({ topics: topics.map((topic) => this.prefix + topic), fromBeginning: true });

    return {
      run: async (topics, handler) => {
        await subscribe(topics);
        await consumer.run({
          autoCommit: true,
          eachMessage: async ({ topic, partition, message }: EachMessagePayload) => {
            await handler(incoming(topic, partition, message));
          },
        });
      },
      runBatches: async (topics, handler) => {
        await subscribe(topics);
        await consumer.run({
          autoCommit: true,
          // Resolved by hand, because kafkajs would otherwise resolve a batch left unhandled.
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload) => {
            // A stale batch is one the group seeked away from, for example in a rebalance.
            if (!isRunning() || isStale() || batch.messages.length === 0) return;
            await handler(
              batch.messages.map((message) => incoming(batch.topic, batch.partition, message)),
              heartbeat,
            );
            resolveOffset(batch.messages[batch.messages.length - 1]!.offset);
            await heartbeat();
          },
        });
      },
      disconnect: () => consumer.disconnect(),
    };
  }
}
