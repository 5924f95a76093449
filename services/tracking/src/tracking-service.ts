import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { type ServiceRuntime, startSubgraph, Topics } from '@alg/service-kit';
import { AdvocateVisitorService } from './advocates/advocate-visitor.service.js';
import { AppModule, createRuntime } from './app.module.js';
import { campaignEventHandlers } from './campaigns/campaign-events.consumer.js';
import { clickIntakeConsumer } from './clicks/click-intake.consumer.js';
import type { TrackingConfig } from './config.js';
import { ConversionService } from './conversions/conversion.service.js';
import { SecretBox } from './conversions/secret-box.js';
import { WebhookIntakeService } from './conversions/webhook-intake.service.js';
import { WebhookSecretService } from './conversions/webhook-secret.service.js';
import { createPublicServer } from './public/public-server.js';
import { ClickQueue } from './redirect/click-queue.js';
import { LinkCache } from './redirect/link-cache.js';
import { RedirectService } from './redirect/redirect.service.js';
import { VisitorSalts } from './redirect/visitor-salt.js';
import { ShareService } from './shares/share.service.js';

export const VERSION = '0.1.0';

export interface TrackingService {
  runtime: ServiceRuntime;
  /** Null when the instance does not run the subgraph role. */
  subgraph: INestApplication | null;
  /** Null when the instance does not run the public role. */
  publicServer: FastifyInstance | null;
  clickQueue: ClickQueue;
  /** Stops the public server first, then sends the queued clicks, then closes the subgraph, consumers and database. */
  close(): Promise<void>;
}

/** Builds the public server around the runtime's database and a click queue on its producer. */
async function publicServerOf(runtime: ServiceRuntime, config: TrackingConfig, clickQueue: ClickQueue) {
  const conversions = new ConversionService(runtime);
  const salts = new VisitorSalts(runtime.orm);
  const secrets = new WebhookSecretService(runtime, new SecretBox(config.TRACKING_SECRETS_KEY));

  return createPublicServer({
    redirects: new RedirectService(new LinkCache(runtime.orm, runtime.logger.child({ component: 'link-cache' })), salts, clickQueue),
    conversions,
    shares: new ShareService(runtime),
    advocates: new AdvocateVisitorService(runtime),
    webhooks: new WebhookIntakeService(runtime, secrets, conversions, runtime.logger.child({ component: 'webhooks' })),
    salts,
    logger: runtime.logger,
    trustProxy: config.TRUST_PROXY,
    publicUrl: config.TRACKING_PUBLIC_URL,
    sharePageOrigin: config.CAMPAIGNS_PUBLIC_URL,
    limits: {
      redirectsPerIp: config.RATE_LIMIT_REDIRECTS_PER_IP,
      writesPerIp: config.RATE_LIMIT_WRITES_PER_IP,
      writesPerKey: config.RATE_LIMIT_WRITES_PER_KEY,
      webhooksPerOrganization: config.RATE_LIMIT_WEBHOOKS_PER_ORGANIZATION,
    },
  });
}

/** Any key shared by tracking instances; migrations run under it one instance at a time. */
const MIGRATION_LOCK = 'alg-tracking-migrations';

/**
 * Applies migrations and connects Kafka while holding a database lock, so
 * instances started together (one per role) do not migrate at once.
 */
async function connectOnce(runtime: ServiceRuntime, config: TrackingConfig) {
  const consumers = config.TRACKING_ROLES.includes('consumers')
    ? [
        { name: 'campaign-events', topics: [Topics.campaignsEvents], handlers: campaignEventHandlers },
        { name: 'click-intake', topics: [Topics.clickIntake], ...clickIntakeConsumer(runtime.outbox) },
      ]
    : [];

  return runtime.orm.em.fork().transactional(async (em) => {
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [MIGRATION_LOCK]);

    return runtime.connect(config.KAFKA_BROKERS, consumers, config.KAFKA_GROUP_PREFIX, config.KAFKA_TOPIC_PREFIX);
  });
}

/**
 * Starts what the instance's roles ask for, after migrations: the consumers
 * of campaign events and click intake with the outbox relay, the public
 * server, the subgraph. SIGTERM and SIGINT shut it down in the order
 * `close` uses.
 */
export async function startTracking(config: TrackingConfig): Promise<TrackingService> {
  const roles = new Set(config.TRACKING_ROLES);
  const runtime = createRuntime(config);
  const connections = await connectOnce(runtime, config);
  if (!roles.has('consumers')) {
    // The instances with consumers relay the outbox, this one's rows included, so the
    // event loop of a public instance serves requests only.
    await connections.relay.stop();
  }
  const clickQueue = new ClickQueue(connections.producer, runtime.logger.child({ component: 'click-queue' }));
  let publicServer: FastifyInstance | null = null;
  if (roles.has('public')) {
    publicServer = await publicServerOf(runtime, config, clickQueue);
    await publicServer.listen({ host: config.HOST, port: config.TRACKING_PUBLIC_PORT });
    runtime.logger.info({ port: config.TRACKING_PUBLIC_PORT, host: config.HOST }, 'public redirect server listening');
  }

  const stopPublic = async () => {
    await publicServer?.close();
    await clickQueue.drain();
  };
  let subgraph: INestApplication | null = null;
  if (roles.has('subgraph')) {
    subgraph = await startSubgraph(AppModule.forRoot(runtime, config), {
      name: 'tracking',
      version: VERSION,
      host: config.HOST,
      port: config.TRACKING_PORT,
      internalTokenSecret: config.INTERNAL_TOKEN_SECRET,
      logger: runtime.logger,
      onShutdown: async () => {
        await stopPublic();
        await runtime.close();
      },
    });
  } else {
    onSignal(runtime, async () => {
      await stopPublic();
      await runtime.close();
    });
  }
  runtime.logger.info({ roles: [...roles] }, 'tracking started');

  return {
    runtime,
    subgraph,
    publicServer,
    clickQueue,
    close: async () => {
      await stopPublic();
      await subgraph?.close();
      await runtime.close();
    },
  };
}

/** Shuts an instance without the subgraph down on SIGTERM or SIGINT, as startSubgraph does for the others. */
function onSignal(runtime: ServiceRuntime, shutdown: () => Promise<void>): void {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    runtime.logger.info({ signal }, 'shutting down');
    shutdown().then(
      () => process.exit(0),
      (err: unknown) => {
        runtime.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
