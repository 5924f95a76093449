import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf, UuidArg } from '@alg/service-kit';
import {
  CreateInteractionInput,
  InteractionConnection,
  InteractionListArgs,
  InteractionModel,
  UpdateInteractionInput,
} from './interaction.model.js';
import { InteractionService } from './interaction.service.js';

@Resolver(() => InteractionModel)
export class InteractionResolver {
  constructor(@Inject(InteractionService) private readonly interactionService: InteractionService) {}

  @Query(() => InteractionConnection)
  interactions(@CurrentIdentity() identity: Identity, @Args() args: InteractionListArgs) {
    return this.interactionService.list(organizationOf(identity), args);
  }

  @Query(() => InteractionModel)
  interaction(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.interactionService.get(organizationOf(identity), id);
  }

  @Mutation(() => InteractionModel)
  createInteraction(@CurrentIdentity() identity: Identity, @Args('input') input: CreateInteractionInput) {
    return this.interactionService.create(organizationOf(identity), input);
  }

  @Mutation(() => InteractionModel)
  updateInteraction(
    @CurrentIdentity() identity: Identity,
    @UuidArg('id') id: string,
    @Args('input') input: UpdateInteractionInput,
  ) {
    return this.interactionService.update(organizationOf(identity), id, input);
  }

  @Mutation(() => InteractionModel, { description: 'Deletes an interaction that no campaign uses.' })
  deleteInteraction(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.interactionService.delete(organizationOf(identity), id);
  }
}
