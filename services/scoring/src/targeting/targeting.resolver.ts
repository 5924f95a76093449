import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf } from '@alg/service-kit';
import { participantRef } from '../graphql/references.model.js';
import { ActivationTargetsInput, ActivationTargetsModel } from './targeting.model.js';
import { TargetingService } from './targeting.service.js';

@Resolver()
export class TargetingResolver {
  constructor(@Inject(TargetingService) private readonly targeting: TargetingService) {}

  @Query(() => ActivationTargetsModel, {
    description:
      'Members of an ecosystem to invite to a planned campaign, by expected impact, with the reasons; members without contact consent or invited too often recently are listed as excluded.',
  })
  async activationTargets(@CurrentIdentity() identity: Identity, @Args('input') input: ActivationTargetsInput) {
    const result = await this.targeting.targets({ ...input, organizationId: organizationOf(identity) });

    return {
      eligible: result.eligible,
      priors: result.priors,
      candidates: result.candidates.map((candidate) => ({
        rank: candidate.rank,
        participant: participantRef(candidate.participantId),
        expectedPoints: candidate.expectedPoints,
        activationProbability: candidate.expectation.activationProbability,
        expectedShares: candidate.expectation.metrics.shares.mean,
        expectedPotentialReach: candidate.expectation.metrics.potential_reach.mean,
        expectedClicks: candidate.expectation.metrics.clicks.mean,
        expectedConversions: candidate.expectation.metrics.conversions.mean,
        invitations: candidate.history.invitations,
        activations: candidate.history.activations,
        reasons: candidate.reasons,
      })),
      excluded: result.excluded.map((exclusion) => ({ ...exclusion, participant: participantRef(exclusion.participantId) })),
    };
  }
}
