import { Inject } from '@nestjs/common';
import { Directive, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import {
  assertAccess,
  checkParticipantExportReference,
  CurrentIdentity,
  type Identity,
  organizationOf,
  participantExportAccess,
} from '@alg/service-kit';
import { ParticipantExportReference, ParticipantScoringExportModel } from './participant-export.model.js';
import { ParticipantScoringExportService } from './participant-export.service.js';

/**
 * Adds the scoring section to a participant's export. The guard does not
 * run for entity references and their fields, so both check the export's
 * access here: admins only, and reads inside the caller's organization.
 */
@Resolver(() => ParticipantExportReference)
export class ParticipantExportResolver {
  constructor(@Inject(ParticipantScoringExportService) private readonly exports: ParticipantScoringExportService) {}

  @ResolveField(() => ParticipantScoringExportModel)
  @Directive('@requires(fields: "emailHash")')
  scoring(@Parent() reference: ParticipantExportReference, @CurrentIdentity() identity: Identity) {
    assertAccess(identity, participantExportAccess);

    return this.exports.export(organizationOf(identity), reference.participantId, reference.emailHash);
  }

  @ResolveReference()
  resolveReference(@Parent() reference: ParticipantExportReference, @CurrentIdentity() identity: Identity): ParticipantExportReference {
    return checkParticipantExportReference(reference, identity);
  }
}
