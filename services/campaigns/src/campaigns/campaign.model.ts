import { ArgsType, Directive, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
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
import { OrderInput } from '../common/ordering.js';
import { TeamModel } from '../teams/team.model.js';
import { campaignOutcomes, campaignStatuses } from './campaign.entity.js';

export const CampaignOutcome = graphqlEnum(campaignOutcomes, 'CampaignOutcome', 'What a campaign is run to produce.');
export const CampaignStatus = graphqlEnum(
  campaignStatuses,
  'CampaignStatus',
  'Lifecycle: DRAFT, then SCHEDULED or LIVE, then ENDED.',
);
export const Network = graphqlEnum(networks, 'Network', 'Where a participant shares.');

@ObjectType('ShareTemplate', { description: 'One post variant of the share kit for one network.' })
export class ShareTemplateModel {
  @Field(() => Network)
  network!: string;

  @Field(() => Int, { description: 'Order of the variant within its network, from 0; the first is the default.' })
  position!: number;

  @Field()
  template!: string;

  @Field(() => String, { nullable: true, description: 'Subject line of an e-mail variant.' })
  subject?: string | null;
}

@ObjectType('Campaign')
@Directive('@key(fields: "id")')
export class CampaignModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => TeamModel, { nullable: true, description: 'Owning team.' })
  team?: TeamModel | null;

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
  fallbackUrl?: string | null;

  @Field(() => Int)
  attributionWindowDays!: number;

  @Field(() => Int)
  invitationWindowDays!: number;

  @Field(() => EcosystemModel, { nullable: true, description: 'Ecosystem that new registrants join.' })
  registrantEcosystem?: EcosystemModel;

  @Field(() => [ShareTemplateModel])
  shareKit!: ShareTemplateModel[];

  @Field(() => Date, { nullable: true, description: 'Planned start; a SCHEDULED campaign goes LIVE then.' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Planned end; a LIVE campaign is ENDED then.' })
  endsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  launchedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt?: Date | null;

  @Field(() => Int, { description: 'Completion moments recorded for the campaign.' })
  completionCount!: number;

  @Field(() => Int, { description: 'Participants invited to share.' })
  invitationCount!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
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

  @Field(() => String, { nullable: true, description: 'Subject line, for EMAIL variants only.' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  subject?: string;
}

@InputType()
export class CreateCampaignInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'Owning team.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID)
  @IsUUID()
  interactionId!: string;

  @Field(() => ID)
  @IsUUID()
  ecosystemId!: string;

  @Field(() => CampaignOutcome)
  @IsIn(campaignOutcomes)
  outcome!: (typeof campaignOutcomes)[number];

  @Field(() => Date, { nullable: true, description: 'Planned start; needed to schedule the campaign.' })
  @IsOptional()
  @IsDate()
  startsAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Planned end; the campaign ends by itself then.' })
  @IsOptional()
  @IsDate()
  endsAt?: Date;

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

  @Field(() => [ShareTemplateInput], { description: 'Posts per network; up to five variants of each.' })
  @ValidateNested({ each: true })
  @Type(() => ShareTemplateInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  shareKit!: ShareTemplateInput[];
}

/** Omitted fields stay; null clears a nullable one. Which fields may change depends on the status. */
@InputType()
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  interactionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ecosystemId?: string;

  @Field(() => CampaignOutcome, { nullable: true })
  @IsOptional()
  @IsIn(campaignOutcomes)
  outcome?: (typeof campaignOutcomes)[number];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  cost?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 3)
  currency?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  activationTarget?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  destinationUrl?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(50)
  allowedHosts?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  fallbackUrl?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(365)
  attributionWindowDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(365)
  invitationWindowDays?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  registrantEcosystemId?: string | null;
}

export const campaignOrderFields = ['created_at', 'updated_at', 'name', 'status'] as const;
export const CampaignOrder = OrderInput('Campaign', campaignOrderFields);

@ArgsType()
export class CampaignListArgs extends PageArgs {
  @Field(() => CampaignStatus, { nullable: true })
  @IsOptional()
  @IsIn(campaignStatuses)
  status?: (typeof campaignStatuses)[number];

  @Field(() => [CampaignStatus], { nullable: true, description: 'Only campaigns in one of these statuses.' })
  @IsOptional()
  @IsIn(campaignStatuses, { each: true })
  statuses?: (typeof campaignStatuses)[number][];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ecosystemId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  interactionId?: string;

  @Field(() => [ID], { nullable: true, description: 'Only campaigns owned by one of these teams.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  teamIds?: string[];

  @Field(() => [CampaignOutcome], { nullable: true })
  @IsOptional()
  @IsIn(campaignOutcomes, { each: true })
  outcomes?: (typeof campaignOutcomes)[number][];

  @Field(() => String, { nullable: true, description: 'Only campaigns whose name contains this text.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string;

  @Field(() => Date, { nullable: true, description: 'Only campaigns active at or after this time.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only campaigns active before this time.' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => CampaignOrder, { nullable: true, description: 'Default: oldest first.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignOrder)
  orderBy?: InstanceType<typeof CampaignOrder>;
}
