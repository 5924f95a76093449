import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ConnectionType, PageArgs } from '@alg/service-kit';
import { graphqlEnum } from '../common/graphql-enum.js';
import { OrderInput } from '../common/ordering.js';
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
  partnerName?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { description: 'Participants in the ecosystem, erased ones excluded.' })
  memberCount!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const EcosystemConnection = ConnectionType(EcosystemModel, 'Ecosystem');

export const ecosystemOrderFields = ['created_at', 'name', 'updated_at'] as const;
export const EcosystemOrder = OrderInput('Ecosystem', ecosystemOrderFields);

@InputType()
export class CreateEcosystemInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => EcosystemKind)
  @IsIn(ecosystemKinds)
  kind!: (typeof ecosystemKinds)[number];

  @Field(() => String, { nullable: true, description: 'Required for, and only allowed on, a PARTNER_NETWORK.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  partnerName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  description?: string;
}

@InputType()
export class UpdateEcosystemInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => EcosystemKind, { nullable: true })
  @IsOptional()
  @IsIn(ecosystemKinds)
  kind?: (typeof ecosystemKinds)[number];

  @Field(() => String, { nullable: true, description: 'An empty text clears it.' })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  partnerName?: string;

  @Field(() => String, { nullable: true, description: 'An empty text clears it.' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  description?: string;
}

@ArgsType()
export class EcosystemListArgs extends PageArgs {
  @Field(() => [EcosystemKind], { nullable: true, description: 'Only ecosystems of these kinds.' })
  @IsOptional()
  @IsIn(ecosystemKinds, { each: true })
  kinds?: (typeof ecosystemKinds)[number][];

  @Field(() => String, { nullable: true, description: 'Only ecosystems whose name or partner contains this text.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string;

  @Field(() => EcosystemOrder, { nullable: true, description: 'Default: oldest first.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EcosystemOrder)
  orderBy?: InstanceType<typeof EcosystemOrder>;
}
