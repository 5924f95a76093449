import 'reflect-metadata';
import { runMain, startSubgraph, Topics } from '@alg/service-kit';
import { AppModule } from './app.module.js';
import { loadScoringConfig } from './config.js';
import { ScoreLedger } from './ledger/score-ledger.js';
import { createRuntime } from './runtime.js';

const VERSION = '0.1.0';

async function main(): Promise<void> {
  const config = loadScoringConfig();
  const runtime = createRuntime(config);
  const ledger = new ScoreLedger(runtime.outbox);
  await runtime.connect(
    config.KAFKA_BROKERS,
    [{ name: 'activity', topics: [Topics.campaignsEvents, Topics.trackingEvents], ...ledger.consumerOptions() }],
    config.KAFKA_GROUP_PREFIX,
    config.KAFKA_TOPIC_PREFIX,
  );
  await startSubgraph(AppModule.forRoot(runtime), {
    name: 'scoring',
    version: VERSION,
    host: config.HOST,
    port: config.SCORING_PORT,
    internalTokenSecret: config.INTERNAL_TOKEN_SECRET,
    logger: runtime.logger,
    onShutdown: () => runtime.close(),
  });
}

runMain(main);
