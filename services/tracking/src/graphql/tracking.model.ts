import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { conversionKinds, networks } from '@alg/service-kit';

const networkEnum = Object.fromEntries(networks.map((value) => [value.toUpperCase(), value]));
registerEnumType(networkEnum, { name: 'Network', description: 'Where a participant shares.' });
const conversionKindEnum = Object.fromEntries(conversionKinds.map((value) => [value.toUpperCase(), value]));
registerEnumType(conversionKindEnum, { name: 'ConversionKind', description: 'What a tracked visitor did.' });

@ObjectType('NetworkResult')
export class NetworkResultModel {
  @Field(() => networkEnum)
  network!: string;

  @Field(() => Int)
  shares!: number;

  @Field(() => Float, { description: "Sum of each sharer's largest audience size on the network." })
  potentialReach!: number;

  @Field(() => Int)
  clicks!: number;
}

@ObjectType('ConversionCount')
export class ConversionCountModel {
  @Field(() => conversionKindEnum)
  kind!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: "Sum of the conversions' values in the campaign currency." })
  value!: number;
}

@ObjectType('CampaignMetrics', { description: 'Figures of one campaign; ratios are null when their denominator is 0.' })
export class CampaignMetricsModel {
  @Field(() => Int)
  invited!: number;

  @Field(() => Int, { description: 'Invited participants who shared at least once.' })
  activated!: number;

  @Field(() => Float, { nullable: true })
  activationRate!: number | null;

  @Field(() => Float)
  activationTarget!: number;

  @Field(() => Boolean, { nullable: true })
  targetMet!: boolean | null;

  @Field(() => Int)
  shares!: number;

  @Field(() => Float)
  potentialReach!: number;

  @Field(() => [NetworkResultModel])
  byNetwork!: NetworkResultModel[];

  @Field(() => Int, { description: 'Human clicks; previews, bots and self-clicks excluded.' })
  clicks!: number;

  @Field(() => Int, { description: 'Human clicks by distinct visitors per link within 24 hours.' })
  uniqueClicks!: number;

  @Field(() => Int, { description: 'Link-preview crawlers, HEAD requests and prefetches.' })
  previews!: number;

  @Field(() => Int)
  bots!: number;

  @Field(() => Int, { description: 'Clicks by the advocate on their own link.' })
  selfClicks!: number;

  @Field(() => Float, { nullable: true })
  clicksPerShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Clicks divided by potential reach.' })
  clickThroughRate!: number | null;

  @Field(() => Int, { description: 'Credited conversions of every kind.' })
  conversions!: number;

  @Field(() => [ConversionCountModel])
  conversionsByKind!: ConversionCountModel[];

  @Field(() => Int)
  selfReferrals!: number;

  @Field(() => Int)
  registrations!: number;

  @Field(() => Int)
  attendances!: number;

  @Field(() => Int)
  leads!: number;

  @Field(() => Float, { nullable: true })
  registrationToAttendanceRate!: number | null;

  @Field(() => Float)
  cost!: number;

  @Field()
  currency!: string;

  @Field(() => Float, { nullable: true })
  costPerRegistration!: number | null;

  @Field(() => Float, { nullable: true })
  costPerAttendee!: number | null;

  @Field(() => Float, { nullable: true })
  costPerLead!: number | null;
}

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

  @Field()
  credited!: boolean;

  @Field()
  selfReferral!: boolean;

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

  @Field(() => Int, { description: "The advocate's connections or followers on the network now." })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  networkSize!: number;

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
