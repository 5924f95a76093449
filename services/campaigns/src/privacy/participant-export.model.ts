import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CampaignOutcome, CampaignStatus, Network } from '../campaigns/campaign.model.js';
import { graphqlEnum } from '../common/graphql-enum.js';
import { CompletionKind, CompletionSource } from '../completions/completion.model.js';
import { EcosystemKind } from '../ecosystems/ecosystem.model.js';
import { ImportRowOutcome } from '../imports/import.model.js';
import { InteractionKind } from '../interactions/interaction.model.js';
import { LineageModel, NetworkProfileModel } from '../participants/participant.model.js';

/** Version of the export document's shape; it changes when a field is removed or changes meaning. */
export const PARTICIPANT_EXPORT_FORMAT_VERSION = 1;

export const consentPurposes = ['contact', 'partner_sharing'] as const;
export const ConsentPurpose = graphqlEnum(consentPurposes, 'ConsentPurpose', 'A purpose a participant may consent to.');

@ObjectType('ExportedOrganization', { description: 'The organization that holds the data.' })
export class ExportedOrganizationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('ExportedProfile', { description: 'The personal fields of the participant.' })
export class ExportedProfileModel {
  @Field({ description: 'Normalized: trimmed and lower-cased.' })
  email!: string;

  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => String, { nullable: true })
  company!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => [NetworkProfileModel])
  profiles!: NetworkProfileModel[];

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('ExportedConsent', { description: 'Consent for one purpose.' })
export class ExportedConsentModel {
  @Field(() => ConsentPurpose)
  purpose!: string;

  @Field()
  granted!: boolean;

  @Field(() => Date, { nullable: true, description: 'Last change of any consent; null when unchanged since the participant was added.' })
  changedAt!: Date | null;
}

@ObjectType('ExportedEcosystemMembership')
export class ExportedEcosystemMembershipModel {
  @Field(() => ID)
  ecosystemId!: string;

  @Field()
  name!: string;

  @Field(() => EcosystemKind)
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Owning partner of a partner-network ecosystem.' })
  partnerName!: string | null;

  @Field()
  joinedAt!: Date;
}

@ObjectType('ExportedCampaign', { description: 'A campaign the participant completed a moment of or was invited to.' })
export class ExportedCampaignModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => CampaignOutcome)
  outcome!: string;

  @Field(() => CampaignStatus)
  status!: string;

  @Field(() => ID)
  interactionId!: string;

  @Field(() => ID, { nullable: true })
  teamId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the team that runs the campaign.' })
  teamName!: string | null;
}

@ObjectType('ExportedInteraction', { description: 'The experience behind one of those campaigns.' })
export class ExportedInteractionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => InteractionKind)
  kind!: string;

  @Field(() => Date, { nullable: true })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;
}

@ObjectType('ExportedCompletion', { description: 'A completion moment of the participant.' })
export class ExportedCompletionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => CompletionKind)
  kind!: string;

  @Field(() => CompletionSource)
  source!: string;

  @Field(() => String, { nullable: true, description: "The sender's id for the moment." })
  externalId!: string | null;

  @Field()
  occurredAt!: Date;

  @Field()
  recordedAt!: Date;
}

@ObjectType('ExportedInvitation', { description: 'An invitation to share a campaign.' })
export class ExportedInvitationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  completionId!: string;

  @Field(() => [Network], { description: 'Networks with a personal tracked link; the links are in the tracking section.' })
  networks!: string[];

  @Field({ description: 'Public share page of the invitation.' })
  shareUrl!: string;

  @Field()
  invitedAt!: Date;
}

@ObjectType('ExportedImportRow', { description: 'A row of an imported file that created or updated the participant.' })
export class ExportedImportRowModel {
  @Field(() => ID)
  importId!: string;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => Int, { description: 'Physical line of the row in the file.' })
  line!: number;

  @Field(() => ImportRowOutcome)
  outcome!: string;

  @Field()
  importedAt!: Date;
}

/**
 * Everything the platform stores about one participant, for the right of
 * access and data portability. Campaigns owns the entity and its fields
 * here; tracking adds `tracking` and scoring adds `scoring`.
 */
@ObjectType('ParticipantExport', {
  description:
    'Everything the platform stores about one participant: campaigns fields here, tracking and scoring in their sections.',
})
@Directive('@key(fields: "participantId")')
export class ParticipantExportModel {
  @Field(() => ID)
  participantId!: string;

  @Field(() => Int, { description: 'Version of the document shape; it changes when a field is removed or changes meaning.' })
  formatVersion!: number;

  @Field()
  exportedAt!: Date;

  @Field(() => ExportedOrganizationModel)
  organization!: ExportedOrganizationModel;

  @Field({ description: 'SHA-256 of the normalized e-mail, by which the services compare people.' })
  emailHash!: string;

  @Field(() => ExportedProfileModel)
  profile!: ExportedProfileModel;

  @Field(() => [ExportedConsentModel])
  consents!: ExportedConsentModel[];

  @Field(() => LineageModel)
  lineage!: LineageModel;

  @Field(() => [ExportedEcosystemMembershipModel])
  ecosystemMemberships!: ExportedEcosystemMembershipModel[];

  @Field(() => [ExportedCompletionModel])
  completions!: ExportedCompletionModel[];

  @Field(() => [ExportedInvitationModel])
  invitations!: ExportedInvitationModel[];

  @Field(() => [ExportedCampaignModel], { description: 'Campaigns of the completions and invitations, with their teams.' })
  campaigns!: ExportedCampaignModel[];

  @Field(() => [ExportedInteractionModel], { description: 'Interactions of those campaigns.' })
  interactions!: ExportedInteractionModel[];

  @Field(() => [ExportedImportRowModel])
  importRows!: ExportedImportRowModel[];
}
