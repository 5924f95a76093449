import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf } from '@alg/service-kit';
import { EcosystemModel } from '../ecosystems/ecosystem.model.js';
import type { Participant } from './participant.entity.js';
import {
  CreateParticipantInput,
  LineageModel,
  ParticipantConnection,
  ParticipantListArgs,
  ParticipantModel,
} from './participant.model.js';
import { ParticipantService } from './participant.service.js';

@Resolver(() => ParticipantModel)
export class ParticipantResolver {
  constructor(@Inject(ParticipantService) private readonly participantService: ParticipantService) {}

  @Query(() => ParticipantConnection)
  participants(@CurrentIdentity() identity: Identity, @Args() args: ParticipantListArgs) {
    return this.participantService.list(organizationOf(identity), args);
  }

  @Query(() => ParticipantModel)
  participant(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.participantService.get(organizationOf(identity), id);
  }

  @Mutation(() => ParticipantModel)
  createParticipant(@CurrentIdentity() identity: Identity, @Args('input') input: CreateParticipantInput) {
    return this.participantService.create(organizationOf(identity), input);
  }

  @ResolveField(() => [EcosystemModel])
  ecosystems(@CurrentIdentity() identity: Identity, @Parent() participant: Participant) {
    return this.participantService.ecosystemsOf(organizationOf(identity), participant.id);
  }

  @ResolveField(() => LineageModel)
  lineage(@Parent() participant: Participant): LineageModel {
    return {
      origin: participant.origin,
      sourceCampaignId: participant.sourceCampaignId,
      sourceAdvocateId: participant.sourceAdvocateId,
    };
  }

  /** Resolves a federated reference inside the caller's organization only. */
  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @CurrentIdentity() identity: Identity) {
    const [participant] = await this.participantService.findMany(organizationOf(identity), [reference.id]);

    return participant ?? null;
  }
}
