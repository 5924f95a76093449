import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf, UuidArg } from '@alg/service-kit';
import { CampaignModel } from '../campaigns/campaign.model.js';
import { CampaignService } from '../campaigns/campaign.service.js';
import { ParticipantModel } from '../participants/participant.model.js';
import { ParticipantService } from '../participants/participant.service.js';
import type { Completion } from './completion.entity.js';
import {
  CompletionConnection,
  CompletionListArgs,
  CompletionModel,
  InvitationConnection,
  InvitationListArgs,
  InvitationModel,
  RecordCompletionInput,
  RecordCompletionPayload,
  SharePostModel,
} from './completion.model.js';
import { CompletionService } from './completion.service.js';
import type { Invitation } from './invitation.entity.js';
import { InvitationService } from './invitation.service.js';
import { SharePostService } from './share-post.service.js';

@Resolver(() => InvitationModel)
export class InvitationResolver {
  constructor(
    @Inject(InvitationService) private readonly invitationService: InvitationService,
    @Inject(CampaignService) private readonly campaigns: CampaignService,
    @Inject(ParticipantService) private readonly participants: ParticipantService,
    @Inject(SharePostService) private readonly postService: SharePostService,
  ) {}

  @Query(() => InvitationModel)
  invitation(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.invitationService.getInvitation(organizationOf(identity), id);
  }

  @Query(() => InvitationConnection)
  invitations(@CurrentIdentity() identity: Identity, @Args() args: InvitationListArgs) {
    return this.invitationService.list(organizationOf(identity), args);
  }

  @ResolveField(() => CampaignModel)
  campaign(@Parent() invitation: Invitation) {
    return this.campaigns.get(invitation.organizationId, invitation.campaignId);
  }

  @ResolveField(() => ParticipantModel)
  participant(@Parent() invitation: Invitation) {
    return this.participants.get(invitation.organizationId, invitation.participantId);
  }

  @ResolveField(() => [SharePostModel])
  posts(@Parent() invitation: Invitation) {
    return this.postService.render(invitation);
  }

  @ResolveField(() => String)
  shareUrl(@Parent() invitation: Invitation) {
    return this.postService.shareUrl(invitation);
  }

  @ResolveField(() => String)
  cardUrl(@Parent() invitation: Invitation) {
    return this.postService.cardUrl(invitation);
  }

  /** Resolves a federated reference inside the caller's organization only. */
  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @CurrentIdentity() identity: Identity) {
    return this.invitationService.findInvitation(organizationOf(identity), reference.id);
  }
}

@Resolver(() => CompletionModel)
export class CompletionResolver {
  constructor(
    @Inject(CompletionService) private readonly completionService: CompletionService,
    @Inject(CampaignService) private readonly campaigns: CampaignService,
    @Inject(ParticipantService) private readonly participants: ParticipantService,
  ) {}

  @Mutation(() => RecordCompletionPayload, {
    description: 'Records a completion moment and invites the participant to share.',
  })
  recordCompletion(@CurrentIdentity() identity: Identity, @Args('input') input: RecordCompletionInput) {
    const { campaignId, kind, occurredAt, externalId, consent, ...person } = input;

    return this.completionService.record(organizationOf(identity), {
      campaignId,
      kind,
      occurredAt,
      externalId,
      source: 'api',
      person: { ...person, consent },
    });
  }

  @Query(() => CompletionConnection)
  completions(@CurrentIdentity() identity: Identity, @Args() args: CompletionListArgs) {
    return this.completionService.list(organizationOf(identity), args);
  }

  @ResolveField(() => CampaignModel)
  campaign(@Parent() completion: Completion) {
    return this.campaigns.get(completion.organizationId, completion.campaignId);
  }

  @ResolveField(() => ParticipantModel)
  participant(@Parent() completion: Completion) {
    return this.participants.get(completion.organizationId, completion.participantId);
  }
}
