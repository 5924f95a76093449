import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf, RequireRole, UuidArg } from '@alg/service-kit';
import type { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookEndpointService } from './webhook-endpoint.service.js';
import {
  CreateWebhookEndpointInput,
  RotateWebhookSecretInput,
  WebhookEndpointConnection,
  WebhookEndpointListArgs,
  WebhookEndpointModel,
  WebhookEndpointSecret,
} from './webhook.model.js';

@Resolver(() => WebhookEndpointModel)
export class WebhookResolver {
  constructor(@Inject(WebhookEndpointService) private readonly endpoints: WebhookEndpointService) {}

  @Query(() => WebhookEndpointConnection)
  @RequireRole('admin')
  completionWebhooks(@CurrentIdentity() identity: Identity, @Args() args: WebhookEndpointListArgs) {
    return this.endpoints.list(organizationOf(identity), args);
  }

  @Mutation(() => WebhookEndpointSecret, { description: 'Creates an endpoint for signed completion moments; its secret is shown only here.' })
  @RequireRole('admin')
  createCompletionWebhook(@CurrentIdentity() identity: Identity, @Args('input') input: CreateWebhookEndpointInput) {
    return this.endpoints.create(organizationOf(identity), input);
  }

  @Mutation(() => WebhookEndpointSecret, { description: 'Issues a new secret; the old one stays valid for a while.' })
  @RequireRole('admin')
  rotateCompletionWebhookSecret(
    @CurrentIdentity() identity: Identity,
    @UuidArg('id') id: string,
    @Args('input', { type: () => RotateWebhookSecretInput, nullable: true }) input?: RotateWebhookSecretInput,
  ) {
    return this.endpoints.rotate(organizationOf(identity), id, input?.previousSecretValidHours ?? 24);
  }

  @Mutation(() => WebhookEndpointModel)
  @RequireRole('admin')
  disableCompletionWebhook(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.endpoints.setDisabled(organizationOf(identity), id, true);
  }

  @Mutation(() => WebhookEndpointModel)
  @RequireRole('admin')
  enableCompletionWebhook(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.endpoints.setDisabled(organizationOf(identity), id, false);
  }

  @ResolveField(() => String)
  url(@Parent() endpoint: WebhookEndpoint) {
    return this.endpoints.url(endpoint);
  }
}
