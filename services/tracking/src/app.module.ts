import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { createLogger, createOrm, RolesGuard, ServiceRuntime, subgraphGraphqlModule } from '@alg/service-kit';
import { loadTrackingConfig, type TrackingConfig } from './config.js';
import { ConversionService } from './conversions/conversion.service.js';
import { SecretBox } from './conversions/secret-box.js';
import { WebhookSecretService } from './conversions/webhook-secret.service.js';
import { trackingEntities } from './entities.js';
import { CampaignMetricsResolver, EcosystemMetricsResolver, ParticipantMetricsResolver } from './graphql/metrics.resolver.js';
import { CampaignReference, InvitationReference, ParticipantReference } from './graphql/tracking.model.js';
import { InvitationLinksResolver, TrackingResolver } from './graphql/tracking.resolver.js';
import { WebhookSecretResolver } from './graphql/webhook-secret.resolver.js';
import { LinkUrls } from './links/link-urls.js';
import { AdvocateMetricsService } from './metrics/advocate-metrics.service.js';
import { CampaignMetricsService } from './metrics/campaign-metrics.service.js';
import { EcosystemMetricsService } from './metrics/ecosystem-metrics.service.js';
import { trackingMigrations } from './migrations/index.js';
import { ParticipantExportReference } from './privacy/participant-export.model.js';
import { ParticipantExportResolver } from './privacy/participant-export.resolver.js';
import { ParticipantTrackingExportService } from './privacy/participant-export.service.js';
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
      imports: [subgraphGraphqlModule(runtime.logger, [CampaignReference, InvitationReference, ParticipantReference, ParticipantExportReference])],
      providers: [
        { provide: ServiceRuntime, useValue: runtime },
        { provide: TRACKING_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: LinkUrls, useValue: new LinkUrls(config.TRACKING_PUBLIC_URL) },
        { provide: WebhookSecretService, useValue: new WebhookSecretService(runtime, new SecretBox(config.TRACKING_SECRETS_KEY)) },
        withRuntime(AdvocateMetricsService),
        withRuntime(CampaignMetricsService),
        withRuntime(ConversionService),
        withRuntime(EcosystemMetricsService),
        withRuntime(ShareService),
        {
          provide: ParticipantTrackingExportService,
          useFactory: (serviceRuntime: ServiceRuntime, urls: LinkUrls) => new ParticipantTrackingExportService(serviceRuntime, urls),
          inject: [ServiceRuntime, LinkUrls],
        },
        CampaignMetricsResolver,
        EcosystemMetricsResolver,
        InvitationLinksResolver,
        ParticipantExportResolver,
        ParticipantMetricsResolver,
        TrackingResolver,
        WebhookSecretResolver,
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

/** Builds the module with a runtime that never connects, for printing the schema. */
export function buildSchemaModule(): DynamicModule {
  const config = loadTrackingConfig({ ...process.env, LOG_LEVEL: 'silent' });

  return AppModule.forRoot(createRuntime(config), config);
}
