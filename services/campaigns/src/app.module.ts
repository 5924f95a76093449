import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { createLogger, createOrm, RolesGuard, ServiceRuntime, subgraphGraphqlModule } from '@alg/service-kit';
import { CampaignResolver } from './campaigns/campaign.resolver.js';
import { CampaignService } from './campaigns/campaign.service.js';
import { type CampaignsConfig, loadCampaignsConfig } from './config.js';
import { CompletionResolver, InvitationResolver } from './completions/completion.resolver.js';
import { CompletionService } from './completions/completion.service.js';
import { SharePostService } from './completions/share-post.service.js';
import { CredentialController } from './credentials/credential.controller.js';
import { CredentialService } from './credentials/credential.service.js';
import { campaignsEntities } from './entities.js';
import { EcosystemResolver } from './ecosystems/ecosystem.resolver.js';
import { EcosystemService } from './ecosystems/ecosystem.service.js';
import { ImportResolver } from './imports/import.resolver.js';
import { ImportService } from './imports/import.service.js';
import { InteractionResolver } from './interactions/interaction.resolver.js';
import { InteractionService } from './interactions/interaction.service.js';
import { campaignsMigrations } from './migrations/index.js';
import { OrganizationResolver } from './organizations/organization.resolver.js';
import { OrganizationService } from './organizations/organization.service.js';
import { ParticipantResolver } from './participants/participant.resolver.js';
import { ParticipantService } from './participants/participant.service.js';
import { CAMPAIGNS_CONFIG } from './tokens.js';

export const SCHEMA = 'campaigns';

@Module({})
export class AppModule {
  static forRoot(runtime: ServiceRuntime, config: CampaignsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [subgraphGraphqlModule(runtime.logger)],
      controllers: [CredentialController],
      providers: [
        { provide: ServiceRuntime, useValue: runtime },
        { provide: CAMPAIGNS_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: RolesGuard },
        CampaignResolver,
        CampaignService,
        CompletionResolver,
        CompletionService,
        CredentialService,
        EcosystemResolver,
        EcosystemService,
        ImportResolver,
        ImportService,
        InteractionResolver,
        InteractionService,
        InvitationResolver,
        OrganizationResolver,
        OrganizationService,
        ParticipantResolver,
        ParticipantService,
        SharePostService,
      ],
    };
  }
}

export function createRuntime(config: CampaignsConfig): ServiceRuntime {
  const logger = createLogger('campaigns', config.LOG_LEVEL);
  const orm = createOrm({
    databaseUrl: config.DATABASE_URL,
    schema: SCHEMA,
    entities: campaignsEntities,
    migrations: campaignsMigrations,
    logger,
  });

  return new ServiceRuntime('campaigns', SCHEMA, orm, logger);
}

/** The module with a runtime that never connects, for printing the schema. */
export function buildSchemaModule(): DynamicModule {
  const config = loadCampaignsConfig({ ...process.env, LOG_LEVEL: 'silent' });

  return AppModule.forRoot(createRuntime(config), config);
}
