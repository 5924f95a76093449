import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { queryBound } from '../database/bound-query.js';
import { Topics } from '../events/topics.js';
import { chunksWithin, MAX_MESSAGE_BYTES, type MessageProducer, type OutgoingMessage } from '../kafka/kafka.adapter.js';

interface PendingRow {
  id: string;
  topic: string;
  message_key: string;
  /** The event as JSON text, so that the relay neither parses nor serializes it. */
  event: string;
}

export interface OutboxRelayOptions {
  /** Rows locked and published per transaction, at most. */
  batchSize?: number;
  /** Stored bytes of events read per transaction, so that a backlog of click batches is not loaded 500 at a time. */
  maxReadBytes?: number;
  /** Polling interval when nobody calls wake(), in milliseconds. */
  pollIntervalMs?: number;
  /** Published rows older than this are deleted, in hours. */
  retentionHours?: number;
}

/**
 * Relays committed outbox rows to Kafka in commit order and marks them
 * published. A row is marked only after Kafka acknowledged it, so a crash in
 * between publishes it again (at-least-once); consumers deduplicate by event
 * id. NOTE: one relay per service instance; with several instances, SKIP
 * LOCKED keeps them from sending a row twice at once but the order across
 * instances is no longer the commit order.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private wakeRequested = false;
  private stopped = false;
  private lastCleanup = 0;
  private readonly batchSize: number;
  private readonly maxReadBytes: number;
  private readonly pollIntervalMs: number;
  private readonly retentionHours: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly producer: MessageProducer,
    private readonly logger: Logger,
    options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.maxReadBytes = options.maxReadBytes ?? 4_000_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.retentionHours = options.retentionHours ?? 24;
  }

  start(): void {
    this.logger.info({ pollIntervalMs: this.pollIntervalMs }, 'outbox relay started');
    this.schedule(0);
  }

  /** Asks for a relay pass now, typically right after a commit. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.logger.info('outbox relay stopped');
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.pass().finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        const again = this.wakeRequested;
        this.wakeRequested = false;
        this.schedule(again ? 0 : this.pollIntervalMs);
      });
    }, delayMs);
  }

  private async pass(): Promise<void> {
    try {
      let more: boolean;
      do {
        more = await this.relayBatch();
      } while (more && !this.stopped);
      await this.cleanup();
    } catch (err) {
      this.logger.error({ err }, 'outbox relay pass failed; retrying on the next pass');
    }
  }

  /** Publishes the oldest pending rows that fit the read budget, and returns whether more may be waiting. */
  private async relayBatch(): Promise<boolean> {
    return this.orm.em.fork().transactional(async (em) => {
      // pg_column_size reads the stored (compressed) size without loading the event.
      const pending = await em.execute<{ id: string; stored_bytes: number }[]>(
        `select id, pg_column_size(event) as stored_bytes from outbox_message
          where published_at is null order by sequence limit ? for update skip locked`,
        [this.batchSize],
      );
      if (pending.length === 0) return false;
      const ids = chunksWithin(pending, this.maxReadBytes, (row) => Number(row.stored_bytes))[0]!.map((row) => row.id);
      const rows = await queryBound<PendingRow>(
        em,
        `select id, topic, message_key, event::text as event from outbox_message
          where id = any($1::uuid[]) order by sequence`,
        [ids],
      );

      const byTopic = new Map<string, OutgoingMessage[]>();
      for (const row of rows) {
        const bytes = Buffer.byteLength(row.event);
        if (bytes > MAX_MESSAGE_BYTES) {
          await this.setAside(row, bytes);
          continue;
        }
        const messages = byTopic.get(row.topic) ?? [];
        messages.push({
          key: row.message_key,
          value: row.event,
          headers: { 'content-type': 'application/cloudevents+json; charset=utf-8' },
        });
        byTopic.set(row.topic, messages);
      }
      // The producer splits each topic's messages into requests that Kafka accepts.
      for (const [topic, messages] of byTopic) {
        await this.producer.send(topic, messages);
      }
      await queryBound(em, `update outbox_message set published_at = now() where id = any($1::uuid[])`, [ids]);
      this.logger.debug({ count: rows.length }, 'relayed outbox messages');

      return ids.length < pending.length || pending.length === this.batchSize;
    });
  }

  /**
   * Reports a row too large for Kafka to the dead-letter topic, with its id, and lets the relay
   * move past it: Outbox rejects such events, so only rows written by other means get here. The row
   * stays in outbox_message until the retention deletes it.
   */
  private async setAside(row: PendingRow, bytes: number): Promise<void> {
    const reason = `outbox event of ${bytes} bytes is over the ${MAX_MESSAGE_BYTES} bytes Kafka takes; it stays in outbox_message for ${this.retentionHours} h`;
    this.logger.error({ outboxId: row.id, topic: row.topic, bytes }, 'outbox event too large for Kafka; dead-lettered without its body');
    await this.producer.send(Topics.deadLetter, [
      {
        key: row.id,
        value: JSON.stringify({ outboxId: row.id, topic: row.topic, key: row.message_key, bytes }),
        headers: { 'dead-letter-reason': reason, 'dead-letter-source': `outbox_message/${row.id}` },
      },
    ]);
  }

  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 60_000) return;
    this.lastCleanup = Date.now();
    await this.orm.em
      .fork()
      .execute(
        `delete from outbox_message where published_at < now() - make_interval(hours => ?)`,
        [this.retentionHours],
      );
  }
}
