/**
 * Integration: the Kafka adapter against a real broker. Messages of one key that
 * together exceed the broker's 1 MiB record batch limit still arrive, in order.
 */
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { type IncomingMessage, KafkaAdapter, type MessageConsumer, type MessageProducer } from '../src/kafka/kafka.adapter.js';
import { createLogger } from '../src/logging/logger.js';

jest.setTimeout(60_000);

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const prefix = `kit-adapter-${Date.now().toString(36)}.`;
const kafka = new KafkaAdapter({ clientId: 'kit-adapter-test', brokers, logger: createLogger('kit-adapter-test', 'silent'), topicPrefix: prefix });
let producer: MessageProducer;
let consumer: MessageConsumer;
const received: IncomingMessage[] = [];

beforeAll(async () => {
  await kafka.ensureTopics(['large'], 1);
  producer = await kafka.createProducer();
  consumer = await kafka.createConsumer(`${prefix}reader`);
  await consumer.run(['large'], async (message) => {
    received.push(message);
  });
});

afterAll(async () => {
  await consumer?.disconnect();
  await producer?.disconnect();
});

describe('KafkaAdapter producer', () => {
  it('sends large messages of one key', async () => {
    const key = randomUUID();
    const values = Array.from({ length: 4 }, (_, index) => `${index}:${'x'.repeat(350_000)}`);

    await producer.send('large', values.map((value) => ({ key, value })));

    const deadline = Date.now() + 30_000;
    while (received.length < values.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received.map((message) => message.value?.slice(0, 2))).toEqual(['0:', '1:', '2:', '3:']);
    expect(received.every((message) => message.key === key)).toBe(true);
    expect(received.map((message) => message.value?.length)).toEqual(values.map((value) => value.length));
  });
});
