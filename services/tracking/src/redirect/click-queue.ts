import {
  createCloudEvent,
  type EventPayload,
  type Logger,
  type MessageProducer,
  Topics,
  validatePayload,
} from '@alg/service-kit';

interface QueuedClick {
  organizationId: string;
  key: string;
  value: string;
}

/**
 * Buffers click events from the redirect and sends them to Kafka in
 * batches, so a redirect never waits for Kafka. A failed batch is kept and
 * retried; past maxBuffered clicks the oldest are dropped and counted.
 */
export class ClickQueue {
  private buffer: QueuedClick[] = [];
  private timer?: NodeJS.Timeout;
  private sending?: Promise<void>;
  private dropped = 0;

  constructor(
    private readonly producer: MessageProducer,
    private readonly logger: Logger,
    private readonly flushIntervalMs = 20,
    private readonly batchSize = 1_000,
    private readonly maxBuffered = 200_000,
  ) {}

  enqueue(organizationId: string, data: EventPayload<'click.received'>): void {
    const event = createCloudEvent({
      source: '/alg/tracking/redirect',
      type: 'click.received',
      organizationId,
      subject: data.code,
      data: validatePayload('click.received', data),
    });
    this.buffer.push({ organizationId, key: data.code, value: JSON.stringify(event) });
    if (this.buffer.length > this.maxBuffered) {
      this.buffer.shift();
      this.dropped++;
      if (this.dropped % 1_000 === 1) {
        this.logger.error({ dropped: this.dropped }, 'click buffer full; dropping the oldest clicks');
      }
    }
    if (this.buffer.length >= this.batchSize) this.flushSoon(0);
    else this.flushSoon(this.flushIntervalMs);
  }

  get pending(): number {
    return this.buffer.length;
  }

  private flushSoon(delayMs: number): void {
    if (this.sending) return;
    if (this.timer && delayMs > 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sending = this.flush().finally(() => {
        this.sending = undefined;
        if (this.buffer.length > 0) this.flushSoon(this.flushIntervalMs);
      });
    }, delayMs);
  }

  private async flush(): Promise<void> {
    const batch = this.buffer.splice(0, this.batchSize);
    if (batch.length === 0) return;
    try {
      await this.producer.send(
        Topics.clickIntake,
        batch.map((click) => ({ key: click.key, value: click.value })),
      );
    } catch (err) {
      this.buffer.unshift(...batch);
      this.logger.warn({ err, pending: this.buffer.length }, 'sending clicks to Kafka failed; retrying');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  /** Sends everything still buffered; used at shutdown. */
  async drain(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((this.buffer.length > 0 || this.sending) && Date.now() < deadline) {
      await (this.sending ?? this.flush());
    }
    if (this.buffer.length > 0) {
      this.logger.error({ pending: this.buffer.length }, 'clicks left unsent at shutdown');
    }
  }
}
