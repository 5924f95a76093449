import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { MessageProducer, OutgoingMessage } from '../kafka/kafka.adapter.js';

interface PendingRow {
  id: string;
  topic: string;
  message_key: string;
  event: unknown;
}

export interface OutboxRelayOptions {
  batchSize?: number;
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
  private readonly pollIntervalMs: number;
  private readonly retentionHours: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly producer: MessageProducer,
    private readonly logger: Logger,
    options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
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
      let relayed: number;
      do {
        relayed = await this.relayBatch();
      } while (relayed === this.batchSize && !this.stopped);
      await this.cleanup();
    } catch (err) {
      this.logger.error({ err }, 'outbox relay pass failed; retrying on the next pass');
    }
  }

  private async relayBatch(): Promise<number> {
    return this.orm.em.fork().transactional(async (em) => {
      const rows = await em.execute<PendingRow[]>(
        `select id, topic, message_key, event from outbox_message
          where published_at is null order by sequence limit ? for update skip locked`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;

      const byTopic = new Map<string, OutgoingMessage[]>();
      for (const row of rows) {
        const messages = byTopic.get(row.topic) ?? [];
        messages.push({
          key: row.message_key,
          value: typeof row.event === 'string' ? row.event : JSON.stringify(row.event),
          headers: { 'content-type': 'application/cloudevents+json; charset=utf-8' },
        });
        byTopic.set(row.topic, messages);
      }
      for (const [topic, messages] of byTopic) {
        await this.producer.send(topic, messages);
      }
      await em.execute(`update outbox_message set published_at = now() where id in (?)`, [
        rows.map((row) => row.id),
      ]);
      this.logger.debug({ count: rows.length }, 'relayed outbox messages');

      return rows.length;
    });
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
