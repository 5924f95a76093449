import { Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { graphqlEnum } from '../common/graphql-enum.js';
import { CampaignModel, Network } from '../campaigns/campaign.model.js';
import { ParticipantModel } from '../participants/participant.model.js';
import { completionKinds } from './completion.entity.js';

export const CompletionKind = graphqlEnum(completionKinds, 'CompletionKind', 'The moment that triggers an invitation.');

@ObjectType('SharePost', { description: 'A rendered post for one network, ready to share.' })
export class SharePostModel {
  @Field(() => Network)
  network!: string;

  @Field()
  text!: string;

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

  @Field()
  invitedAt!: Date;
}

@ObjectType('Completion')
export class CompletionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => CompletionKind)
  kind!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ParticipantModel)
  participant!: ParticipantModel;
}

@ObjectType()
export class RecordCompletionPayload {
  @Field(() => CompletionModel)
  completion!: CompletionModel;

  @Field(() => InvitationModel, {
    nullable: true,
    description: 'The invitation, new or earlier; null when the campaign is not live or the moment is outside its window.',
  })
  invitation?: InvitationModel | null;

  @Field({ description: 'False when the same externalId was already recorded.' })
  created!: boolean;
}

@InputType()
export class RecordCompletionInput {
  @Field(() => ID)
  @IsUUID()
  campaignId!: string;

  @Field({ description: 'E-mail of the person; an unknown person becomes a participant.' })
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
