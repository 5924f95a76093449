import { Inject } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf } from '@alg/service-kit';
import { CampaignReference, participantRef } from '../graphql/references.model.js';
import { leaderboardCsv } from './leaderboard-csv.js';
import {
  CampaignLeaderboardArgs,
  LeaderboardArgs,
  LeaderboardEntryModel,
  LeaderboardPeriodArgs,
  LeaderboardPeriodRangeModel,
  LeaderboardScopeArgs,
} from './leaderboard.model.js';
import type { LeaderboardScope } from './leaderboard-source.js';
import { type LeaderboardEntry, type LeaderboardRequest, LeaderboardService } from './leaderboard.service.js';

const toModel = (entry: LeaderboardEntry): LeaderboardEntryModel => ({ ...entry, participant: participantRef(entry.participantId) });

function scopeOf(args: LeaderboardScopeArgs): LeaderboardScope {
  if (args.campaignId) return { kind: 'campaign', campaignId: args.campaignId };
  if (args.ecosystemId) return { kind: 'ecosystem', ecosystemId: args.ecosystemId };

  return { kind: 'organization' };
}

@Resolver(() => CampaignReference)
export class CampaignLeaderboardResolver {
  constructor(@Inject(LeaderboardService) private readonly leaderboards: LeaderboardService) {}

  @ResolveField(() => [LeaderboardEntryModel], { description: "The campaign's advocates by points." })
  async leaderboard(@Parent() campaign: CampaignReference, @CurrentIdentity() identity: Identity, @Args() args: CampaignLeaderboardArgs) {
    const entries = await this.leaderboards.page(
      {
        organizationId: organizationOf(identity),
        scope: { kind: 'campaign', campaignId: campaign.id },
        period: args.period ?? 'all_time',
        periodContaining: args.periodContaining,
      },
      args.first,
      args.after,
    );

    return entries.map(toModel);
  }
}

@Resolver()
export class LeaderboardResolver {
  constructor(@Inject(LeaderboardService) private readonly leaderboards: LeaderboardService) {}

  @Query(() => [LeaderboardEntryModel], {
    description: "Advocates by points: the organization's, or a campaign's or an ecosystem's, for all time or a period.",
  })
  async leaderboard(@CurrentIdentity() identity: Identity, @Args() args: LeaderboardArgs) {
    const entries = await this.leaderboards.page(this.request(identity, args), args.first, args.after);

    return entries.map(toModel);
  }

  @Query(() => String, {
    description: 'The whole leaderboard as CSV (RFC 4180, header line), in the same order and with the same ranks as the pages.',
  })
  async leaderboardCsv(@CurrentIdentity() identity: Identity, @Args() args: LeaderboardScopeArgs) {
    return leaderboardCsv(await this.leaderboards.all(this.request(identity, args)));
  }

  @Query(() => LeaderboardPeriodRangeModel, { description: 'Bounds of the leaderboard period that contains an instant.' })
  leaderboardPeriod(@CurrentIdentity() identity: Identity, @Args() args: LeaderboardPeriodArgs) {
    const organizationId = organizationOf(identity);

    return this.leaderboards.bounds(this.leaderboards.em(), {
      organizationId,
      scope: { kind: 'organization' },
      period: args.period ?? 'all_time',
      periodContaining: args.periodContaining,
    });
  }

  private request(identity: Identity, args: LeaderboardScopeArgs): LeaderboardRequest {
    return {
      organizationId: organizationOf(identity),
      scope: scopeOf(args),
      period: args.period ?? 'all_time',
      periodContaining: args.periodContaining,
    };
  }
}
