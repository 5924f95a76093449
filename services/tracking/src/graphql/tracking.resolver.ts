import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, DomainError, type Identity, organizationOf, RequireScope, ServiceRuntime } from '@alg/service-kit';
import { ConversionService } from '../conversions/conversion.service.js';
import { LinkUrls } from '../links/link-urls.js';
import { TrackedLink } from '../links/tracked-link.entity.js';
import { ShareService } from '../shares/share.service.js';
import {
  ConversionModel,
  InvitationReference,
  RecordConversionInput,
  RecordShareInput,
  ShareModel,
  TrackedLinkModel,
} from './tracking.model.js';

@Resolver(() => InvitationReference)
export class InvitationLinksResolver {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(LinkUrls) private readonly urls: LinkUrls,
  ) {}

  @ResolveField(() => [TrackedLinkModel], {
    description: 'The personal tracked links; empty until tracking has received the invitation.',
  })
  async trackedLinks(@Parent() invitation: InvitationReference, @CurrentIdentity() identity: Identity) {
    const links = await this.runtime
      .em()
      .find(TrackedLink, { invitationId: invitation.id, organizationId: organizationOf(identity) }, { orderBy: { network: 'asc' } });

    return links.map((link) => this.urls.model(link));
  }

  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): InvitationReference {
    return { id: reference.id };
  }
}

@Resolver()
export class TrackingResolver {
  constructor(
    @Inject(ServiceRuntime) private readonly runtime: ServiceRuntime,
    @Inject(ShareService) private readonly shares: ShareService,
    @Inject(ConversionService) private readonly conversions: ConversionService,
    @Inject(LinkUrls) private readonly urls: LinkUrls,
  ) {}

  @Query(() => TrackedLinkModel)
  async trackedLink(@CurrentIdentity() identity: Identity, @Args('code') code: string) {
    const link = await this.runtime.em().findOne(TrackedLink, { code, organizationId: organizationOf(identity) });
    if (!link) throw DomainError.notFound('TrackedLink', code);

    return this.urls.model(link);
  }

  @Mutation(() => ShareModel, { description: 'Records that an invited participant shared on a network.' })
  recordShare(@CurrentIdentity() identity: Identity, @Args('input') input: RecordShareInput) {
    return this.shares.record(organizationOf(identity), input);
  }

  @Mutation(() => ConversionModel, { description: 'Records a conversion that arrived through a tracked link.' })
  @RequireScope('conversions')
  async recordConversion(@CurrentIdentity() identity: Identity, @Args('input') input: RecordConversionInput) {
    const recorded = await this.conversions.record(organizationOf(identity), input, 'api');

    return { ...recorded.conversion, duplicate: recorded.duplicate, value: recorded.value };
  }
}
