import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsDate, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ConnectionType, PageArgs } from '@alg/service-kit';
import { graphqlEnum } from '../common/graphql-enum.js';
import { OrderInput } from '../common/ordering.js';
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
  venue?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field({ description: 'IANA time zone in which the schedule is shown.' })
  timeZone!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Venue address or meeting link.' })
  location?: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const InteractionConnection = ConnectionType(InteractionModel, 'Interaction');

export const interactionOrderFields = ['created_at', 'name', 'updated_at'] as const;
export const InteractionOrder = OrderInput('Interaction', interactionOrderFields);

@InputType()
export class CreateInteractionInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => InteractionKind)
  @IsIn(interactionKinds)
  kind!: (typeof interactionKinds)[number];

  @Field(() => EventVenue, { nullable: true, description: 'Required for events, which are virtual, physical or hybrid.' })
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

  @Field(() => String, { nullable: true, description: "IANA time zone; the organization's when omitted." })
  @IsOptional()
  @IsString()
  timeZone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'Venue address or meeting link.' })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  location?: string;
}

/** Omitted fields stay; null clears a nullable one. */
@InputType()
export class UpdateInteractionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => InteractionKind, { nullable: true })
  @IsOptional()
  @IsIn(interactionKinds)
  kind?: (typeof interactionKinds)[number];

  @Field(() => EventVenue, { nullable: true })
  @IsOptional()
  @IsIn(eventVenues)
  venue?: (typeof eventVenues)[number] | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  timeZone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  location?: string | null;
}

@ArgsType()
export class InteractionListArgs extends PageArgs {
  @Field(() => [InteractionKind], { nullable: true })
  @IsOptional()
  @IsIn(interactionKinds, { each: true })
  kinds?: (typeof interactionKinds)[number][];

  @Field(() => String, { nullable: true, description: 'Only interactions whose name contains this text.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string;

  @Field(() => Date, { nullable: true, description: 'Only interactions that end at or after this time (or have no end).' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only interactions that start before this time (or have no start).' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => InteractionOrder, { nullable: true, description: 'Default: oldest first.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InteractionOrder)
  orderBy?: InstanceType<typeof InteractionOrder>;
}
