import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { createLogger, createOrm, RolesGuard, ServiceRuntime, subgraphGraphqlModule } from '@alg/service-kit';
import { loadTrackingConfig, type TrackingConfig } from './config.js';
import { ConversionService } from './conversions/conversion.service.js';
import { trackingEntities } from './entities.js';
import { CampaignReference, InvitationReference } from './graphql/tracking.model.js';
import { CampaignMetricsResolver, InvitationLinksResolver, TrackingResolver } from './graphql/tracking.resolver.js';
import { LinkUrls } from './links/link-urls.js';
import { CampaignMetricsService } from './metrics/campaign-metrics.service.js';
import { trackingMigrations } from './migrations/index.js';
import { ShareService } from './shares/share.service.js';
import { TRACKING_CONFIG } from './tokens.js';

export const SCHEMA = 'tracking';

@Module({})
export class AppModule {
  static forRoot(runtime: ServiceRuntime, config: TrackingConfig): DynamicModule {
    const withRuntime = <T>(type: new (runtime: ServiceRuntime) => T) => ({
      provide: type,
      useFactory: (serviceRuntime: ServiceRuntime) => new type(serviceRuntime),
      inject: [ServiceRuntime],
    });

    return {
      module: AppModule,
      imports: [subgraphGraphqlModule(runtime.logger, [CampaignReference, InvitationReference])],
      providers: [
        { provide: ServiceRuntime, useValue: runtime },
        { provide: TRACKING_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: LinkUrls, useValue: new LinkUrls(config.TRACKING_PUBLIC_URL) },
        withRuntime(CampaignMetricsService),
        withRuntime(ConversionService),
        withRuntime(ShareService),
        CampaignMetricsResolver,
        InvitationLinksResolver,
        TrackingResolver,
      ],
    };
  }
}

export function createRuntime(config: TrackingConfig): ServiceRuntime {
  const logger = createLogger('tracking', config.LOG_LEVEL);
  const orm = createOrm({
    databaseUrl: config.DATABASE_URL,
    schema: SCHEMA,
    entities: trackingEntities,
    migrations: trackingMigrations,
    logger,
    poolSize: 20,
  });

  return new ServiceRuntime('tracking', SCHEMA, orm, logger);
}

/** The module with a runtime that never connects, for printing the schema. */
export function buildSchemaModule(): DynamicModule {
  const config = loadTrackingConfig({ ...process.env, LOG_LEVEL: 'silent' });

  return AppModule.forRoot(createRuntime(config), config);
}
