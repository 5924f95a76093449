import { Inject } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf } from '@alg/service-kit';
import { BadgeService } from '../gamification/badge.service.js';
import { badgeDefinitions } from '../gamification/badges.js';
import { levelOf } from '../gamification/levels.js';
import { ParticipantReference } from '../graphql/references.model.js';
import { loadPointsConfig } from '../points/points-config.repository.js';
import { ScoreService } from './score.service.js';
import { explainScore } from './score-explanation.js';
import {
  AdvocateLevelModel,
  AdvocateScoreModel,
  BadgeDefinitionModel,
  BadgeModel,
  IgnoredActivityModel,
  TopAdvocatesArgs,
} from './score.model.js';

@Resolver(() => ParticipantReference)
export class ParticipantScoreResolver {
  constructor(@Inject(ScoreService) private readonly scores: ScoreService) {}

  @ResolveField(() => AdvocateScoreModel, { nullable: true, description: 'Null until the participant has earned points.' })
  async score(@Parent() participant: ParticipantReference, @CurrentIdentity() identity: Identity) {
    const organizationId = organizationOf(identity);
    const found = await this.scores.scoreOf(organizationId, participant.id);

    return found ? explainScore(organizationId, found.advocate, found.snapshot) : null;
  }
}

@Resolver(() => AdvocateScoreModel)
export class AdvocateScoreResolver {
  constructor(
    @Inject(ScoreService) private readonly scores: ScoreService,
    @Inject(BadgeService) private readonly badgeService: BadgeService,
  ) {}

  @Query(() => [AdvocateScoreModel], { description: 'Advocates of the organization by score, ties ordered like leaderboards.' })
  async topAdvocates(@CurrentIdentity() identity: Identity, @Args() args: TopAdvocatesArgs) {
    const organizationId = organizationOf(identity);
    const snapshot = await this.scores.snapshot(organizationId);

    return snapshot.scores.byScore.slice(0, args.first).map((advocate) => explainScore(organizationId, advocate, snapshot));
  }

  @Query(() => [BadgeDefinitionModel], { description: 'Every badge an advocate can earn.' })
  badgeDefinitions(): BadgeDefinitionModel[] {
    return badgeDefinitions.map((badge) => ({ ...badge }));
  }

  @ResolveField(() => AdvocateLevelModel)
  async level(@Parent() score: AdvocateScoreModel): Promise<AdvocateLevelModel> {
    const config = await loadPointsConfig(this.scores.em(), score.organizationId);
    const reached = levelOf(score.points, config.levels);

    return {
      level: reached.level,
      name: reached.name,
      minPoints: reached.minPoints,
      nextLevelName: reached.nextLevel?.name ?? null,
      nextLevelMinPoints: reached.nextLevel?.minPoints ?? null,
      pointsToNext: reached.pointsToNext,
    };
  }

  @ResolveField(() => [BadgeModel], { description: 'Badges earned, in the order they were earned.' })
  badges(@Parent() score: AdvocateScoreModel): Promise<BadgeModel[]> {
    return this.badgeService.badgesOf(score.organizationId, score.participant.id);
  }

  @ResolveField(() => IgnoredActivityModel)
  ignored(@Parent() score: AdvocateScoreModel): Promise<IgnoredActivityModel> {
    return this.scores.ignoredActivity(score.organizationId, score.participant.id);
  }
}
