import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsNumber, IsString, ValidateNested } from 'class-validator';

@ObjectType('ConversionPoints')
@InputType('ConversionPointsInput')
export class ConversionPointsModel {
  @Field(() => Float)
  @IsNumber()
  registration!: number;

  @Field(() => Float)
  @IsNumber()
  lead!: number;

  @Field(() => Float)
  @IsNumber()
  demoRequest!: number;

  @Field(() => Float)
  @IsNumber()
  attendance!: number;

  @Field(() => Float)
  @IsNumber()
  pipeline!: number;
}

@ObjectType('LevelDefinition')
@InputType('LevelDefinitionInput')
export class LevelDefinitionModel {
  @Field()
  @IsString()
  name!: string;

  @Field(() => Float, { description: 'Total points from which the level applies; the first level starts at 0.' })
  @IsNumber()
  minPoints!: number;
}

@ObjectType('PointsConfig', { description: "The organization's points per credited action and its level ladder." })
export class PointsConfigModel {
  @Field(() => Float, { description: 'Per campaign and network shared on.' })
  sharePoints!: number;

  @Field(() => Float, { description: 'Times log10(1 + largest audience) per campaign and network.' })
  reachPointsPerDecade!: number;

  @Field(() => Float, { description: 'Per distinct visitor with a unique human click.' })
  clickPoints!: number;

  @Field(() => ConversionPointsModel, { description: 'Per credited conversion that is not a self-referral.' })
  conversionPoints!: ConversionPointsModel;

  @Field(() => [LevelDefinitionModel])
  levels!: LevelDefinitionModel[];

  @Field(() => Date, { nullable: true, description: 'Null while the defaults apply.' })
  updatedAt!: Date | null;

  @Field(() => String, { nullable: true })
  updatedBy!: string | null;
}

@InputType('PointsConfigInput', { description: 'Points from 0 to 10000 with at most two decimals.' })
export class PointsConfigInput {
  @Field(() => Float)
  @IsNumber()
  sharePoints!: number;

  @Field(() => Float)
  @IsNumber()
  reachPointsPerDecade!: number;

  @Field(() => Float)
  @IsNumber()
  clickPoints!: number;

  @Field(() => ConversionPointsModel)
  @ValidateNested()
  @Type(() => ConversionPointsModel)
  conversionPoints!: ConversionPointsModel;

  @Field(() => [LevelDefinitionModel], { description: 'From 2 to 10 levels, ascending, the first at 0 points.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LevelDefinitionModel)
  levels!: LevelDefinitionModel[];
}
