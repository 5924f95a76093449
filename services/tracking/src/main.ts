import 'reflect-metadata';
import { ConfigError } from '@alg/service-kit';
import { loadTrackingConfig } from './config.js';
import { startTracking } from './tracking-service.js';

async function main(): Promise<void> {
  await startTracking(loadTrackingConfig());
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  console.error(err);
  process.exit(1);
});
