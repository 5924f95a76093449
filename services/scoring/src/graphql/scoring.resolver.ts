import { Inject } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf } from '@alg/service-kit';
import { LeaderboardService } from '../leaderboards/leaderboard.service.js';
import {
  AdvocateScoreModel,
  CampaignReference,
  LeaderboardArgs,
  LeaderboardEntryModel,
  ParticipantReference,
} from './scoring.model.js';

@Resolver(() => CampaignReference)
export class CampaignLeaderboardResolver {
  constructor(@Inject(LeaderboardService) private readonly leaderboards: LeaderboardService) {}

  @ResolveField(() => [LeaderboardEntryModel], { description: "The campaign's advocates by points." })
  leaderboard(@Parent() campaign: CampaignReference, @CurrentIdentity() identity: Identity, @Args() args: LeaderboardArgs) {
    return this.leaderboards.forCampaign(organizationOf(identity), campaign.id, args.first);
  }

  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): CampaignReference {
    return { id: reference.id };
  }
}

@Resolver(() => ParticipantReference)
export class ParticipantScoreResolver {
  constructor(@Inject(LeaderboardService) private readonly leaderboards: LeaderboardService) {}

  @ResolveField(() => AdvocateScoreModel, { nullable: true, description: 'Null until the participant has earned points.' })
  score(@Parent() participant: ParticipantReference, @CurrentIdentity() identity: Identity) {
    return this.leaderboards.scoreOf(organizationOf(identity), participant.id);
  }

  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): ParticipantReference {
    return { id: reference.id };
  }
}

@Resolver()
export class LeaderboardResolver {
  constructor(@Inject(LeaderboardService) private readonly leaderboards: LeaderboardService) {}

  @Query(() => [LeaderboardEntryModel], { description: "The organization's advocates by points over all campaigns." })
  leaderboard(@CurrentIdentity() identity: Identity, @Args() args: LeaderboardArgs) {
    return this.leaderboards.forOrganization(organizationOf(identity), args.first);
  }
}
