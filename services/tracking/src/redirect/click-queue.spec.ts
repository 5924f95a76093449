import { randomUUID } from 'node:crypto';
import { createLogger, type MessageProducer, type OutgoingMessage, validatePayload } from '@alg/service-kit';
import { ClickQueue, type QueuedClick } from './click-queue.js';

/** Stores what the queue sends, like the Kafka producer would; `failures` sends fail first. */
class RecordingProducer implements MessageProducer {
  readonly sends: { topic: string; messages: OutgoingMessage[] }[] = [];
  failures = 0;

  async send(topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('broker unavailable');
    }
    this.sends.push({ topic, messages });
  }

  async disconnect(): Promise<void> {}
}

const organizationId = randomUUID();
const logger = createLogger('click-queue-spec', 'silent');

function click(code: string, index: number): QueuedClick {
  return {
    clickId: `click${String(index).padStart(8, '0')}`,
    code,
    visitorHash: 'a'.repeat(64),
    previousVisitorHash: null,
    classification: 'human',
    method: 'GET',
    receivedAt: new Date(Date.UTC(2026, 10, 18, 14, 0, 0, index)).toISOString(),
  };
}

function sentClicks(producer: RecordingProducer): { key: string; clicks: QueuedClick[] }[] {
  return producer.sends.flatMap((send) =>
    send.messages.map((message) => {
      const event = JSON.parse(message.value) as { type: string; data: unknown };
      expect(event.type).toBe('click.batch-received');

      return { key: message.key, clicks: validatePayload('click.batch-received', event.data).clicks };
    }),
  );
}

describe('ClickQueue', () => {
  it('sends batches to click intake', async () => {
    const producer = new RecordingProducer();
    const queue = new ClickQueue(producer, logger);
    for (let index = 0; index < 5; index++) queue.enqueue(organizationId, click('AbC123xYz9', index));
    await queue.drain();
    expect(producer.sends.map((send) => send.topic)).toEqual(['tracking.click-intake.v1']);
    expect(sentClicks(producer).flatMap((batch) => batch.clicks)).toHaveLength(5);
    expect(queue.sent).toBe(5);
  });

  it('keeps one key per code', async () => {
    const producer = new RecordingProducer();
    const queue = new ClickQueue(producer, logger, { batchSize: 3 });
    const codes = ['AbC123xYz9', 'ZyX987wVu6', 'Qq11Ww22Ee'];
    for (let index = 0; index < 30; index++) queue.enqueue(organizationId, click(codes[index % 3]!, index));
    await queue.drain();
    const batches = sentClicks(producer);
    expect(Math.max(...batches.map((batch) => batch.clicks.length))).toBeLessThanOrEqual(3);
    for (const code of codes) {
      const keys = new Set(batches.filter((batch) => batch.clicks.some((c) => c.code === code)).map((batch) => batch.key));
      expect(keys.size).toBe(1);
      const order = batches.flatMap((batch) => batch.clicks).filter((c) => c.code === code).map((c) => c.clickId);
      expect(order).toEqual([...order].sort());
    }
  });

  it('retries a failed send in order', async () => {
    const producer = new RecordingProducer();
    producer.failures = 1;
    const queue = new ClickQueue(producer, logger);
    for (let index = 0; index < 4; index++) queue.enqueue(organizationId, click('AbC123xYz9', index));
    await queue.drain();
    expect(sentClicks(producer).flatMap((batch) => batch.clicks.map((c) => c.clickId))).toEqual([
      'click00000000',
      'click00000001',
      'click00000002',
      'click00000003',
    ]);
  });

  it('drops new clicks past the limit', async () => {
    const producer = new RecordingProducer();
    const queue = new ClickQueue(producer, logger, { maxBuffered: 2 });
    for (let index = 0; index < 4; index++) queue.enqueue(organizationId, click('AbC123xYz9', index));
    await queue.drain();
    expect(queue.dropped).toBe(2);
    expect(sentClicks(producer).flatMap((batch) => batch.clicks.map((c) => c.clickId))).toEqual(['click00000000', 'click00000001']);
  });
});
