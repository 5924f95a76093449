import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { graphqlEnum } from '../graphql/graphql-enum.js';
import { CampaignReference, ParticipantReference } from '../graphql/references.model.js';
import { type CompoundingPeriod, compoundingPeriods } from './compounding.service.js';
import { MAX_LINEAGE_DEPTH } from './lineage.service.js';

export const LineageOriginEnum = graphqlEnum(
  ['import', 'api', 'conversion', 'completion'] as const,
  'LineageOrigin',
  'How a participant entered the organization.',
);
export const CompoundingPeriodEnum = graphqlEnum(compoundingPeriods, 'CompoundingPeriod', "Calendar period in the organization's time zone.");

@ObjectType('LineageNode')
export class LineageNodeModel {
  @Field(() => ParticipantReference)
  participant!: ParticipantReference;

  @Field(() => LineageOriginEnum)
  origin!: string;

  @Field(() => CampaignReference, { nullable: true, description: 'Campaign whose conversion brought the participant in.' })
  sourceCampaign!: CampaignReference | null;

  @Field(() => ParticipantReference, { nullable: true, description: 'Advocate whose link the participant converted through.' })
  sourceAdvocate!: ParticipantReference | null;

  @Field(() => Date)
  joinedAt!: Date;

  @Field(() => Int, { description: 'Steps from a participant who joined without an advocate.' })
  generation!: number;

  @Field(() => Date, { nullable: true, description: 'First share of the participant, if they advocated.' })
  firstSharedAt!: Date | null;

  @Field(() => Int, { description: "Participants who joined through this participant's links." })
  recruits!: number;
}

@ObjectType('LineageEdge', { description: 'An advocate brought a participant in through a campaign.' })
export class LineageEdgeModel {
  @Field(() => ParticipantReference)
  advocate!: ParticipantReference;

  @Field(() => ParticipantReference)
  participant!: ParticipantReference;

  @Field(() => CampaignReference, { nullable: true })
  campaign!: CampaignReference | null;

  @Field(() => Date)
  joinedAt!: Date;
}

@ObjectType('LineageGraph')
export class LineageGraphModel {
  @Field(() => [LineageNodeModel])
  nodes!: LineageNodeModel[];

  @Field(() => [LineageEdgeModel])
  edges!: LineageEdgeModel[];

  @Field({ description: 'True when `first` cut the graph short.' })
  truncated!: boolean;
}

@ObjectType('GeneratedParticipants')
export class GeneratedParticipantsModel {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => Int, { description: 'Generated participants who shared a campaign after they joined.' })
  laterAdvocated!: number;

  @Field(() => [LineageNodeModel], { description: 'The first participants by join time.' })
  nodes!: LineageNodeModel[];
}

@ObjectType('AdvocatePoolPeriod')
export class AdvocatePoolPeriodModel {
  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => Int, { description: 'Participants who had shared at least once before the end of the period.' })
  advocatePool!: number;

  @Field(() => Int)
  activeAdvocates!: number;

  @Field(() => Int)
  newAdvocates!: number;

  @Field(() => Int, { description: 'Active advocates who had already shared before the period.' })
  repeatAdvocates!: number;

  @Field(() => Float, { nullable: true })
  repeatAdvocateShare!: number | null;

  @Field(() => Int, { description: "Participants who joined through an advocate's link in the period." })
  generatedParticipants!: number;

  @Field(() => Float, { nullable: true, description: 'Generated participants per active advocate.' })
  viralCoefficient!: number | null;
}

@ObjectType('CampaignLeadCost')
export class CampaignLeadCostModel {
  @Field(() => CampaignReference)
  campaign!: CampaignReference;

  @Field(() => Float, { description: 'Cost in major units of the currency.' })
  cost!: number;

  @Field()
  currency!: string;

  @Field(() => Int, { description: "Participants generated through the campaign's advocates." })
  leads!: number;

  @Field(() => Float, { nullable: true })
  costPerLead!: number | null;

  @Field(() => Int)
  activatedAdvocates!: number;

  @Field(() => Float, { nullable: true, description: 'Leads per activated advocate.' })
  viralCoefficient!: number | null;
}

@ObjectType('PipelineTiming', { description: "Days from a person's first conversion to their first pipeline conversion." })
export class PipelineTimingModel {
  @Field(() => Int)
  people!: number;

  @Field(() => Int, { description: 'People with a conversion other than pipeline.' })
  converted!: number;

  @Field(() => Float, { nullable: true })
  medianDays!: number | null;

  @Field(() => Float, { nullable: true })
  p90Days!: number | null;

  @Field(() => Float, { nullable: true })
  meanDays!: number | null;
}

@ObjectType('CompoundingReport')
export class CompoundingReportModel {
  @Field(() => CompoundingPeriodEnum)
  period!: CompoundingPeriod;

  @Field()
  timeZone!: string;

  @Field(() => [AdvocatePoolPeriodModel])
  periods!: AdvocatePoolPeriodModel[];

  @Field(() => [CampaignLeadCostModel])
  campaigns!: CampaignLeadCostModel[];

  @Field(() => Float, { nullable: true, description: 'Generated participants per advocate over all time.' })
  viralCoefficient!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of advocates who shared in two or more campaigns.' })
  repeatAdvocateShare!: number | null;

  @Field(() => PipelineTimingModel)
  timeToPipeline!: PipelineTimingModel;
}

@ArgsType()
export class LineageGraphArgs {
  @Field(() => ID, { nullable: true, description: "Centre the graph on this participant; the organization's graph when absent." })
  @IsOptional()
  @IsUUID()
  participantId?: string | null;

  @Field(() => Int, { defaultValue: 5, description: `Steps up and down from the participant, 1 to ${MAX_LINEAGE_DEPTH}.` })
  @IsInt()
  maxDepth!: number;

  @Field(() => Int, { defaultValue: 500, description: 'Number of nodes, 1 to 5000.' })
  @IsInt()
  @Min(1)
  @Max(5000)
  first!: number;
}

@ArgsType()
export class GeneratedParticipantsArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Number of nodes, 1 to 500.' })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;
}

@ArgsType()
export class CompoundingArgs {
  @Field(() => CompoundingPeriodEnum, { nullable: true, description: 'MONTH when absent.' })
  @IsOptional()
  @IsIn(compoundingPeriods)
  period?: CompoundingPeriod | null;
}
