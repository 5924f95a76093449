/**
 * Integration: the outbox relay and the consumer base on real PostgreSQL
 * and Kafka. Events written in a transaction reach Kafka after commit,
 * are applied once even when delivered twice, and a message that can never
 * be applied goes to the dead-letter topic while processing continues. A
 * backlog of large events, more than Kafka takes in one record batch, is
 * relayed in several requests.
 */
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { Migration } from '@mikro-orm/migrations';
import { type CloudEvent, createCloudEvent } from '../src/events/envelope.js';
import { Topics } from '../src/events/topics.js';
import { createOrm, type EntityManager } from '../src/database/orm.js';
import type { IncomingMessage, MessageConsumer } from '../src/kafka/kafka.adapter.js';
import { createLogger } from '../src/logging/logger.js';
import { outboxTablesSql } from '../src/outbox/outbox.sql.js';
import { ServiceRuntime } from '../src/runtime/service-runtime.js';

jest.setTimeout(120_000);

const schema = `kit_test_${Date.now().toString(36)}`;
const organizationId = randomUUID();
const databaseUrl = `postgres://postgres@127.0.0.1:5432/${process.env.ALG_TEST_DATABASE ?? 'alg_test'}`;
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

class TestSchema extends Migration {
  override name = '0001-test-schema';

  override up(): void {
    for (const statement of outboxTablesSql) this.addSql(statement);
    this.addSql(`create table applied (event_id uuid primary key, participant_id uuid not null)`);
    this.addSql(`create table applied_batch (event_id uuid primary key, participant_id uuid not null)`);
  }
}

const logger = createLogger('kit-test', 'silent');
const runtime = new ServiceRuntime(
  'kit-test',
  schema,
  createOrm({ databaseUrl, schema, entities: [], migrations: [TestSchema], logger }),
  logger,
);
let deadLetters: MessageConsumer;
const deadLettered: IncomingMessage[] = [];
/** Number of events in each call of the batch consumer's applyBatch. */
const batchSizes: number[] = [];
/** An event for this participant makes the batch consumer fail, as a bug in one event would. */
const poisonedParticipant = randomUUID();

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function appliedCount(table = 'applied'): Promise<number> {
  const rows = await runtime.em().execute<{ count: string }[]>(`select count(*) as count from ${table}`);

  return Number(rows[0]!.count);
}

type JoinEvent = CloudEvent<{ participantId: string; ecosystemId: string }>;

async function applyToBatchTable(em: EntityManager, event: JoinEvent): Promise<void> {
  if (event.data.participantId === poisonedParticipant) throw new Error('poisoned event');
  await em.execute(`insert into applied_batch (event_id, participant_id) values (?, ?)`, [event.id, event.data.participantId]);
}

beforeAll(async () => {
  await runtime.connect(brokers, [
    {
      name: `test-${schema}`,
      topics: [Topics.campaignsEvents, Topics.trackingEvents],
      handlers: {
        'click.batch-recorded': async (em, event) => {
          if (event.organizationid !== organizationId) return;
          await em.execute(`insert into applied (event_id, participant_id) values (?, ?)`, [event.id, event.data.clicks[0]!.participantId]);
        },
        'participant.joined-ecosystem': async (em, event) => {
          if (event.organizationid !== organizationId) return;
          await em.execute(`insert into applied (event_id, participant_id) values (?, ?)`, [event.id, event.data.participantId]);
        },
      },
    },
    {
      name: `batch-${schema}`,
      topics: [Topics.campaignsEvents],
      handlers: {
        'participant.joined-ecosystem': async (em, event) => {
          if (event.organizationid === organizationId) await applyToBatchTable(em, event);
        },
      },
      applyBatch: async (em, events) => {
        batchSizes.push(events.length);
        for (const event of events) {
          if (event.organizationid === organizationId) await applyToBatchTable(em, event as JoinEvent);
        }
      },
    },
  ], 'kit-test', 'kit-test.');
  deadLetters = await runtime.kafka!.createConsumer(`dead-letters-${schema}`);
  await deadLetters.run([Topics.deadLetter], async (message) => {
    deadLettered.push(message);
  });
});

afterAll(async () => {
  await deadLetters?.disconnect();
  await runtime.em().execute(`drop schema "${schema}" cascade`);
  await runtime.close();
});

function addJoin(participantId: string) {
  return runtime.transactional(async (em) =>
    runtime.outbox.add(em, {
      type: 'participant.joined-ecosystem',
      organizationId,
      key: participantId,
      data: { participantId, ecosystemId: randomUUID() },
    }),
  );
}

describe('outbox relay and consumer', () => {
  it('delivers committed events once each', async () => {
    for (let index = 0; index < 3; index++) await addJoin(randomUUID());
    await until('three applied events', async () => (await appliedCount()) === 3);
    const pending = await runtime.em().execute<{ count: string }[]>(
      `select count(*) as count from outbox_message where published_at is null`,
    );
    expect(Number(pending[0]!.count)).toBe(0);
  });

  it('writes no event for a rolled back change', async () => {
    const before = await runtime.em().execute<{ count: string }[]>(`select count(*) as count from outbox_message`);
    await expect(
      runtime.transactional(async (em) => {
        runtime.outbox.add(em, {
          type: 'participant.joined-ecosystem',
          organizationId,
          key: 'rollback',
          data: { participantId: randomUUID(), ecosystemId: randomUUID() },
        });
        await em.flush();
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    const after = await runtime.em().execute<{ count: string }[]>(`select count(*) as count from outbox_message`);
    expect(after[0]!.count).toBe(before[0]!.count);
  });

  it('ignores a redelivered event', async () => {
    const participantId = randomUUID();
    const eventId = await addJoin(participantId);
    await until('the event applied', async () => (await appliedCount()) === 4);
    const rows = await runtime.em().execute<{ event: unknown }[]>(`select event from outbox_message where id = ?`, [eventId]);
    const producer = await runtime.kafka!.createProducer();
    await producer.send(Topics.campaignsEvents, [{ key: participantId, value: JSON.stringify(rows[0]!.event) }]);
    await producer.disconnect();
    await addJoin(randomUUID());
    await until('the later event applied', async () => (await appliedCount()) === 5);
    const applied = await runtime.em().execute<{ count: string }[]>(
      `select count(*) as count from applied where event_id = ?`,
      [eventId],
    );
    expect(Number(applied[0]!.count)).toBe(1);
  });

  it('dead-letters an invalid payload and continues', async () => {
    const invalid = createCloudEvent({
      source: '/test',
      type: 'participant.joined-ecosystem',
      organizationId,
      data: { participantId: 'not-a-uuid', ecosystemId: randomUUID() },
    });
    const producer = await runtime.kafka!.createProducer();
    await producer.send(Topics.campaignsEvents, [{ key: invalid.id, value: JSON.stringify(invalid) }]);
    await producer.disconnect();
    await addJoin(randomUUID());

    const perEvent = `kit-test.test-${schema}`;
    const lettered = () => deadLettered.find((message) => message.value?.includes(invalid.id) && message.headers['dead-letter-consumer'] === perEvent);
    await until('the dead letter', async () => lettered() !== undefined);
    const letter = lettered()!;
    expect(letter.headers['dead-letter-reason']).toContain('participantId');
    expect(letter.headers['dead-letter-consumer']).toBe(perEvent);
    await until('the next event applied', async () => (await appliedCount()) === 6);
  });

  it('relays large events in several requests', async () => {
    const before = await appliedCount();
    const participantId = randomUUID();
    const clicks = Array.from({ length: 1_000 }, (_, index) => ({
      clickId: `click${String(index).padStart(8, '0')}${randomUUID().slice(0, 8)}`,
      campaignId: randomUUID(),
      participantId,
      network: 'linkedin' as const,
      classification: 'human' as const,
      unique: true,
      visitorHash: randomUUID().replaceAll('-', '').repeat(2),
      clickedAt: new Date().toISOString(),
    }));
    // Four events of about 300 kB each, committed together: over the 1 MiB that Kafka
    // takes in one record batch, so they have to go in several requests.
    await runtime.transactional(async (em) => {
      for (let index = 0; index < 4; index++) {
        await runtime.outbox.write(em, { type: 'click.batch-recorded', organizationId, key: organizationId, data: { clicks } });
      }
    });

    await until('four large events applied', async () => (await appliedCount()) === before + 4);
    const pending = await runtime.em().execute<{ count: string }[]>(
      `select count(*) as count from outbox_message where published_at is null`,
    );
    expect(Number(pending[0]!.count)).toBe(0);
  });

  it('rejects an event over the Kafka limit', async () => {
    const before = await runtime.em().execute<{ count: string }[]>(`select count(*) as count from outbox_message`);
    const failure = await runtime
      .transactional(async (em) =>
        runtime.outbox.add(em, {
          type: 'organization.created',
          organizationId,
          key: organizationId,
          data: { organizationId, name: 'x'.repeat(1_000_000), timeZone: 'UTC' },
        }),
      )
      .catch((err: unknown) => err as { code?: string; message?: string });

    expect(failure).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('over the 666666 bytes') });
    expect(failure.message).toContain('Its longest text is data.name (1000000 characters).');
    const after = await runtime.em().execute<{ count: string }[]>(`select count(*) as count from outbox_message`);
    expect(after[0]!.count).toBe(before[0]!.count);
  });

  it('sets aside a stored event too large for Kafka', async () => {
    const [oversized] = await runtime.em().execute<{ id: string }[]>(
      `insert into outbox_message (id, topic, message_key, event)
       values (gen_random_uuid(), ?, 'oversized', jsonb_build_object('padding', repeat('x', 1100000))) returning id`,
      [Topics.campaignsEvents],
    );
    const before = await appliedCount();
    await addJoin(randomUUID());

    await until('the event behind it applied', async () => (await appliedCount()) === before + 1);
    await until('the dead letter', async () => deadLettered.some((message) => message.headers['dead-letter-source'] === `outbox_message/${oversized!.id}`));
  });
});

describe('batch consumer', () => {
  async function joinAll(participantIds: string[]): Promise<void> {
    await runtime.transactional(async (em) => {
      for (const participantId of participantIds) {
        runtime.outbox.add(em, { type: 'participant.joined-ecosystem', organizationId, key: participantId, data: { participantId, ecosystemId: randomUUID() } });
      }
    });
  }

  it('applies a fetch in one call', async () => {
    const before = await appliedCount('applied_batch');
    await joinAll(Array.from({ length: 20 }, () => randomUUID()));

    await until('twenty events applied', async () => (await appliedCount('applied_batch')) === before + 20);
    expect(Math.max(...batchSizes)).toBeGreaterThan(1);
  });

  it('falls back to single events after a failure', async () => {
    const [first, last] = [randomUUID(), randomUUID()];
    await joinAll([first, poisonedParticipant, last]);

    const appliedOf = () =>
      runtime.em().execute<{ participant_id: string }[]>(`select participant_id from applied_batch where participant_id in (?, ?, ?)`, [
        first,
        poisonedParticipant,
        last,
      ]);
    await until('the poisoned event dead-lettered', async () =>
      deadLettered.some((message) => message.value?.includes(poisonedParticipant) && message.headers['dead-letter-consumer'] === `kit-test.batch-${schema}`),
    );
    await until('the other two applied', async () => (await appliedOf()).length === 2);
    const applied = await appliedOf();
    expect(applied.map((row) => row.participant_id).sort()).toEqual([first, last].sort());
  });

  it('applies an event whose id is in upper case', async () => {
    const participantId = randomUUID();
    const event = createCloudEvent({
      source: '/test',
      type: 'participant.joined-ecosystem',
      organizationId,
      id: randomUUID().toUpperCase(),
      data: { participantId, ecosystemId: randomUUID() },
    });
    const producer = await runtime.kafka!.createProducer();
    await producer.send(Topics.campaignsEvents, [{ key: participantId, value: JSON.stringify(event) }]);
    await producer.disconnect();

    await until('the event applied', async () =>
      (await runtime.em().execute<{ count: string }[]>(`select count(*) as count from applied_batch where participant_id = ?`, [participantId]))[0]!.count === '1',
    );
  });
});
