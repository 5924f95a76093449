import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RolesGuard, ServiceRuntime, subgraphGraphqlModule } from '@alg/service-kit';
import { CompoundingResolver, CampaignCompoundingResolver } from './compounding/compounding.resolver.js';
import { CompoundingService } from './compounding/compounding.service.js';
import { LineageService } from './compounding/lineage.service.js';
import { loadScoringConfig } from './config.js';
import { CampaignForecastResolver, ForecastBacktestResolver } from './forecast/forecast.resolver.js';
import { ForecastService } from './forecast/forecast.service.js';
import { BadgeService } from './gamification/badge.service.js';
import { CampaignReference, ParticipantReference } from './graphql/references.model.js';
import { CampaignReferenceResolver, ParticipantReferenceResolver } from './graphql/references.resolver.js';
import { CampaignLeaderboardResolver, LeaderboardResolver } from './leaderboards/leaderboard.resolver.js';
import { LeaderboardService } from './leaderboards/leaderboard.service.js';
import { MaturityResolver } from './maturity/maturity.resolver.js';
import { MaturityService } from './maturity/maturity.service.js';
import { PointsConfigResolver } from './points/points-config.resolver.js';
import { PointsConfigService } from './points/points-config.service.js';
import { ParticipantExportReference } from './privacy/participant-export.model.js';
import { ParticipantExportResolver } from './privacy/participant-export.resolver.js';
import { ParticipantScoringExportService } from './privacy/participant-export.service.js';
import { createRuntime } from './runtime.js';
import { AdvocateScoreResolver, ParticipantScoreResolver } from './scores/score.resolver.js';
import { ScoreService } from './scores/score.service.js';
import { TargetingResolver } from './targeting/targeting.resolver.js';
import { TargetingService } from './targeting/targeting.service.js';

export { createRuntime, SCHEMA } from './runtime.js';

/** Services that only need the runtime, built once per module. */
const runtimeServices = [
  LeaderboardService,
  ScoreService,
  BadgeService,
  PointsConfigService,
  TargetingService,
  ForecastService,
  LineageService,
  CompoundingService,
  MaturityService,
] as const;

@Module({})
export class AppModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [subgraphGraphqlModule(runtime.logger, [CampaignReference, ParticipantReference, ParticipantExportReference])],
      providers: [
        { provide: ServiceRuntime, useValue: runtime },
        { provide: APP_GUARD, useClass: RolesGuard },
        ...runtimeServices.map((service) => ({ provide: service, useValue: new service(runtime) })),
        {
          provide: ParticipantScoringExportService,
          useFactory: (scores: ScoreService) => new ParticipantScoringExportService(runtime, scores),
          inject: [ScoreService],
        },
        ParticipantReferenceResolver,
        CampaignReferenceResolver,
        CampaignLeaderboardResolver,
        LeaderboardResolver,
        ParticipantScoreResolver,
        ParticipantExportResolver,
        AdvocateScoreResolver,
        PointsConfigResolver,
        TargetingResolver,
        CampaignForecastResolver,
        ForecastBacktestResolver,
        CampaignCompoundingResolver,
        CompoundingResolver,
        MaturityResolver,
      ],
    };
  }
}

/** Builds the module with a runtime that never connects, for printing the schema. */
export function buildSchemaModule(): DynamicModule {
  return AppModule.forRoot(createRuntime(loadScoringConfig({ ...process.env, LOG_LEVEL: 'silent' })));
}
