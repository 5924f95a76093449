import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsDate, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ConnectionType, PageArgs } from '@alg/service-kit';
import { graphqlEnum } from '../common/graphql-enum.js';
import { eventVenues, interactionKinds } from './interaction.entity.js';

export const InteractionKind = graphqlEnum(interactionKinds, 'InteractionKind', 'The experience that ends in a completion moment.');
export const EventVenue = graphqlEnum(eventVenues, 'EventVenue', 'Where an event takes place.');

@ObjectType('Interaction')
export class InteractionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => InteractionKind)
  kind!: string;

  @Field(() => EventVenue, { nullable: true })
  venue?: string;

  @Field(() => Date, { nullable: true })
  startsAt?: Date;

  @Field(() => Date, { nullable: true })
  endsAt?: Date;

  @Field()
  timeZone!: string;

  @Field()
  createdAt!: Date;
}

export const InteractionConnection = ConnectionType(InteractionModel, 'Interaction');

@InputType()
export class CreateInteractionInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => InteractionKind)
  @IsIn(interactionKinds)
  kind!: (typeof interactionKinds)[number];

  @Field(() => EventVenue, { nullable: true, description: 'Required for events.' })
  @IsOptional()
  @IsIn(eventVenues)
  venue?: (typeof eventVenues)[number];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date;

  @Field({ nullable: true, description: "IANA time zone; the organization's when omitted." })
  @IsOptional()
  @IsString()
  timeZone?: string;
}

@ArgsType()
export class InteractionListArgs extends PageArgs {}
