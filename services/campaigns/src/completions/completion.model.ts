import { ArgsType, Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsEmail, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { Transform, Type } from 'class-transformer';
import { trimmed } from '../common/text.js';
import { ConnectionType, PageArgs, SortDirection } from '@alg/service-kit';
import { graphqlEnum } from '../common/graphql-enum.js';
import { CampaignModel, Network } from '../campaigns/campaign.model.js';
import { ConsentInput, ParticipantModel } from '../participants/participant.model.js';
import { completionKinds, completionSources } from './completion.entity.js';
import { notInvitedReasons } from './invitation.service.js';

export const CompletionKind = graphqlEnum(completionKinds, 'CompletionKind', 'The moment that triggers an invitation.');
export const CompletionSource = graphqlEnum(completionSources, 'CompletionSource', 'How a completion moment arrived.');
export const NotInvitedReason = graphqlEnum(notInvitedReasons, 'NotInvitedReason', 'Why a completion moment led to no invitation.');

@ObjectType('SharePost', { description: 'A rendered post for one network, ready to share.' })
export class SharePostModel {
  @Field(() => Network)
  network!: string;

  @Field(() => Int, { description: 'Variant within the network, from 0.' })
  position!: number;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true, description: 'Subject of an e-mail post.' })
  subject?: string | null;

  @Field({ description: 'Personal tracked link included in the post.' })
  link!: string;

  @Field({ description: "Opens the network's share dialog with the post prefilled." })
  intentUrl!: string;

  @Field(() => Int, { description: 'Length as the network counts it (X counts a link as 23).' })
  characterCount!: number;
}

@ObjectType('Invitation')
@Directive('@key(fields: "id")')
export class InvitationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => CampaignModel)
  campaign!: CampaignModel;

  @Field(() => ParticipantModel)
  participant!: ParticipantModel;

  @Field(() => [SharePostModel])
  posts!: SharePostModel[];

  @Field({ description: 'Public page with the posts and one share button per network.' })
  shareUrl!: string;

  @Field({ description: 'PNG card of the participant, used as the preview image.' })
  cardUrl!: string;

  @Field()
  invitedAt!: Date;
}

export const InvitationConnection = ConnectionType(InvitationModel, 'Invitation');

@ObjectType('Completion')
export class CompletionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => CompletionKind)
  kind!: string;

  @Field(() => CompletionSource)
  source!: string;

  @Field(() => String, { nullable: true, description: "The sender's id for the moment." })
  externalId?: string | null;

  @Field(() => CampaignModel)
  campaign!: CampaignModel;

  @Field()
  occurredAt!: Date;

  @Field()
  recordedAt!: Date;

  @Field(() => ParticipantModel)
  participant!: ParticipantModel;
}

export const CompletionConnection = ConnectionType(CompletionModel, 'Completion');

@ObjectType()
export class RecordCompletionPayload {
  @Field(() => CompletionModel)
  completion!: CompletionModel;

  @Field(() => InvitationModel, {
    nullable: true,
    description: 'The invitation, new or earlier; null when notInvitedReason says why not.',
  })
  invitation?: InvitationModel | null;

  @Field(() => NotInvitedReason, { nullable: true })
  notInvitedReason?: string | null;

  @Field({ description: 'False when the same externalId was already recorded.' })
  created!: boolean;
}

@InputType()
export class RecordCompletionInput {
  @Field(() => ID)
  @IsUUID()
  campaignId!: string;

  @Field({ description: 'E-mail of the person; an unknown person becomes a participant.' })
  @Transform(trimmed)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  firstName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  lastName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  company?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  title?: string;

  @Field(() => ConsentInput, { nullable: true, description: 'Consent of a person not known yet.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentInput)
  consent?: ConsentInput;

  @Field(() => CompletionKind)
  @IsIn(completionKinds)
  kind!: (typeof completionKinds)[number];

  @Field(() => Date, { nullable: true, description: 'When it happened; now when omitted.' })
  @IsOptional()
  @IsDate()
  occurredAt?: Date;

  @Field(() => String, { nullable: true, description: "The sender's id for the moment; repeats are recorded once." })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  externalId?: string;
}

@ArgsType()
export class CompletionListArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  participantId?: string;

  @Field(() => [CompletionKind], { nullable: true })
  @IsOptional()
  @IsIn(completionKinds, { each: true })
  kinds?: (typeof completionKinds)[number][];

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'By occurredAt; newest first by default.' })
  @IsEnum(SortDirection)
  direction!: SortDirection;
}

@ArgsType()
export class InvitationListArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  participantId?: string;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'By invitedAt; oldest first by default.' })
  @IsEnum(SortDirection)
  direction!: SortDirection;
}
