import {
  createCloudEvent,
  type EventPayload,
  type Logger,
  type MessageProducer,
  type OutgoingMessage,
  Topics,
  validatePayload,
} from '@alg/service-kit';

export type QueuedClick = EventPayload<'click.batch-received'>['clicks'][number];

export interface ClickQueueOptions {
  flushIntervalMs?: number;
  /** Clicks per `click.batch-received` event. */
  batchSize?: number;
  /** Past this many unsent clicks, new clicks are dropped and counted. */
  maxBuffered?: number;
  /** Partition keys clicks are spread over; all clicks of one code share one key, so they stay in order. */
  buckets?: number;
}

interface Pending {
  organizationId: string;
  click: QueuedClick;
}

/** FNV-1a of a link code, for choosing its bucket. */
function bucketOf(code: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < code.length; index++) {
    hash ^= code.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }

  return (hash >>> 0) % buckets;
}

/**
 * Buffers clicks from the redirect and sends them to Kafka as
 * `click.batch-received` events, so a redirect never waits for Kafka and
 * the intake stores many clicks per transaction. Clicks of one link code
 * travel under the same key, so from one instance they reach the intake in
 * the order the redirect sent them. A failed send is kept and retried;
 * past maxBuffered unsent clicks, new clicks are dropped and counted.
 */
export class ClickQueue {
  private buffer: Pending[] = [];
  private timer?: NodeJS.Timeout;
  private sending?: Promise<void>;
  private droppedCount = 0;
  private sentCount = 0;
  private draining = false;
  private readonly producer: MessageProducer;
  private readonly logger: Logger;
  private readonly flushIntervalMs: number;
  private readonly batchSize: number;
  private readonly maxBuffered: number;
  private readonly buckets: number;

  constructor(producer: MessageProducer, logger: Logger, options: ClickQueueOptions = {}) {
    this.producer = producer;
    this.logger = logger;
    this.flushIntervalMs = options.flushIntervalMs ?? 50;
    this.batchSize = options.batchSize ?? 1_000;
    this.maxBuffered = options.maxBuffered ?? 200_000;
    this.buckets = options.buckets ?? 4;
  }

  enqueue(organizationId: string, click: QueuedClick): void {
    // Dropping the newest click keeps a full buffer O(1) per redirect; shifting the
    // oldest out of a 200,000-element array would copy it on every click.
    if (this.buffer.length >= this.maxBuffered) {
      this.droppedCount++;
      if (this.droppedCount % 1_000 === 1) {
        this.logger.error({ dropped: this.droppedCount, buffered: this.buffer.length }, 'click buffer full; dropping new clicks');
      }
    } else {
      this.buffer.push({ organizationId, click });
    }
    this.flushSoon(this.flushIntervalMs);
  }

  get pending(): number {
    return this.buffer.length;
  }

  get sent(): number {
    return this.sentCount;
  }

  get dropped(): number {
    return this.droppedCount;
  }

  private flushSoon(delayMs: number): void {
    if (this.sending || this.timer || this.draining) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sending = this.flush().finally(() => {
        this.sending = undefined;
        if (this.buffer.length > 0) this.flushSoon(this.flushIntervalMs);
      });
    }, delayMs);
  }

  /** Groups clicks by organization and bucket, in arrival order, into events of at most batchSize clicks. */
  private messagesOf(batch: Pending[]): OutgoingMessage[] {
    const groups = new Map<string, { organizationId: string; bucket: number; clicks: QueuedClick[] }[]>();
    for (const { organizationId, click } of batch) {
      const bucket = bucketOf(click.code, this.buckets);
      const groupKey = `${organizationId}/${bucket}`;
      let chunks = groups.get(groupKey);
      if (!chunks) groups.set(groupKey, (chunks = []));
      let chunk = chunks[chunks.length - 1];
      if (!chunk || chunk.clicks.length >= this.batchSize) chunks.push((chunk = { organizationId, bucket, clicks: [] }));
      chunk.clicks.push(click);
    }

    return [...groups.values()].flat().map((chunk) => {
      const event = createCloudEvent({
        source: '/alg/tracking/redirect',
        type: 'click.batch-received',
        organizationId: chunk.organizationId,
        subject: `clicks-${chunk.bucket}`,
        data: validatePayload('click.batch-received', { clicks: chunk.clicks }),
      });

      return { key: `clicks-${chunk.bucket}`, value: JSON.stringify(event) };
    });
  }

  private async flush(): Promise<void> {
    const batch = this.buffer.splice(0, this.batchSize * this.buckets);
    if (batch.length === 0) return;
    try {
      await this.producer.send(Topics.clickIntake, this.messagesOf(batch));
      this.sentCount += batch.length;
    } catch (err) {
      this.buffer.unshift(...batch);
      this.logger.warn({ err, pending: this.buffer.length }, 'sending clicks to Kafka failed; retrying');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  /** Sends everything still buffered; used at shutdown. */
  async drain(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    this.draining = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    while ((this.buffer.length > 0 || this.sending) && Date.now() < deadline) {
      await (this.sending ?? this.flush());
    }
    if (this.buffer.length > 0) {
      this.logger.error({ pending: this.buffer.length }, 'clicks left unsent at shutdown');
    }
  }
}
