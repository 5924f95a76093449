import { Inject } from '@nestjs/common';
import { Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf, UuidArg } from '@alg/service-kit';
import { AdvocateMetricsService } from '../metrics/advocate-metrics.service.js';
import { CampaignMetricsService } from '../metrics/campaign-metrics.service.js';
import { EcosystemMetricsService } from '../metrics/ecosystem-metrics.service.js';
import { AdvocateMetricsModel, CampaignMetricsModel, EcosystemMetricsModel } from './metrics.model.js';
import { CampaignReference, ParticipantReference } from './tracking.model.js';

@Resolver(() => CampaignReference)
export class CampaignMetricsResolver {
  constructor(@Inject(CampaignMetricsService) private readonly metricsService: CampaignMetricsService) {}

  @ResolveField(() => CampaignMetricsModel, {
    nullable: true,
    description: 'Null until tracking has received the campaign.',
  })
  metrics(@Parent() campaign: CampaignReference, @CurrentIdentity() identity: Identity) {
    return this.metricsService.forCampaign(organizationOf(identity), campaign.id);
  }

  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): CampaignReference {
    return { id: reference.id };
  }
}

@Resolver(() => ParticipantReference)
export class ParticipantMetricsResolver {
  constructor(@Inject(AdvocateMetricsService) private readonly advocates: AdvocateMetricsService) {}

  @ResolveField(() => AdvocateMetricsModel, {
    description: "The participant's results as an advocate, in one campaign or in all; zeros when there are none.",
  })
  advocateMetrics(
    @Parent() participant: ParticipantReference,
    @CurrentIdentity() identity: Identity,
    @UuidArg('campaignId', { nullable: true }) campaignId?: string | null,
  ) {
    return this.advocates.forParticipant(organizationOf(identity), participant.id, campaignId ?? null);
  }

  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): ParticipantReference {
    return { id: reference.id };
  }
}

@Resolver()
export class EcosystemMetricsResolver {
  constructor(@Inject(EcosystemMetricsService) private readonly ecosystems: EcosystemMetricsService) {}

  @Query(() => EcosystemMetricsModel, {
    description: "Figures over the campaigns of one of the organization's ecosystems; zeros for an ecosystem without campaigns.",
  })
  ecosystemMetrics(@CurrentIdentity() identity: Identity, @UuidArg('ecosystemId') ecosystemId: string) {
    return this.ecosystems.forEcosystem(organizationOf(identity), ecosystemId);
  }
}
