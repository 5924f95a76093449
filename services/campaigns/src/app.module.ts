import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { createLogger, createOrm, RolesGuard, ServiceRuntime, subgraphGraphqlModule } from '@alg/service-kit';
import { AuditController } from './audit/audit.controller.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { AuditService } from './audit/audit.service.js';
import { BoothResolver } from './booths/booth.resolver.js';
import { BoothService } from './booths/booth.service.js';
import { CampaignEvents } from './campaigns/campaign-events.js';
import { CampaignResolver } from './campaigns/campaign.resolver.js';
import { CampaignService } from './campaigns/campaign.service.js';
import { type CampaignsConfig, loadCampaignsConfig } from './config.js';
import { CompletionResolver, InvitationResolver } from './completions/completion.resolver.js';
import { CompletionService } from './completions/completion.service.js';
import { InvitationService } from './completions/invitation.service.js';
import { SharePostService } from './completions/share-post.service.js';
import { CredentialController } from './credentials/credential.controller.js';
import { AccountService } from './credentials/account.service.js';
import { CredentialService } from './credentials/credential.service.js';
import { MemberResolver } from './credentials/member.resolver.js';
import { campaignsEntities } from './entities.js';
import { EcosystemResolver } from './ecosystems/ecosystem.resolver.js';
import { EcosystemService } from './ecosystems/ecosystem.service.js';
import { PublicHttp } from './http/public-http.js';
import { ImportQueryService } from './imports/import-query.service.js';
import { ImportResolver } from './imports/import.resolver.js';
import { ImportService } from './imports/import.service.js';
import { InteractionResolver } from './interactions/interaction.resolver.js';
import { InteractionService } from './interactions/interaction.service.js';
import { MatrixResolver } from './matrix/matrix.resolver.js';
import { MatrixService } from './matrix/matrix.service.js';
import { campaignsMigrations } from './migrations/index.js';
import { OrganizationResolver } from './organizations/organization.resolver.js';
import { OrganizationService } from './organizations/organization.service.js';
import { PartnerParticipantResolver } from './partners/partner-participant.resolver.js';
import { ParticipantExportResolver } from './privacy/participant-export.resolver.js';
import { ParticipantExportService } from './privacy/participant-export.service.js';
import { ParticipantResolver } from './participants/participant.resolver.js';
import { ParticipantService } from './participants/participant.service.js';
import { ParticipantWriter } from './participants/participant-writer.js';
import { SharePageService } from './share-page/share-page.service.js';
import { TeamResolver } from './teams/team.resolver.js';
import { TeamService } from './teams/team.service.js';
import { CAMPAIGNS_CONFIG } from './tokens.js';
import { WebhookEndpointService } from './webhooks/webhook-endpoint.service.js';
import { WebhookIntakeService } from './webhooks/webhook-intake.service.js';
import { WebhookResolver } from './webhooks/webhook.resolver.js';

export const SCHEMA = 'campaigns';

@Module({})
export class AppModule {
  static forRoot(runtime: ServiceRuntime, config: CampaignsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [subgraphGraphqlModule(runtime.logger)],
      controllers: [AuditController, CredentialController],
      providers: [
        { provide: ServiceRuntime, useValue: runtime },
        { provide: CAMPAIGNS_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: RolesGuard },
        AccountService,
        AuditResolver,
        AuditService,
        BoothResolver,
        BoothService,
        CampaignEvents,
        CampaignResolver,
        CampaignService,
        CompletionResolver,
        CompletionService,
        CredentialService,
        EcosystemResolver,
        EcosystemService,
        ImportQueryService,
        ImportResolver,
        ImportService,
        InteractionResolver,
        InteractionService,
        InvitationResolver,
        InvitationService,
        MatrixResolver,
        MatrixService,
        MemberResolver,
        OrganizationResolver,
        OrganizationService,
        ParticipantExportResolver,
        ParticipantExportService,
        ParticipantResolver,
        PartnerParticipantResolver,
        ParticipantService,
        ParticipantWriter,
        PublicHttp,
        SharePageService,
        SharePostService,
        TeamResolver,
        TeamService,
        WebhookEndpointService,
        WebhookIntakeService,
        WebhookResolver,
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

/** Builds the module with a runtime that never connects, for printing the schema. */
export function buildSchemaModule(): DynamicModule {
  const config = loadCampaignsConfig({ ...process.env, LOG_LEVEL: 'silent' });

  return AppModule.forRoot(createRuntime(config), config);
}
