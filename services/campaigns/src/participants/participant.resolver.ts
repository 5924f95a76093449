import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, networks, organizationOf, RequireRole, UuidArg } from '@alg/service-kit';
import { EcosystemModel } from '../ecosystems/ecosystem.model.js';
import type { Participant } from './participant.entity.js';
import {
  ConsentInput,
  ConsentModel,
  CreateParticipantInput,
  LineageModel,
  NetworkProfileModel,
  ParticipantConnection,
  ParticipantListArgs,
  ParticipantModel,
  UpdateParticipantInput,
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
  participant(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.participantService.get(organizationOf(identity), id);
  }

  @Mutation(() => ParticipantModel, { description: 'Creates a participant, or merges into the one with the same e-mail.' })
  createParticipant(@CurrentIdentity() identity: Identity, @Args('input') input: CreateParticipantInput) {
    return this.participantService.create(organizationOf(identity), input);
  }

  @Mutation(() => ParticipantModel)
  updateParticipant(
    @CurrentIdentity() identity: Identity,
    @UuidArg('id') id: string,
    @Args('input') input: UpdateParticipantInput,
  ) {
    return this.participantService.update(organizationOf(identity), id, input);
  }

  @Mutation(() => ParticipantModel, { description: 'Grants or withdraws consent per purpose.' })
  setParticipantConsent(
    @CurrentIdentity() identity: Identity,
    @UuidArg('id') id: string,
    @Args('consent') consent: ConsentInput,
  ) {
    return this.participantService.setConsent(organizationOf(identity), id, consent);
  }

  @Mutation(() => ParticipantModel, {
    description: "Erases the participant's personal data for good; the id stays for statistics. Admins only.",
  })
  @RequireRole('admin')
  eraseParticipant(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.participantService.erase(organizationOf(identity), id);
  }

  @Mutation(() => ParticipantModel)
  addParticipantToEcosystems(
    @CurrentIdentity() identity: Identity,
    @UuidArg('id') id: string,
    @UuidArg('ecosystemIds', { type: () => [ID] }) ecosystemIds: string[],
  ) {
    return this.participantService.joinEcosystems(organizationOf(identity), id, ecosystemIds);
  }

  @Mutation(() => ParticipantModel)
  removeParticipantFromEcosystem(
    @CurrentIdentity() identity: Identity,
    @UuidArg('id') id: string,
    @UuidArg('ecosystemId') ecosystemId: string,
  ) {
    return this.participantService.leaveEcosystem(organizationOf(identity), id, ecosystemId);
  }

  @ResolveField(() => [EcosystemModel])
  ecosystems(@CurrentIdentity() identity: Identity, @Parent() participant: Participant) {
    return this.participantService.ecosystemsOf(organizationOf(identity), participant.id);
  }

  @ResolveField(() => [NetworkProfileModel])
  profiles(@Parent() participant: Participant): NetworkProfileModel[] {
    return networks.flatMap((network) => {
      const profile = participant.profiles?.[network];

      return profile ? [{ network, url: profile.url ?? null, size: profile.size ?? null }] : [];
    });
  }

  @ResolveField(() => Int)
  potentialReach(@Parent() participant: Participant): number {
    return Object.values(participant.profiles ?? {}).reduce((sum, profile) => sum + (profile?.size ?? 0), 0);
  }

  @ResolveField(() => ConsentModel)
  consent(@Parent() participant: Participant): ConsentModel {
    return {
      contact: participant.consentContact,
      partnerSharing: participant.consentPartnerSharing,
      changedAt: participant.consentChangedAt ?? null,
    };
  }

  @ResolveField(() => LineageModel)
  lineage(@Parent() participant: Participant): LineageModel {
    return {
      origin: participant.origin,
      sourceCampaignId: participant.sourceCampaignId ?? null,
      sourceAdvocateId: participant.sourceAdvocateId ?? null,
      sourceImportId: participant.sourceImportId ?? null,
    };
  }

  /** Resolves a federated reference inside the caller's organization only. */
  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @CurrentIdentity() identity: Identity) {
    const [participant] = await this.participantService.findMany(organizationOf(identity), [reference.id]);

    return participant ?? null;
  }
}
