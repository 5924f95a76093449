import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { createLogger, createOrm, RolesGuard, ServiceRuntime, subgraphGraphqlModule } from '@alg/service-kit';
import { loadScoringConfig, type ScoringConfig } from './config.js';
import { CampaignReference, ParticipantReference } from './graphql/scoring.model.js';
import { CampaignLeaderboardResolver, LeaderboardResolver, ParticipantScoreResolver } from './graphql/scoring.resolver.js';
import { LeaderboardService } from './leaderboards/leaderboard.service.js';
import { scoringMigrations } from './migrations/index.js';

export const SCHEMA = 'scoring';

@Module({})
export class AppModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [subgraphGraphqlModule(runtime.logger, [CampaignReference, ParticipantReference])],
      providers: [
        { provide: ServiceRuntime, useValue: runtime },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: LeaderboardService, useValue: new LeaderboardService(runtime) },
        CampaignLeaderboardResolver,
        LeaderboardResolver,
        ParticipantScoreResolver,
      ],
    };
  }
}

export function createRuntime(config: ScoringConfig): ServiceRuntime {
  const logger = createLogger('scoring', config.LOG_LEVEL);
  const orm = createOrm({
    databaseUrl: config.DATABASE_URL,
    schema: SCHEMA,
    entities: [],
    migrations: scoringMigrations,
    logger,
  });

  return new ServiceRuntime('scoring', SCHEMA, orm, logger);
}

/** The module with a runtime that never connects, for printing the schema. */
export function buildSchemaModule(): DynamicModule {
  return AppModule.forRoot(createRuntime(loadScoringConfig({ ...process.env, LOG_LEVEL: 'silent' })));
}
