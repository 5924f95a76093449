import { ArgsType, Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Transform, Type } from 'class-transformer';
import { trimmed } from '../common/text.js';
import { ConnectionType, networks, PageArgs } from '@alg/service-kit';
import { Network } from '../campaigns/campaign.model.js';
import { graphqlEnum } from '../common/graphql-enum.js';
import { OrderInput } from '../common/ordering.js';
import { EcosystemModel } from '../ecosystems/ecosystem.model.js';
import { participantOrigins } from './participant.entity.js';
import { MAX_NETWORK_SIZE } from './person.js';

export const ParticipantOrigin = graphqlEnum(participantOrigins, 'ParticipantOrigin', 'How a participant entered the organization.');

@ObjectType('Lineage', { description: 'Where a participant came from.' })
export class LineageModel {
  @Field(() => ParticipantOrigin)
  origin!: string;

  @Field(() => ID, { nullable: true, description: 'Campaign whose conversion created the participant.' })
  sourceCampaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Advocate whose link the participant converted through.' })
  sourceAdvocateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Import whose row created the participant.' })
  sourceImportId?: string | null;
}

@ObjectType('NetworkProfile', { description: "A participant's presence on one network." })
export class NetworkProfileModel {
  @Field(() => Network)
  network!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => Int, { nullable: true, description: 'Followers or connections, for potential reach.' })
  size?: number | null;
}

@ObjectType('Consent', { description: 'What the participant agreed to, per purpose.' })
export class ConsentModel {
  @Field({ description: 'May be contacted, invited and targeted.' })
  contact!: boolean;

  @Field({ description: 'May have profile fields shared with partner portals.' })
  partnerSharing!: boolean;

  @Field(() => Date, { nullable: true })
  changedAt?: Date | null;
}

@ObjectType('Participant')
@Directive('@key(fields: "id")')
export class ParticipantModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Normalized: trimmed and lower-cased, local part included.' })
  email!: string;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => [NetworkProfileModel])
  profiles!: NetworkProfileModel[];

  @Field(() => Int, { description: 'Sum of the known network sizes.' })
  potentialReach!: number;

  @Field(() => ConsentModel)
  consent!: ConsentModel;

  @Field(() => [EcosystemModel])
  ecosystems!: EcosystemModel[];

  @Field(() => LineageModel)
  lineage!: LineageModel;

  @Field(() => Date, { nullable: true, description: 'Set once the personal data was erased.' })
  erasedAt?: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const ParticipantConnection = ConnectionType(ParticipantModel, 'Participant');

export const participantOrderFields = ['created_at', 'updated_at', 'email'] as const;
export const ParticipantOrder = OrderInput('Participant', participantOrderFields);

@ArgsType()
export class ParticipantListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only members of this ecosystem.' })
  @IsOptional()
  @IsUUID()
  ecosystemId?: string;

  @Field(() => String, { nullable: true, description: 'Only participants whose e-mail, name or company contains this text.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string;

  @Field(() => [ParticipantOrigin], { nullable: true })
  @IsOptional()
  @IsIn(participantOrigins, { each: true })
  origins?: (typeof participantOrigins)[number][];

  @Field(() => ID, { nullable: true, description: 'Only participants created by a conversion of this campaign.' })
  @IsOptional()
  @IsUUID()
  sourceCampaignId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only participants with (true) or without (false) contact consent.' })
  @IsOptional()
  @IsBoolean()
  contactConsent?: boolean;

  @Field(() => Date, { nullable: true, description: 'Only participants created at or after this time.' })
  @IsOptional()
  @IsDate()
  createdFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Only participants created before this time.' })
  @IsOptional()
  @IsDate()
  createdTo?: Date;

  @Field({ defaultValue: false, description: 'Include erased participants.' })
  @IsBoolean()
  includeErased!: boolean;

  @Field(() => ParticipantOrder, { nullable: true, description: 'Default: oldest first.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ParticipantOrder)
  orderBy?: InstanceType<typeof ParticipantOrder>;
}

@InputType()
export class NetworkProfileInput {
  @Field(() => Network)
  @IsIn(networks)
  network!: (typeof networks)[number];

  @Field(() => String, { nullable: true, description: 'Profile address; null clears it.' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  url?: string | null;

  @Field(() => Int, { nullable: true, description: 'Followers or connections; null clears it.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_NETWORK_SIZE)
  size?: number | null;
}

@InputType()
export class ConsentInput {
  @Field(() => Boolean, { nullable: true, description: 'May be contacted; true unless given.' })
  @IsOptional()
  @IsBoolean()
  contact?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'May be shared with partners; false unless given.' })
  @IsOptional()
  @IsBoolean()
  partnerSharing?: boolean;
}

@InputType()
export class CreateParticipantInput {
  @Field()
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

  @Field(() => [NetworkProfileInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => NetworkProfileInput)
  @ArrayMaxSize(4)
  profiles!: NetworkProfileInput[];

  @Field(() => ConsentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentInput)
  consent?: ConsentInput;

  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  ecosystemIds!: string[];
}

/** Omitted fields stay; null or an empty text clears one. */
@InputType()
export class UpdateParticipantInput {
  @Field(() => String, { nullable: true, description: 'A new address; it must not belong to another participant.' })
  @IsOptional()
  @Transform(trimmed)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  company?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  title?: string | null;

  @Field(() => [NetworkProfileInput], { nullable: true, description: 'Replaces the profile of each network given.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => NetworkProfileInput)
  @ArrayMaxSize(4)
  profiles?: NetworkProfileInput[];
}
