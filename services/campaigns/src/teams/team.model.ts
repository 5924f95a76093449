import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ConnectionType, PageArgs } from '@alg/service-kit';
import { OrderInput } from '../common/ordering.js';

@ObjectType('Team', { description: 'A marketing team that owns campaigns, such as field or product marketing.' })
export class TeamModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const TeamConnection = ConnectionType(TeamModel, 'Team');

export const teamOrderFields = ['name', 'created_at'] as const;
export const TeamOrder = OrderInput('Team', teamOrderFields);

@ArgsType()
export class TeamListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only teams whose name contains this text.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string;

  @Field(() => TeamOrder, { nullable: true, description: 'Default: by name.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TeamOrder)
  orderBy?: InstanceType<typeof TeamOrder>;
}

@InputType()
export class CreateTeamInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  description?: string;
}

@InputType()
export class UpdateTeamInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'An empty text clears it.' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  description?: string;
}
