import { Inject } from '@nestjs/common';
import { Parent, Query, ResolveReference, Resolver } from '@nestjs/graphql';
import {
  assertAccess,
  CurrentIdentity,
  type Identity,
  organizationOf,
  participantExportAccess,
  RequireRole,
  UuidArg,
} from '@alg/service-kit';
import { ParticipantExportModel } from './participant-export.model.js';
import { ParticipantExportService } from './participant-export.service.js';

@Resolver(() => ParticipantExportModel)
export class ParticipantExportResolver {
  constructor(@Inject(ParticipantExportService) private readonly exports: ParticipantExportService) {}

  @Query(() => ParticipantExportModel, {
    description:
      "Every record the platform keeps about a participant, for the person's right of access and portability. Admins only.",
  })
  @RequireRole(participantExportAccess.role)
  participantExport(@CurrentIdentity() identity: Identity, @UuidArg('id') id: string) {
    return this.exports.export(organizationOf(identity), id, identity);
  }

  /**
   * Resolves a reference with the query's checks, which the guard does not
   * apply here: admins only, inside the caller's organization, and null for
   * an unknown or erased participant.
   */
  @ResolveReference()
  resolveReference(@Parent() reference: { participantId: string }, @CurrentIdentity() identity: Identity) {
    assertAccess(identity, participantExportAccess);

    return this.exports.find(organizationOf(identity), reference.participantId);
  }
}
