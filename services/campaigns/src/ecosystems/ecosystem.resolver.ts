import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf, UuidArg } from '@alg/service-kit';
import type { Ecosystem } from './ecosystem.entity.js';
import {
  CreateEcosystemInput,
  EcosystemConnection,
  EcosystemListArgs,
  EcosystemModel,
  UpdateEcosystemInput,
} from './ecosystem.model.js';
import { EcosystemService } from './ecosystem.service.js';

@Resolver(() => EcosystemModel)
export class EcosystemResolver {
  constructor(@Inject(EcosystemService) private readonly ecosystemService: EcosystemService) {}

  @Query(() => EcosystemConnection)
  ecosystems(@CurrentIdentity() identity: Identity, @Args() args: EcosystemListArgs) {
    return this.ecosystemService.list(organizationOf(identity), args);
  }

  @Query(() => EcosystemModel)
  ecosystem(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.ecosystemService.get(organizationOf(identity), id);
  }

  @Mutation(() => EcosystemModel)
  createEcosystem(@CurrentIdentity() identity: Identity, @Args('input') input: CreateEcosystemInput) {
    return this.ecosystemService.create(organizationOf(identity), input);
  }

  @Mutation(() => EcosystemModel)
  updateEcosystem(
    @CurrentIdentity() identity: Identity,
    @UuidArg('id') id: string,
    @Args('input') input: UpdateEcosystemInput,
  ) {
    return this.ecosystemService.update(organizationOf(identity), id, input);
  }

  @Mutation(() => EcosystemModel, {
    description: 'Deletes an ecosystem that no campaign uses; its participants stay in the organization.',
  })
  deleteEcosystem(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.ecosystemService.delete(organizationOf(identity), id);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() ecosystem: Ecosystem) {
    return this.ecosystemService.memberCount(ecosystem.organizationId, ecosystem.id);
  }
}
