import { Inject } from '@nestjs/common';
import { Args, Float, Int, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, fromMinorUnits, type Identity, organizationOf, UuidArg } from '@alg/service-kit';
import { EcosystemModel } from '../ecosystems/ecosystem.model.js';
import { EcosystemService } from '../ecosystems/ecosystem.service.js';
import { InteractionModel } from '../interactions/interaction.model.js';
import { InteractionService } from '../interactions/interaction.service.js';
import { TeamModel } from '../teams/team.model.js';
import { TeamService } from '../teams/team.service.js';
import type { Campaign } from './campaign.entity.js';
import {
  CampaignConnection,
  CampaignListArgs,
  CampaignModel,
  CreateCampaignInput,
  ShareTemplateInput,
  ShareTemplateModel,
  UpdateCampaignInput,
} from './campaign.model.js';
import { CampaignService } from './campaign.service.js';

@Resolver(() => CampaignModel)
export class CampaignResolver {
  constructor(
    @Inject(CampaignService) private readonly campaignService: CampaignService,
    @Inject(EcosystemService) private readonly ecosystems: EcosystemService,
    @Inject(InteractionService) private readonly interactions: InteractionService,
    @Inject(TeamService) private readonly teams: TeamService,
  ) {}

  @Query(() => CampaignConnection)
  campaigns(@CurrentIdentity() identity: Identity, @Args() args: CampaignListArgs) {
    return this.campaignService.list(organizationOf(identity), args);
  }

  @Query(() => CampaignModel)
  campaign(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.campaignService.get(organizationOf(identity), id);
  }

  @Mutation(() => CampaignModel)
  createCampaign(@CurrentIdentity() identity: Identity, @Args('input') input: CreateCampaignInput) {
    return this.campaignService.create(organizationOf(identity), input);
  }

  @Mutation(() => CampaignModel, {
    description: 'Changes a campaign; interaction, ecosystem and outcome are fixed once it is LIVE, most fields once ENDED.',
  })
  updateCampaign(
    @CurrentIdentity() identity: Identity,
    @UuidArg('id') id: string,
    @Args('input') input: UpdateCampaignInput,
  ) {
    return this.campaignService.update(organizationOf(identity), id, input);
  }

  @Mutation(() => CampaignModel, { description: 'Replaces the share kit of a campaign that has not ended.' })
  updateShareKit(
    @CurrentIdentity() identity: Identity,
    @UuidArg('campaignId') campaignId: string,
    @Args('shareKit', { type: () => [ShareTemplateInput] }) shareKit: ShareTemplateInput[],
  ) {
    return this.campaignService.replaceShareKit(organizationOf(identity), campaignId, shareKit);
  }

  @Mutation(() => CampaignModel, { description: 'Deletes a DRAFT campaign.' })
  deleteCampaign(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.campaignService.delete(organizationOf(identity), id);
  }

  @Mutation(() => CampaignModel, { description: 'Moves a DRAFT or SCHEDULED campaign to LIVE.' })
  launchCampaign(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.campaignService.transition(organizationOf(identity), id, 'live');
  }

  @Mutation(() => CampaignModel, {
    description: 'Moves a DRAFT campaign with a future startsAt to SCHEDULED; it goes LIVE at startsAt.',
  })
  scheduleCampaign(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.campaignService.transition(organizationOf(identity), id, 'scheduled');
  }

  @Mutation(() => CampaignModel, { description: 'Moves a SCHEDULED campaign back to DRAFT.' })
  unscheduleCampaign(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.campaignService.transition(organizationOf(identity), id, 'draft');
  }

  @Mutation(() => CampaignModel, { description: 'Moves a LIVE campaign to ENDED.' })
  endCampaign(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.campaignService.transition(organizationOf(identity), id, 'ended');
  }

  @ResolveField(() => Float)
  cost(@Parent() campaign: Campaign): number {
    return fromMinorUnits(Number(campaign.costMinor), campaign.currency);
  }

  @ResolveField(() => TeamModel, { nullable: true })
  team(@Parent() campaign: Campaign) {
    return campaign.teamId ? this.teams.get(campaign.organizationId, campaign.teamId) : null;
  }

  @ResolveField(() => InteractionModel)
  interaction(@Parent() campaign: Campaign) {
    return this.interactions.get(campaign.organizationId, campaign.interactionId);
  }

  @ResolveField(() => EcosystemModel)
  ecosystem(@Parent() campaign: Campaign) {
    return this.ecosystems.get(campaign.organizationId, campaign.ecosystemId);
  }

  @ResolveField(() => EcosystemModel, { nullable: true })
  registrantEcosystem(@Parent() campaign: Campaign) {
    return campaign.registrantEcosystemId
      ? this.ecosystems.get(campaign.organizationId, campaign.registrantEcosystemId)
      : null;
  }

  @ResolveField(() => [ShareTemplateModel])
  shareKit(@Parent() campaign: Campaign) {
    return this.campaignService.shareKit(campaign.id);
  }

  @ResolveField(() => Int)
  async completionCount(@Parent() campaign: Campaign) {
    return (await this.campaignService.counts(campaign.id)).completions;
  }

  @ResolveField(() => Int)
  async invitationCount(@Parent() campaign: Campaign) {
    return (await this.campaignService.counts(campaign.id)).invitations;
  }

  /** Resolves a federated reference inside the caller's organization only. */
  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @CurrentIdentity() identity: Identity) {
    const [campaign] = await this.campaignService.findMany(organizationOf(identity), [reference.id]);

    return campaign ?? null;
  }
}
