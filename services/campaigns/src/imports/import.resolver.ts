import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf } from '@alg/service-kit';
import { ImportParticipantsInput, ParticipantImportModel } from './import.model.js';
import { ImportService } from './import.service.js';

@Resolver(() => ParticipantImportModel)
export class ImportResolver {
  constructor(@Inject(ImportService) private readonly imports: ImportService) {}

  @Mutation(() => ParticipantImportModel, { description: 'Imports participants from a CSV export into an ecosystem.' })
  importParticipants(@CurrentIdentity() identity: Identity, @Args('input') input: ImportParticipantsInput) {
    return this.imports.run(organizationOf(identity), input);
  }

  @Query(() => ParticipantImportModel)
  participantImport(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.imports.get(organizationOf(identity), id);
  }
}
