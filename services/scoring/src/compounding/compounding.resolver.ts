import { Inject } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf } from '@alg/service-kit';
import { CampaignReference, campaignRef, participantRef } from '../graphql/references.model.js';
import { CompoundingService } from './compounding.service.js';
import {
  CompoundingArgs,
  CompoundingReportModel,
  GeneratedParticipantsArgs,
  GeneratedParticipantsModel,
  LineageGraphArgs,
  LineageGraphModel,
  type LineageNodeModel,
} from './compounding.model.js';
import { type LineageNode, LineageService } from './lineage.service.js';

const toNode = (node: LineageNode): LineageNodeModel => ({
  participant: participantRef(node.participantId),
  origin: node.origin,
  sourceCampaign: node.sourceCampaignId ? campaignRef(node.sourceCampaignId) : null,
  sourceAdvocate: node.sourceAdvocateId ? participantRef(node.sourceAdvocateId) : null,
  joinedAt: node.createdAt,
  generation: node.generation,
  firstSharedAt: node.firstSharedAt,
  recruits: node.recruits,
});

@Resolver(() => CampaignReference)
export class CampaignCompoundingResolver {
  constructor(@Inject(LineageService) private readonly lineage: LineageService) {}

  @ResolveField(() => GeneratedParticipantsModel, {
    description: "Participants the campaign brought in through its advocates' links, and how many of them later advocated.",
  })
  async generatedParticipants(@Parent() campaign: CampaignReference, @CurrentIdentity() identity: Identity, @Args() args: GeneratedParticipantsArgs) {
    const generated = await this.lineage.generatedBy(organizationOf(identity), campaign.id, args.first);

    return { ...generated, nodes: generated.nodes.map(toNode) };
  }
}

@Resolver()
export class CompoundingResolver {
  constructor(
    @Inject(LineageService) private readonly lineage: LineageService,
    @Inject(CompoundingService) private readonly reports: CompoundingService,
  ) {}

  @Query(() => LineageGraphModel, { description: 'Who joined through whose link, in which campaign, as nodes and edges.' })
  async lineageGraph(@CurrentIdentity() identity: Identity, @Args() args: LineageGraphArgs) {
    const graph = await this.lineage.graph(organizationOf(identity), args.participantId ?? null, args.maxDepth, args.first);

    return {
      nodes: graph.nodes.map(toNode),
      edges: graph.edges.map((edge) => ({
        advocate: participantRef(edge.advocateId),
        participant: participantRef(edge.participantId),
        campaign: edge.campaignId ? campaignRef(edge.campaignId) : null,
        joinedAt: edge.createdAt,
      })),
      truncated: graph.truncated,
    };
  }

  @Query(() => CompoundingReportModel, {
    description: 'Advocate pool over time, repeat advocates, cost per lead by campaign, viral coefficient and time to pipeline.',
  })
  async compounding(@CurrentIdentity() identity: Identity, @Args() args: CompoundingArgs) {
    const report = await this.reports.report(organizationOf(identity), args.period ?? 'month');

    return {
      ...report,
      campaigns: report.campaigns.map((campaign) => ({ ...campaign, campaign: campaignRef(campaign.campaignId) })),
    };
  }
}
