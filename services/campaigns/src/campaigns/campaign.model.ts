import { ArgsType, Directive, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { ConnectionType, networks, PageArgs } from '@alg/service-kit';
import { graphqlEnum } from '../common/graphql-enum.js';
import { EcosystemModel } from '../ecosystems/ecosystem.model.js';
import { InteractionModel } from '../interactions/interaction.model.js';
import { campaignOutcomes, campaignStatuses } from './campaign.entity.js';

export const CampaignOutcome = graphqlEnum(campaignOutcomes, 'CampaignOutcome', 'What a campaign is run to produce.');
export const CampaignStatus = graphqlEnum(
  campaignStatuses,
  'CampaignStatus',
  'Lifecycle: DRAFT, then SCHEDULED or LIVE, then ENDED.',
);
export const Network = graphqlEnum(networks, 'Network', 'Where a participant shares.');

@ObjectType('ShareTemplate')
export class ShareTemplateModel {
  @Field(() => Network)
  network!: string;

  @Field()
  template!: string;
}

@ObjectType('Campaign')
@Directive('@key(fields: "id")')
export class CampaignModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => InteractionModel)
  interaction!: InteractionModel;

  @Field(() => EcosystemModel)
  ecosystem!: EcosystemModel;

  @Field(() => CampaignOutcome)
  outcome!: string;

  @Field(() => CampaignStatus)
  status!: string;

  @Field(() => Float, { description: 'Total cost in the currency (major units).' })
  cost!: number;

  @Field()
  currency!: string;

  @Field(() => Float, { description: 'Target activation rate, from 0 to 1.' })
  activationTarget!: number;

  @Field()
  destinationUrl!: string;

  @Field(() => [String])
  allowedHosts!: string[];

  @Field(() => String, { nullable: true })
  fallbackUrl?: string;

  @Field(() => Int)
  attributionWindowDays!: number;

  @Field(() => Int)
  invitationWindowDays!: number;

  @Field(() => EcosystemModel, { nullable: true, description: 'Ecosystem that new registrants join.' })
  registrantEcosystem?: EcosystemModel;

  @Field(() => [ShareTemplateModel])
  shareKit!: ShareTemplateModel[];

  @Field(() => Date, { nullable: true })
  launchedAt?: Date;

  @Field(() => Date, { nullable: true })
  endedAt?: Date;

  @Field()
  createdAt!: Date;
}

export const CampaignConnection = ConnectionType(CampaignModel, 'Campaign');

@InputType()
export class ShareTemplateInput {
  @Field(() => Network)
  @IsIn(networks)
  network!: (typeof networks)[number];

  @Field({ description: 'Post text with placeholders such as {firstName}, {interactionName} and {link}.' })
  @IsString()
  @Length(1, 3000)
  template!: string;
}

@InputType()
export class CreateCampaignInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => ID)
  @IsUUID()
  interactionId!: string;

  @Field(() => ID)
  @IsUUID()
  ecosystemId!: string;

  @Field(() => CampaignOutcome)
  @IsIn(campaignOutcomes)
  outcome!: (typeof campaignOutcomes)[number];

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber()
  @Min(0)
  cost!: number;

  @Field({ defaultValue: 'USD' })
  @IsString()
  @Length(3, 3)
  currency!: string;

  @Field(() => Float, { defaultValue: 0.2 })
  @IsNumber()
  @Min(0)
  @Max(1)
  activationTarget!: number;

  @Field()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  destinationUrl!: string;

  @Field(() => [String], { defaultValue: [] })
  @IsString({ each: true })
  @ArrayMaxSize(50)
  allowedHosts!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  fallbackUrl?: string;

  @Field(() => Int, { defaultValue: 30 })
  @Min(1)
  @Max(365)
  attributionWindowDays!: number;

  @Field(() => Int, { defaultValue: 14 })
  @Min(1)
  @Max(365)
  invitationWindowDays!: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  registrantEcosystemId?: string;

  @Field(() => [ShareTemplateInput])
  @ValidateNested({ each: true })
  @Type(() => ShareTemplateInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  shareKit!: ShareTemplateInput[];
}

@ArgsType()
export class CampaignListArgs extends PageArgs {
  @Field(() => CampaignStatus, { nullable: true })
  @IsOptional()
  @IsIn(campaignStatuses)
  status?: (typeof campaignStatuses)[number];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ecosystemId?: string;
}
