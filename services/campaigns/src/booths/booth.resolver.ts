import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf, UuidArg } from '@alg/service-kit';
import type { Booth } from './booth.entity.js';
import { BoothConnection, BoothListArgs, BoothModel, CreateBoothInput } from './booth.model.js';
import { BoothService } from './booth.service.js';

@Resolver(() => BoothModel)
export class BoothResolver {
  constructor(@Inject(BoothService) private readonly boothService: BoothService) {}

  @Query(() => BoothConnection)
  booths(@CurrentIdentity() identity: Identity, @Args() args: BoothListArgs) {
    return this.boothService.list(organizationOf(identity), args);
  }

  @Mutation(() => BoothModel)
  createBooth(@CurrentIdentity() identity: Identity, @Args('input') input: CreateBoothInput) {
    return this.boothService.create(organizationOf(identity), input);
  }

  @Mutation(() => BoothModel)
  deleteBooth(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.boothService.delete(organizationOf(identity), id);
  }

  @ResolveField(() => String)
  checkInUrl(@Parent() booth: Booth) {
    return this.boothService.checkInUrl(booth);
  }

  @ResolveField(() => String)
  qrCodeUrl(@Parent() booth: Booth) {
    return this.boothService.qrCodeUrl(booth);
  }
}
