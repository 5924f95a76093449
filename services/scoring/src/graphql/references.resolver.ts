import { Parent, ResolveReference, Resolver } from '@nestjs/graphql';
import { CampaignReference, ParticipantReference } from './references.model.js';

/**
 * Entity references resolve to the id alone: every field scoring adds
 * reads the caller's organization and returns nothing for an id of
 * another organization.
 */
@Resolver(() => ParticipantReference)
export class ParticipantReferenceResolver {
  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): ParticipantReference {
    return { id: reference.id };
  }
}

@Resolver(() => CampaignReference)
export class CampaignReferenceResolver {
  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): CampaignReference {
    return { id: reference.id };
  }
}
