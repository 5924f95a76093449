import 'reflect-metadata';
import { ConfigError, startSubgraph, Topics } from '@alg/service-kit';
import { AppModule, createRuntime } from './app.module.js';
import { campaignEventHandlers } from './campaigns/campaign-events.consumer.js';
import { clickIntakeHandlers } from './clicks/click-intake.consumer.js';
import { loadTrackingConfig } from './config.js';
import { ConversionService } from './conversions/conversion.service.js';
import { createPublicServer } from './public/public-server.js';
import { ClickQueue } from './redirect/click-queue.js';
import { LinkCache } from './redirect/link-cache.js';
import { RedirectService } from './redirect/redirect.service.js';
import { VisitorSalts } from './redirect/visitor-salt.js';

const VERSION = '0.1.0';

async function main(): Promise<void> {
  const config = loadTrackingConfig();
  const runtime = createRuntime(config);
  const connections = await runtime.connect(config.KAFKA_BROKERS, [
    { name: 'campaign-events', topics: [Topics.campaignsEvents], handlers: campaignEventHandlers },
    { name: 'click-intake', topics: [Topics.clickIntake], handlers: clickIntakeHandlers(runtime.outbox) },
  ], config.KAFKA_GROUP_PREFIX);

  const clickQueue = new ClickQueue(connections.producer, runtime.logger.child({ component: 'click-queue' }));
  const redirects = new RedirectService(new LinkCache(runtime.orm), new VisitorSalts(runtime.orm), clickQueue);
  const publicServer = createPublicServer({
    redirects,
    conversions: new ConversionService(runtime),
    logger: runtime.logger,
    trustProxy: config.TRUST_PROXY,
  });
  await publicServer.listen({ host: config.HOST, port: config.TRACKING_PUBLIC_PORT });
  runtime.logger.info({ port: config.TRACKING_PUBLIC_PORT, host: config.HOST }, 'public redirect server listening');

  await startSubgraph(AppModule.forRoot(runtime, config), {
    name: 'tracking',
    version: VERSION,
    host: config.HOST,
    port: config.TRACKING_PORT,
    internalTokenSecret: config.INTERNAL_TOKEN_SECRET,
    logger: runtime.logger,
    onShutdown: async () => {
      await publicServer.close();
      await clickQueue.drain();
      await runtime.close();
    },
  });
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  console.error(err);
  process.exit(1);
});
