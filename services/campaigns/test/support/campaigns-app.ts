/**
 * Starts the campaigns service in-process for integration tests: the real
 * AppModule on the test database (ALG_TEST_DATABASE), migrated, listening
 * on an ephemeral loopback port, without Kafka. Events stay in the outbox
 * table, where the tests read them.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type Identity, IDENTITY_HEADER, migrate, signIdentity } from '@alg/service-kit';
import { AppModule, createRuntime } from '../../src/app.module.js';
import { type CampaignsConfig, loadCampaignsConfig } from '../../src/config.js';
import { identityMiddleware } from './identity-middleware.js';

export const SECRET = 'integration-internal-token-secret';

export interface CampaignsApp {
  app: INestApplication;
  config: CampaignsConfig;
  url: string;
  runtime: ReturnType<typeof createRuntime>;
  close(): Promise<void>;
}

export async function startCampaigns(env: Record<string, string> = {}): Promise<CampaignsApp> {
  const database = process.env.ALG_TEST_DATABASE ?? 'alg_test';
  const config = loadCampaignsConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
    INTERNAL_TOKEN_SECRET: SECRET,
    CAMPAIGNS_PUBLIC_URL: 'http://127.0.0.1:1',
    TRACKING_PUBLIC_URL: 'http://127.0.0.1:2',
    ...env,
  });
  const runtime = createRuntime(config);
  await migrate(runtime.orm, 'campaigns', runtime.logger);
  const app = await NestFactory.create(AppModule.forRoot(runtime, config) as never, { logger: false });
  app.use('/graphql', identityMiddleware(SECRET));
  app.useGlobalPipes(new ValidationPipe({ transform: true, forbidUnknownValues: false }));
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;

  return {
    app,
    config,
    runtime,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await runtime.close();
    },
  };
}

export class GraphqlFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly errors: unknown[],
  ) {
    super(message);
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

/** A GraphQL caller holding an identity, as the gateway would sign it. */
export class Caller {
  constructor(
    private readonly url: string,
    readonly identity: Identity,
  ) {}

  async token(): Promise<string> {
    return signIdentity(this.identity, SECRET);
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await this.token() },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) {
      const first = body.errors[0]!;
      throw new GraphqlFailure(first.message, first.extensions?.code ?? 'UNKNOWN', body.errors);
    }

    return body.data!;
  }
}

export const operator = (url: string) =>
  new Caller(url, { sub: 'operator', kind: 'operator', org: null, role: 'operator', scopes: ['read', 'write'], partnerId: null });

export function member(url: string, org: string, role: Identity['role'] = 'admin'): Caller {
  return new Caller(url, { sub: `test:${role}`, kind: 'api_key', org, role, scopes: ['read', 'write'], partnerId: null });
}

/** Creates an organization and returns an admin caller inside it. */
export async function newOrganization(app: CampaignsApp, name = 'Test Org'): Promise<{ organizationId: string; api: Caller }> {
  const slug = `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const { createOrganization } = await operator(app.url).request<{ createOrganization: { organization: { id: string } } }>(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`,
    { input: { name, slug, timeZone: 'Europe/Paris' } },
  );

  return { organizationId: createOrganization.organization.id, api: member(app.url, createOrganization.organization.id) };
}

export interface OutboxEvent {
  type: string;
  data: Record<string, unknown>;
}

/** Events written to the outbox for an organization, oldest first. */
export async function eventsOf(app: CampaignsApp, organizationId: string, type?: string): Promise<OutboxEvent[]> {
  const rows = await app.runtime.em().execute<{ event: { type: string; data: Record<string, unknown> } }[]>(
    `select event from outbox_message where event->>'organizationid' = ? ${type ? `and event->>'type' = ?` : ''} order by sequence`,
    type ? [organizationId, type] : [organizationId],
  );

  return rows.map((row) => ({ type: row.event.type, data: row.event.data }));
}
