import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf, RequireRole } from '@alg/service-kit';
import { CredentialService } from '../credentials/credential.service.js';
import {
  ApiKeyModel,
  CreateApiKeyInput,
  CreatedApiKey,
  CreatedOrganization,
  CreateOrganizationInput,
  OrganizationModel,
} from './organization.model.js';
import { OrganizationService } from './organization.service.js';

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(
    @Inject(OrganizationService) private readonly organizations: OrganizationService,
    @Inject(CredentialService) private readonly credentials: CredentialService,
  ) {}

  @Query(() => OrganizationModel, { description: "The caller's organization." })
  organization(@CurrentIdentity() identity: Identity) {
    return this.organizations.get(organizationOf(identity));
  }

  @Mutation(() => CreatedOrganization, { description: 'Creates an organization; platform operators only.' })
  @RequireRole('operator')
  createOrganization(@Args('input') input: CreateOrganizationInput) {
    return this.organizations.create(input);
  }

  @Query(() => [ApiKeyModel])
  @RequireRole('admin')
  apiKeys(@CurrentIdentity() identity: Identity) {
    return this.credentials.list(organizationOf(identity));
  }

  @Mutation(() => CreatedApiKey)
  @RequireRole('admin')
  createApiKey(@CurrentIdentity() identity: Identity, @Args('input') input: CreateApiKeyInput) {
    return this.credentials.create(identity, organizationOf(identity), input);
  }

  @Mutation(() => ApiKeyModel)
  @RequireRole('admin')
  revokeApiKey(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.credentials.revoke(organizationOf(identity), id);
  }
}
