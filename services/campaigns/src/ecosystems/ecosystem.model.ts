import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ConnectionType, PageArgs } from '@alg/service-kit';
import { graphqlEnum } from '../common/graphql-enum.js';
import { ecosystemKinds } from './ecosystem.entity.js';

export const EcosystemKind = graphqlEnum(ecosystemKinds, 'EcosystemKind', 'The group of people a campaign activates.');

@ObjectType('Ecosystem')
export class EcosystemModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => EcosystemKind)
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Owning partner of a partner-network ecosystem.' })
  partnerName?: string;

  @Field()
  createdAt!: Date;
}

export const EcosystemConnection = ConnectionType(EcosystemModel, 'Ecosystem');

@InputType()
export class CreateEcosystemInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => EcosystemKind)
  @IsIn(ecosystemKinds)
  kind!: (typeof ecosystemKinds)[number];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  partnerName?: string;
}

@ArgsType()
export class EcosystemListArgs extends PageArgs {}
