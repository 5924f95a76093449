import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsIn, IsOptional, IsUUID, ArrayMaxSize } from 'class-validator';
import { CampaignModel, CampaignOutcome, CampaignStatus } from '../campaigns/campaign.model.js';
import { campaignStatuses } from '../campaigns/campaign.entity.js';
import { EcosystemKind } from '../ecosystems/ecosystem.model.js';
import { InteractionKind } from '../interactions/interaction.model.js';

@ObjectType('MoneyAmount')
export class MoneyAmountModel {
  @Field()
  currency!: string;

  @Field(() => Float, { description: 'Amount in major units of the currency.' })
  amount!: number;
}

@ObjectType('MatrixCell', {
  description:
    'One Interaction × Ecosystem × Outcome cell. Tracking-owned results (shares, clicks, conversions) are read through campaigns { metrics }.',
})
export class MatrixCellModel {
  @Field(() => InteractionKind)
  interactionKind!: string;

  @Field(() => EcosystemKind)
  ecosystemKind!: string;

  @Field(() => CampaignOutcome)
  outcome!: string;

  @Field(() => Int)
  campaignCount!: number;

  @Field(() => Int, { description: 'Campaigns of the cell that are LIVE now.' })
  liveCount!: number;

  @Field(() => [ID], { description: 'Ids of the campaigns, for joining key results kept by other services.' })
  campaignIds!: string[];

  @Field(() => [CampaignModel])
  campaigns!: CampaignModel[];

  @Field(() => Int, { description: 'Completion moments in the period.' })
  completions!: number;

  @Field(() => Int, { description: 'Invitations sent in the period.' })
  invitations!: number;

  @Field(() => Float, { nullable: true, description: 'Invitations per completion moment.' })
  invitationRate!: number | null;

  @Field(() => Int, { description: 'Participants created in the period by conversions of these campaigns.' })
  registrants!: number;

  @Field(() => [MoneyAmountModel], { description: 'Total cost per currency.' })
  cost!: MoneyAmountModel[];
}

@ObjectType('CampaignMatrix')
export class CampaignMatrixModel {
  @Field(() => [InteractionKind], { description: 'Rows of the grid, every kind, in order.' })
  interactionKinds!: string[];

  @Field(() => [EcosystemKind], { description: 'Columns of the grid, every kind, in order.' })
  ecosystemKinds!: string[];

  @Field(() => [CampaignOutcome], { description: 'Layers of the grid, every outcome, in order.' })
  outcomes!: string[];

  @Field(() => [MatrixCellModel], { description: 'Cells with at least one campaign; the others are empty.' })
  cells!: MatrixCellModel[];

  @Field(() => Int, { description: 'The largest campaign count of a cell, to scale a heat map.' })
  maxCampaignCount!: number;

  @Field(() => Int)
  campaignCount!: number;
}

@InputType()
export class CampaignMatrixFilter {
  @Field(() => Date, { nullable: true, description: 'Start of the period (inclusive); campaigns active in it are counted.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'End of the period (exclusive).' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => [ID], { nullable: true, description: 'Only campaigns owned by these teams.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  teamIds?: string[];

  @Field(() => [CampaignStatus], { nullable: true })
  @IsOptional()
  @IsIn(campaignStatuses, { each: true })
  statuses?: (typeof campaignStatuses)[number][];
}
