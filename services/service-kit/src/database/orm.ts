import { type AnyEntity, type Constructor, type EntityClass } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migration, Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { ProcessedEvent } from '../outbox/processed-event.entity.js';

export { MikroORM } from '@mikro-orm/postgresql';
export type { EntityManager } from '@mikro-orm/postgresql';

export interface OrmOptions {
  databaseUrl: string;
  /** PostgreSQL schema that holds every table of the service. */
  schema: string;
  entities: EntityClass<AnyEntity>[];
  migrations: Constructor<Migration>[];
  logger: Logger;
  poolSize?: number;
}

/**
 * Opens the service's MikroORM instance on its own schema. The outbox and
 * processed-event tables are added to every service's entities.
 */
export function createOrm(options: OrmOptions): MikroORM {
  const log = options.logger.child({ component: 'orm' });

  return new MikroORM({
    clientUrl: options.databaseUrl,
    // Raw SQL (outbox relay, consumers, aggregates) names tables without a
    // schema, so every pg connection starts with the service's schema first.
    driverOptions: { options: `-c search_path=${options.schema},public` },
    schema: options.schema,
    entities: [...options.entities, OutboxMessage, ProcessedEvent],
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolSize ?? 10 },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ensureDatabase: false,
    migrations: {
      migrationsList: options.migrations,
      schema: options.schema,
      tableName: 'schema_migration',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    logger: (message) => log.debug(message),
  });
}

/** Creates the schema when missing and applies the checked-in migrations. */
export async function migrate(orm: MikroORM, schema: string, logger: Logger): Promise<void> {
  await orm.em.fork().execute(`create schema if not exists "${schema}"`);
  const applied = await orm.migrator.up();
  logger.info(
    { schema, applied: applied.map((migration) => migration.name) },
    applied.length > 0 ? 'applied migrations' : 'schema is up to date',
  );
}
