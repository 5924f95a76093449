import 'reflect-metadata';
import { runMain } from '@alg/service-kit';
import { loadTrackingConfig } from './config.js';
import { startTracking } from './tracking-service.js';

async function main(): Promise<void> {
  await startTracking(loadTrackingConfig());
}

runMain(main);
