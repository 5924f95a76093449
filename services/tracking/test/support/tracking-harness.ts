/**
 * Runs the real tracking service in the test process, on PostgreSQL and
 * Kafka, and plays the campaigns service's part by publishing its events.
 * Ports and database come from ALG_TEST_PORT_OFFSET and ALG_TEST_DATABASE.
 */
import { createHash, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createCloudEvent,
  createLogger,
  type EventPayload,
  type Identity,
  KafkaAdapter,
  type MessageProducer,
  signIdentity,
  Topics,
  validatePayload,
} from '@alg/service-kit';
import { loadTrackingConfig } from '../../src/config.js';
import { startTracking, type TrackingService } from '../../src/tracking-service.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const INTERNAL_SECRET = 'integration-internal-token-secret';

export interface Harness {
  service: TrackingService;
  publicUrl: string;
  graphqlUrl: string;
  producer: MessageProducer;
  stop(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const database = process.env.ALG_TEST_DATABASE ?? 'alg_test';
  const offset = Number(process.env.ALG_TEST_PORT_OFFSET ?? 100);
  execFileSync('bash', [resolve(ROOT, 'infra/bin/postgres'), 'ensure', database], { stdio: 'ignore' });
  execFileSync('bash', [resolve(ROOT, 'infra/bin/kafka'), 'start'], { stdio: 'ignore', timeout: 180_000 });
  const ports = { subgraph: 4190 + offset, public: 4191 + offset };
  const publicUrl = `http://127.0.0.1:${ports.public}`;
  const config = loadTrackingConfig({
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    KAFKA_GROUP_PREFIX: `alg-int-${database}`,
    INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
    LOG_LEVEL: process.env.ALG_TEST_LOG_LEVEL ?? 'silent',
    TRACKING_PORT: String(ports.subgraph),
    TRACKING_PUBLIC_PORT: String(ports.public),
    TRACKING_PUBLIC_URL: publicUrl,
    CAMPAIGNS_PUBLIC_URL: 'https://share.example.org',
    TRUST_PROXY: 'true',
    ...env,
  });
  const service = await startTracking(config);
  const kafka = new KafkaAdapter({ clientId: 'tracking-int-spec', brokers: config.KAFKA_BROKERS, logger: createLogger('spec', 'silent') });
  const producer = await kafka.createProducer();

  return {
    service,
    publicUrl,
    graphqlUrl: `http://127.0.0.1:${ports.subgraph}/graphql`,
    producer,
    stop: async () => {
      await producer.disconnect();
      await service.close();
    },
  };
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export type CampaignSnapshot = EventPayload<'campaign.created'>;

export function campaignSnapshot(overrides: Partial<CampaignSnapshot> = {}): CampaignSnapshot {
  return {
    campaignId: randomUUID(),
    name: 'Virtual summit: bring a colleague',
    status: 'live',
    ecosystemId: randomUUID(),
    ecosystemKind: 'event_attendees',
    interactionId: randomUUID(),
    interactionKind: 'event',
    outcome: 'event_registration',
    costMinor: 0,
    currency: 'USD',
    activationTarget: 0.2,
    destinationUrl: 'https://events.example.com/summit/register?src=advocacy&lang=en#form',
    allowedHosts: ['www.example.com'],
    fallbackUrl: 'https://www.example.com/next-events',
    attributionWindowDays: 30,
    timeZone: 'America/Los_Angeles',
    registrantEcosystemId: null,
    ...overrides,
  };
}

/** Publishes campaigns events as the campaigns service's outbox relay would. */
export async function publishCampaignEvents(
  harness: Harness,
  organizationId: string,
  events: { type: 'campaign.created' | 'campaign.ended' | 'invitation.created'; key: string; data: unknown; time?: Date }[],
): Promise<void> {
  const messages = events.map((event) => ({
    key: event.key,
    value: JSON.stringify(
      createCloudEvent({
        source: '/alg/campaigns',
        type: event.type,
        organizationId,
        data: validatePayload(event.type, event.data),
        time: event.time,
      }),
    ),
  }));
  for (let start = 0; start < messages.length; start += 500) {
    await harness.producer.send(Topics.campaignsEvents, messages.slice(start, start + 500));
  }
}

export interface Invitee {
  invitationId: string;
  participantId: string;
  email: string;
  code: string;
  networkSize?: number | null;
  invitedAt?: string;
}

export function invitationEvent(campaignId: string, invitee: Invitee) {
  return {
    type: 'invitation.created' as const,
    key: invitee.participantId,
    data: {
      invitationId: invitee.invitationId,
      campaignId,
      participantId: invitee.participantId,
      emailHash: sha256(invitee.email),
      links: [{ network: 'linkedin', code: invitee.code, networkSize: invitee.networkSize ?? null }],
      invitedAt: invitee.invitedAt ?? new Date().toISOString(),
    },
  };
}

export function identityFor(organizationId: string, overrides: Partial<Identity> = {}): Identity {
  return {
    sub: 'integration-spec',
    kind: 'api_key',
    org: organizationId,
    role: 'admin',
    scopes: ['read', 'write', 'conversions'],
    partnerId: null,
    ...overrides,
  };
}

export class GraphqlFailure extends Error {
  readonly code: string | undefined;

  constructor(message: string, code: string | undefined) {
    super(message);
    this.code = code;
  }
}

/** Awaits a request that must fail and returns its GraphQL failure; any other error is rethrown. */
export async function failure(promise: Promise<unknown>): Promise<GraphqlFailure> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof GraphqlFailure) return err;
    throw err;
  }
  throw new Error('expected the request to fail');
}

/** Calls the subgraph directly with a signed identity, as the gateway does. */
export async function graphql<T>(harness: Harness, identity: Identity, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(harness.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-alg-identity': await signIdentity(identity, INTERNAL_SECRET) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new GraphqlFailure(body.errors[0]!.message, body.errors[0]!.extensions?.code);

  return body.data as T;
}

export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Counts rows of a query against the tracking schema. */
export async function count(harness: Harness, sql: string, params: unknown[] = []): Promise<number> {
  const rows = await harness.service.runtime.em().execute<{ count: string }[]>(sql, params);

  return Number(rows[0]?.count ?? 0);
}

/** Runs tasks with at most `limit` in flight. */
export async function inParallel<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));

  return results;
}
