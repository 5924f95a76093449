import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf } from '@alg/service-kit';
import { CreateEcosystemInput, EcosystemConnection, EcosystemListArgs, EcosystemModel } from './ecosystem.model.js';
import { EcosystemService } from './ecosystem.service.js';

@Resolver(() => EcosystemModel)
export class EcosystemResolver {
  constructor(@Inject(EcosystemService) private readonly ecosystemService: EcosystemService) {}

  @Query(() => EcosystemConnection)
  ecosystems(@CurrentIdentity() identity: Identity, @Args() args: EcosystemListArgs) {
    return this.ecosystemService.list(organizationOf(identity), args);
  }

  @Query(() => EcosystemModel)
  ecosystem(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.ecosystemService.get(organizationOf(identity), id);
  }

  @Mutation(() => EcosystemModel)
  createEcosystem(@CurrentIdentity() identity: Identity, @Args('input') input: CreateEcosystemInput) {
    return this.ecosystemService.create(organizationOf(identity), input);
  }
}
