import { createLogger, createOrm, ServiceRuntime } from '@alg/service-kit';
import type { ScoringConfig } from './config.js';
import { scoringMigrations } from './migrations/index.js';

export const SCHEMA = 'scoring';

/** Creates the scoring runtime: the ORM on the scoring schema, the outbox and the logger. Kafka connects later. */
export function createRuntime(config: Pick<ScoringConfig, 'DATABASE_URL' | 'LOG_LEVEL'>, schema = SCHEMA): ServiceRuntime {
  const logger = createLogger('scoring', config.LOG_LEVEL);
  const orm = createOrm({
    databaseUrl: config.DATABASE_URL,
    schema,
    entities: [],
    migrations: scoringMigrations,
    logger,
  });

  return new ServiceRuntime('scoring', schema, orm, logger);
}
