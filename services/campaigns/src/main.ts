import 'reflect-metadata';
import { runMain, startSubgraph, Topics } from '@alg/service-kit';
import { AppModule, createRuntime } from './app.module.js';
import { CampaignScheduler } from './campaigns/campaign-scheduler.js';
import { CampaignService } from './campaigns/campaign.service.js';
import { loadCampaignsConfig } from './config.js';
import { conversionRecordedHandlers } from './participants/conversion-recorded.consumer.js';
import { ParticipantService } from './participants/participant.service.js';
import { ParticipantWriter } from './participants/participant-writer.js';

const VERSION = '0.1.0';

async function main(): Promise<void> {
  const config = loadCampaignsConfig();
  const runtime = createRuntime(config);
  const participants = new ParticipantService(runtime, new ParticipantWriter(runtime));
  await runtime.connect(config.KAFKA_BROKERS, [
    { name: 'conversions', topics: [Topics.trackingEvents], handlers: conversionRecordedHandlers(participants) },
  ], config.KAFKA_GROUP_PREFIX, config.KAFKA_TOPIC_PREFIX);
  let scheduler: CampaignScheduler | undefined;
  const app = await startSubgraph(AppModule.forRoot(runtime, config), {
    name: 'campaigns',
    version: VERSION,
    host: config.HOST,
    port: config.CAMPAIGNS_PORT,
    internalTokenSecret: config.INTERNAL_TOKEN_SECRET,
    logger: runtime.logger,
    onShutdown: async () => {
      scheduler?.stop();
      await runtime.close();
    },
  });
  scheduler = new CampaignScheduler(runtime, app.get(CampaignService), runtime.logger.child({ component: 'scheduler' }));
  scheduler.start();
}

runMain(main);
