import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { graphqlEnum } from '../graphql/graphql-enum.js';
import { ParticipantReference } from '../graphql/references.model.js';
import { type LeaderboardPeriod, leaderboardPeriods } from './period.js';

export const LeaderboardPeriodEnum = graphqlEnum(
  leaderboardPeriods,
  'LeaderboardPeriod',
  "A calendar period starting at local midnight in the organization's time zone; weeks start on Monday.",
);

@ObjectType('LeaderboardEntry', {
  description:
    'Standard competition ranking (1, 2, 2, 4) over points; equal points are listed by who reached them first, then by participant id, in every page and export.',
})
export class LeaderboardEntryModel {
  @Field(() => Int)
  rank!: number;

  @Field(() => ParticipantReference)
  participant!: ParticipantReference;

  @Field(() => Float, { description: 'Points in the scope and period, rounded to two decimals.' })
  points!: number;

  @Field(() => Int, { description: 'Shares recorded, including repeated shares on one network.' })
  shares!: number;

  @Field(() => Float, { description: 'Sum of the largest audience recorded per campaign and network.' })
  potentialReach!: number;

  @Field(() => Int, { description: 'Distinct visitors with a unique human click; previews, bots, self-clicks and repeats excluded.' })
  uniqueClicks!: number;

  @Field(() => Int, { description: 'Credited conversions, self-referrals excluded.' })
  conversions!: number;

  @Field(() => Date, { nullable: true, description: 'Time of the activity that brought the points to their value; orders ties.' })
  pointsReachedAt!: Date | null;

  @Field({ description: 'Pass as `after` to read the entries that follow this one.' })
  cursor!: string;
}

@ObjectType('LeaderboardPeriodRange')
export class LeaderboardPeriodRangeModel {
  @Field(() => LeaderboardPeriodEnum)
  period!: LeaderboardPeriod;

  @Field(() => Date, { nullable: true, description: 'Local midnight that starts the period; null for ALL_TIME.' })
  start!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Start of the next period; null for ALL_TIME.' })
  end!: Date | null;

  @Field()
  timeZone!: string;
}

@ArgsType()
export class LeaderboardPeriodArgs {
  @Field(() => LeaderboardPeriodEnum, { nullable: true, description: 'ALL_TIME when absent.' })
  @IsOptional()
  @IsIn(leaderboardPeriods)
  period?: LeaderboardPeriod | null;

  @Field(() => Date, { nullable: true, description: 'An instant inside the period; the current time when absent.' })
  @IsOptional()
  @IsDate()
  periodContaining?: Date | null;
}

@ArgsType()
export class CampaignLeaderboardArgs extends LeaderboardPeriodArgs {
  @Field(() => Int, { defaultValue: 10, description: 'Number of entries, 1 to 500.' })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last entry of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

@ArgsType()
export class LeaderboardScopeArgs extends LeaderboardPeriodArgs {
  @Field(() => ID, { nullable: true, description: "Only this campaign's advocates." })
  @IsOptional()
  @IsUUID()
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only campaigns of this ecosystem. Ignored with campaignId." })
  @IsOptional()
  @IsUUID()
  ecosystemId?: string | null;
}

@ArgsType()
export class LeaderboardArgs extends LeaderboardScopeArgs {
  @Field(() => Int, { defaultValue: 10, description: 'Number of entries, 1 to 500.' })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last entry of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string | null;
}
