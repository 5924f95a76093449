import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { conversionKindEnum, networkEnum } from './enums.js';

@ObjectType('NetworkResult')
export class NetworkResultModel {
  @Field(() => networkEnum)
  network!: string;

  @Field(() => Int)
  shares!: number;

  @Field(() => Float, { description: "Sum of each sharer's largest audience size on the network." })
  potentialReach!: number;

  @Field(() => Int, { description: 'Human clicks.' })
  clicks!: number;

  @Field(() => Int)
  uniqueClicks!: number;

  @Field(() => Int)
  previews!: number;

  @Field(() => Float, { nullable: true })
  clicksPerShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Clicks divided by potential reach.' })
  clickThroughRate!: number | null;
}

@ObjectType('ConversionCount')
export class ConversionCountModel {
  @Field(() => conversionKindEnum)
  kind!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: "Sum of the conversions' values in the campaign currency." })
  value!: number;
}

@ObjectType('DailyMetrics', { description: 'One calendar day in the time zone of the figures it belongs to.' })
export class DailyMetricsModel {
  @Field({ description: 'YYYY-MM-DD.' })
  day!: string;

  @Field(() => Int)
  shares!: number;

  @Field(() => Float, { description: "Sum over sharers of their largest audience per network among the day's shares." })
  potentialReach!: number;

  @Field(() => Int)
  clicks!: number;

  @Field(() => Int)
  uniqueClicks!: number;

  @Field(() => Int)
  previews!: number;

  @Field(() => Int)
  bots!: number;

  @Field(() => Int)
  selfClicks!: number;

  @Field(() => Int, { description: 'Credited conversions of every kind.' })
  conversions!: number;

  @Field(() => Int)
  registrations!: number;

  @Field(() => Int)
  attendances!: number;

  @Field(() => Int)
  leads!: number;
}

/** Fields shared by campaign, ecosystem and advocate figures. */
@ObjectType({ isAbstract: true })
export abstract class ActivityFiguresModel {
  @Field(() => Int)
  shares!: number;

  @Field(() => Float)
  potentialReach!: number;

  @Field(() => [NetworkResultModel])
  byNetwork!: NetworkResultModel[];

  @Field(() => Int, { description: 'Human clicks; previews, bots and self-clicks excluded.' })
  clicks!: number;

  @Field(() => Int, { description: 'Human clicks by distinct visitors per link within 24 hours.' })
  uniqueClicks!: number;

  @Field(() => Int, { description: 'Link-preview crawlers, HEAD requests and prefetches.' })
  previews!: number;

  @Field(() => Int)
  bots!: number;

  @Field(() => Int, { description: 'Clicks by the advocate on their own link.' })
  selfClicks!: number;

  @Field(() => Float, { nullable: true })
  clicksPerShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Clicks divided by potential reach.' })
  clickThroughRate!: number | null;

  @Field(() => Int, { description: 'Credited conversions of every kind.' })
  conversions!: number;

  @Field(() => [ConversionCountModel], { description: 'Credited conversions by kind.' })
  conversionsByKind!: ConversionCountModel[];

  @Field(() => Int, { description: 'Conversions by advocates through their own links; stored, never credited.' })
  selfReferrals!: number;

  @Field(() => Int, { description: 'Conversions after the attribution window had closed; stored, never credited.' })
  outsideWindow!: number;

  @Field(() => Int)
  registrations!: number;

  @Field(() => Int)
  attendances!: number;

  @Field(() => Int)
  leads!: number;

  @Field(() => Int)
  demoRequests!: number;

  @Field(() => Float, { description: 'Sum of credited pipeline conversion values.' })
  pipelineValue!: number;

  @Field(() => Float, { nullable: true, description: 'Attendances divided by registrations.' })
  registrationToAttendanceRate!: number | null;

  @Field({ description: 'IANA time zone of the daily series.' })
  timeZone!: string;

  @Field(() => [DailyMetricsModel], { description: 'Activity per day, oldest first; days without activity are left out.' })
  daily!: DailyMetricsModel[];
}

@ObjectType('CampaignMetrics', { description: 'Figures of one campaign; ratios are null when their denominator is 0.' })
export class CampaignMetricsModel extends ActivityFiguresModel {
  @Field(() => Int)
  invited!: number;

  @Field(() => Int, { description: 'Invited participants who shared at least once.' })
  activated!: number;

  @Field(() => Float, { nullable: true })
  activationRate!: number | null;

  @Field(() => Float)
  activationTarget!: number;

  @Field(() => Boolean, { nullable: true })
  targetMet!: boolean | null;

  @Field(() => Float)
  cost!: number;

  @Field()
  currency!: string;

  @Field(() => Float, { nullable: true })
  costPerRegistration!: number | null;

  @Field(() => Float, { nullable: true })
  costPerAttendee!: number | null;

  @Field(() => Float, { nullable: true })
  costPerLead!: number | null;
}

@ObjectType('AdvocateMetrics', { description: "One participant's results as an advocate; zeros when they have none." })
export class AdvocateMetricsModel extends ActivityFiguresModel {
  @Field(() => ID)
  participantId!: string;

  @Field(() => ID, { nullable: true, description: 'The campaign the figures are limited to, if any.' })
  campaignId!: string | null;

  @Field(() => Int, { description: 'Campaigns the participant was invited to.' })
  invitations!: number;

  @Field(() => Int, { description: 'Campaigns the participant shared in.' })
  activeCampaigns!: number;
}

@ObjectType('EcosystemMetrics', { description: 'Figures over every campaign of one ecosystem; ratios are null when their denominator is 0.' })
export class EcosystemMetricsModel extends ActivityFiguresModel {
  @Field(() => ID)
  ecosystemId!: string;

  @Field(() => Int)
  campaigns!: number;

  @Field(() => Int)
  invited!: number;

  @Field(() => Int)
  activated!: number;

  @Field(() => Float, { nullable: true })
  activationRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Total cost; null when the campaigns use different currencies.' })
  cost!: number | null;

  @Field(() => String, { nullable: true })
  currency!: string | null;

  @Field(() => Float, { nullable: true })
  costPerRegistration!: number | null;

  @Field(() => Float, { nullable: true })
  costPerAttendee!: number | null;

  @Field(() => Float, { nullable: true })
  costPerLead!: number | null;
}
