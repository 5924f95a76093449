/**
 * Scoring benchmark. It replays one million events for 100,000
 * participants into a fresh scoring schema in batches, then applies
 * further events through the Kafka consumer's code path, one transaction
 * per fetch of --consumer-batch events (1 applies them one by one). Last, it replays all events into a second schema and checks that
 * both store exactly the same rows and scores. It needs the built services
 * (`npm run build`) and the local PostgreSQL, and no broker.
 *
 *   npm run bench:scoring [-- --events 1000000 --participants 100000 --incremental 20000 --batch 5000 --consumer-batch 500 --skip-verify]
 */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type CloudEvent,
  createLogger,
  EventConsumer,
  type IncomingMessage,
  type MessageConsumer,
  type MessageProducer,
  migrate,
  type ServiceRuntime,
  Topics,
  topicOf,
} from '@alg/service-kit';
import { ScoreLedger } from '../../services/scoring/dist/ledger/score-ledger.js';
import { ledgerTables, ScoreReplay } from '../../services/scoring/dist/ledger/score-replay.js';
import { createRuntime } from '../../services/scoring/dist/runtime.js';
import { ScoreService } from '../../services/scoring/dist/scores/score.service.js';
import { syntheticEvents } from './synthetic-events.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`Invalid --${name} ${JSON.stringify(process.argv[index + 1])}: give a positive whole number.`);
    process.exit(2);
  }

  return value;
}

const EVENTS = option('events', 1_000_000);
const PARTICIPANTS = option('participants', 100_000);
const INCREMENTAL = Math.min(option('incremental', 20_000), EVENTS);
const BATCH = option('batch', 5_000);
/** Events per fetch handed to the consumer, as Kafka would deliver them; the consumer's own default cap is 500. */
const CONSUMER_BATCH = option('consumer-batch', 500);
const SEED = option('seed', 20_260_101);
const VERIFY = !process.argv.includes('--skip-verify');
const DATABASE = process.env.ALG_BENCH_DATABASE ?? 'alg_bench';
const DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${DATABASE}`;

async function freshRuntime(schema: string): Promise<ServiceRuntime> {
  const runtime = createRuntime({ DATABASE_URL, LOG_LEVEL: 'warn' }, schema);
  await runtime.orm.em.fork().execute(`drop schema if exists "${schema}" cascade`);
  await migrate(runtime.orm, schema, runtime.logger);

  return runtime;
}

/** Applies the next `count` events of the stream in batches through the replay; returns the seconds it took. */
async function replay(runtime: ServiceRuntime, stream: Iterator<CloudEvent>, count: number): Promise<number> {
  const replayer = new ScoreReplay(runtime.orm);
  const started = performance.now();
  let batch: CloudEvent[] = [];
  let read = 0;
  while (read < count) {
    const next = stream.next();
    if (next.done) break;
    batch.push(next.value);
    read++;
    if (batch.length === BATCH) {
      await replayer.apply(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await replayer.apply(batch);

  return (performance.now() - started) / 1000;
}

/** The consumer's message source, fed from memory instead of a broker. */
class MemoryConsumer implements MessageConsumer {
  handler: ((message: IncomingMessage) => Promise<void>) | null = null;
  batchHandler: ((messages: IncomingMessage[], heartbeat?: () => Promise<void>) => Promise<void>) | null = null;

  async run(_topics: string[], handler: (message: IncomingMessage) => Promise<void>): Promise<void> {
    this.handler = handler;
  }

  async runBatches(_topics: string[], handler: (messages: IncomingMessage[], heartbeat?: () => Promise<void>) => Promise<void>): Promise<void> {
    this.batchHandler = handler;
  }

  async disconnect(): Promise<void> {
    this.handler = null;
    this.batchHandler = null;
  }
}

class CountingProducer implements MessageProducer {
  sent = 0;

  async send(_topic: string, messages: unknown[]): Promise<void> {
    this.sent += messages.length;
  }

  async disconnect(): Promise<void> {}
}

/** Applies events through the kit's EventConsumer in fetches of CONSUMER_BATCH; returns the seconds it took. */
async function incremental(runtime: ServiceRuntime, events: CloudEvent[]): Promise<{ seconds: number; deadLettered: number }> {
  const source = new MemoryConsumer();
  const deadLetters = new CountingProducer();
  const ledger = new ScoreLedger(runtime.outbox);
  const consumer = new EventConsumer(runtime.orm, source, deadLetters, createLogger('bench', 'warn'), {
    name: 'scoring.activity',
    topics: [Topics.campaignsEvents, Topics.trackingEvents],
    ...(CONSUMER_BATCH === 1 ? { handlers: ledger.handlers() } : ledger.consumerOptions()),
  });
  await consumer.start();
  const started = performance.now();
  const messages = events.map((event, offset): IncomingMessage => {
    const data = event.data as { participantId?: string; advocateId?: string; campaignId?: string };

    return {
      topic: topicOf(event.type as never),
      partition: 0,
      offset: String(offset),
      key: data.participantId ?? data.advocateId ?? data.campaignId ?? event.organizationid,
      value: JSON.stringify(event),
      headers: {},
    };
  });
  for (let start = 0; start < messages.length; start += CONSUMER_BATCH) {
    const fetch = messages.slice(start, start + CONSUMER_BATCH);
    if (source.batchHandler) await source.batchHandler(fetch);
    else for (const message of fetch) await source.handler!(message);
  }
  const seconds = (performance.now() - started) / 1000;
  await consumer.stop();

  return { seconds, deadLettered: deadLetters.sent };
}

async function tableDigests(runtime: ServiceRuntime): Promise<Record<string, string>> {
  const em = runtime.orm.em.fork();
  const digests: Record<string, string> = {};
  for (const table of ledgerTables) {
    const [row] = await em.execute<{ digest: string | null; rows: string }[]>(
      `select md5(string_agg(t::text, '|' order by t::text)) as digest, count(*)::text as rows from ${table} t`,
    );
    digests[table] = `${row!.rows}:${row!.digest}`;
  }

  return digests;
}

async function scoresOf(runtime: ServiceRuntime, organizationId: string): Promise<string> {
  const snapshot = await new ScoreService(runtime).snapshot(organizationId);

  return JSON.stringify(
    snapshot.scores.byScore.map((advocate) => [advocate.totals.participantId, advocate.totals.pointsMicro, advocate.score, advocate.scoreRank]),
  );
}

async function main(): Promise<void> {
  execFileSync('bash', [resolve(ROOT, 'infra/bin/postgres'), 'ensure', DATABASE], { stdio: 'ignore' });
  const workload = { events: EVENTS, participants: PARTICIPANTS, seed: SEED };
  const replayed = EVENTS - INCREMENTAL;
  const stepping = CONSUMER_BATCH === 1 ? 'one by one' : `through the consumer in fetches of ${CONSUMER_BATCH}`;
  console.log(`workload: ${EVENTS} events, ${PARTICIPANTS} participants, seed ${SEED}; replay ${replayed} in batches of ${BATCH}, then ${INCREMENTAL} ${stepping}`);

  const runtime = await freshRuntime('scoring_bench');
  const stream = syntheticEvents(workload);
  const replaySeconds = await replay(runtime, stream, replayed);
  console.log(`replay: ${Math.round(replayed / replaySeconds)} events/s (${replayed} events in ${replaySeconds.toFixed(1)} s)`);

  // A live database has vacuumed and analyzed its tables; without this step
  // autovacuum of the freshly loaded tables competes with the measurement.
  const settled = performance.now();
  for (const table of [...ledgerTables, 'processed_event', 'outbox_message']) await runtime.orm.em.fork().execute(`vacuum (analyze) ${table}`);
  console.log(`vacuum analyze after replay: ${((performance.now() - settled) / 1000).toFixed(1)} s (not counted)`);

  const tail: CloudEvent[] = [];
  for (let next = stream.next(); !next.done; next = stream.next()) tail.push(next.value);
  const stepped = await incremental(runtime, tail);
  const perTransaction = CONSUMER_BATCH === 1 ? 'one transaction each' : `one transaction per ${CONSUMER_BATCH}`;
  console.log(`incremental: ${Math.round(tail.length / stepped.seconds)} events/s (${tail.length} events in ${stepped.seconds.toFixed(1)} s, ${perTransaction})`);
  if (stepped.deadLettered > 0) console.log(`dead-lettered: ${stepped.deadLettered}`);

  const [organization] = await runtime.orm.em.fork().execute<{ organization_id: string }[]>(`select organization_id from organization_profile`);
  const [counts] = await runtime.orm.em
    .fork()
    .execute<{ advocates: string; outbox: string }[]>(`select (select count(*) from advocate_score)::text as advocates, (select count(*) from outbox_message)::text as outbox`);
  console.log(`stored: ${counts!.advocates} advocates with points, ${counts!.outbox} score events in the outbox`);

  if (VERIFY) {
    const check = await freshRuntime('scoring_bench_check');
    const checkSeconds = await replay(check, syntheticEvents(workload), EVENTS);
    const [left, right] = [await tableDigests(runtime), await tableDigests(check)];
    const differing = Object.keys(left).filter((table) => left[table] !== right[table]);
    const sameScores = (await scoresOf(runtime, organization!.organization_id)) === (await scoresOf(check, organization!.organization_id));
    console.log(
      `replay equals incremental: ${differing.length === 0 && sameScores ? 'yes' : 'NO'} (${ledgerTables.length} tables compared row by row, scores ${sameScores ? 'identical' : 'differ'}; full replay of ${EVENTS} took ${checkSeconds.toFixed(1)} s)`,
    );
    if (differing.length > 0) console.log(`tables that differ: ${differing.join(', ')}`);
    await check.close();
  }

  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`peak memory: ${peak.toFixed(0)} MiB (maximum resident set size of the benchmark process)`);
  await runtime.close();
}

await main();
