import { Directive, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { conversionKinds, networks } from '@alg/service-kit';
import { conversionKindEnum, networkEnum, shareSourceEnum } from './enums.js';

@ObjectType('TrackedLink')
export class TrackedLinkModel {
  @Field()
  code!: string;

  @Field(() => networkEnum)
  network!: string;

  @Field()
  url!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  participantId!: string;

  @Field(() => Int, { nullable: true, description: "The participant's audience on the network when invited, if known." })
  networkSize!: number | null;
}

@ObjectType('Campaign')
@Directive('@key(fields: "id")')
export class CampaignReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Invitation')
@Directive('@key(fields: "id")')
export class InvitationReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Participant')
@Directive('@key(fields: "id")')
export class ParticipantReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Share')
export class ShareModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  participantId!: string;

  @Field(() => networkEnum)
  network!: string;

  @Field(() => Int)
  networkSize!: number;

  @Field(() => shareSourceEnum)
  source!: string;

  @Field()
  sharedAt!: Date;
}

@ObjectType('Conversion')
export class ConversionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID, { description: 'Participant credited (owner of the last-touch link).' })
  advocateId!: string;

  @Field(() => conversionKindEnum)
  kind!: string;

  @Field({ description: 'Link code of the credited, last touch.' })
  lastTouchCode!: string;

  @Field({ description: 'Link code of the first touch the visitor arrived with.' })
  firstTouchCode!: string;

  @Field()
  credited!: boolean;

  @Field()
  selfReferral!: boolean;

  @Field({ description: "False when it came after the campaign's attribution window had closed." })
  withinWindow!: boolean;

  @Field(() => Float, { description: 'Value in the campaign currency.' })
  value!: number;

  @Field({ description: 'True when the same person had already converted this way.' })
  duplicate!: boolean;

  @Field()
  convertedAt!: Date;
}

@InputType()
export class RecordShareInput {
  @Field(() => ID)
  @IsUUID()
  invitationId!: string;

  @Field(() => networkEnum)
  @IsIn(networks)
  network!: (typeof networks)[number];

  @Field(() => Int, {
    nullable: true,
    description: "The advocate's connections or followers on the network now; the size from the invitation when left out.",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  networkSize?: number;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  sharedAt?: Date;
}

@InputType()
export class RecordConversionInput {
  @Field({ description: 'The alg_ref value the landing page received.' })
  @IsString()
  @Length(8, 100)
  ref!: string;

  @Field(() => String, { nullable: true, description: 'The first alg_ref the visitor arrived with, if different.' })
  @IsOptional()
  @IsString()
  @Length(8, 100)
  firstRef?: string;

  @Field(() => conversionKindEnum)
  @IsIn(conversionKinds)
  kind!: (typeof conversionKinds)[number];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  name?: string;

  @Field(() => Float, { nullable: true, description: 'Value in the campaign currency (pipeline, order).' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  value?: number;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  occurredAt?: Date;
}
