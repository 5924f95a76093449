import { ArgsType, Directive, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ConnectionType, PageArgs } from '@alg/service-kit';
import { graphqlEnum } from '../common/graphql-enum.js';
import { EcosystemModel } from '../ecosystems/ecosystem.model.js';
import { participantOrigins } from './participant.entity.js';

export const ParticipantOrigin = graphqlEnum(participantOrigins, 'ParticipantOrigin', 'How a participant entered the organization.');

@ObjectType('Lineage', { description: 'Where a participant came from.' })
export class LineageModel {
  @Field(() => ParticipantOrigin)
  origin!: string;

  @Field(() => ID, { nullable: true, description: 'Campaign whose conversion created the participant.' })
  sourceCampaignId?: string;

  @Field(() => ID, { nullable: true, description: 'Advocate whose link the participant converted through.' })
  sourceAdvocateId?: string;
}

@ObjectType('Participant')
@Directive('@key(fields: "id")')
export class ParticipantModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  firstName?: string;

  @Field(() => String, { nullable: true })
  lastName?: string;

  @Field(() => String, { nullable: true })
  company?: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => [EcosystemModel])
  ecosystems!: EcosystemModel[];

  @Field(() => LineageModel)
  lineage!: LineageModel;

  @Field()
  createdAt!: Date;
}

export const ParticipantConnection = ConnectionType(ParticipantModel, 'Participant');

@ArgsType()
export class ParticipantListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only members of this ecosystem.' })
  @IsOptional()
  @IsUUID()
  ecosystemId?: string;
}

@InputType()
export class CreateParticipantInput {
  @Field()
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

  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  ecosystemIds!: string[];
}
