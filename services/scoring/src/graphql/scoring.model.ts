import { ArgsType, Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

@ObjectType('Participant')
@Directive('@key(fields: "id")')
export class ParticipantReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Campaign')
@Directive('@key(fields: "id")')
export class CampaignReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('LeaderboardEntry', {
  description: 'Standard competition ranking (1, 2, 2, 4); equal points are ordered by who reached them first.',
})
export class LeaderboardEntryModel {
  @Field(() => Int)
  rank!: number;

  @Field(() => ParticipantReference)
  participant!: ParticipantReference;

  @Field(() => Float)
  points!: number;

  @Field(() => Int)
  shares!: number;

  @Field(() => Float)
  potentialReach!: number;

  @Field(() => Int)
  uniqueClicks!: number;

  @Field(() => Int)
  conversions!: number;

  @Field(() => Date, { nullable: true })
  pointsReachedAt!: Date | null;
}

@ObjectType('AdvocateScore')
export class AdvocateScoreModel {
  @Field(() => Float, { description: 'Points over all campaigns.' })
  points!: number;

  @Field(() => Float, { description: 'Points scaled to 0-100 against the best advocate of the organization.' })
  score!: number;

  @Field(() => Int, { description: 'Rank in the organization.' })
  rank!: number;

  @Field(() => Int)
  shares!: number;

  @Field(() => Int)
  uniqueClicks!: number;

  @Field(() => Int)
  conversions!: number;

  @Field(() => Int, { description: 'Campaigns the participant shared in.' })
  campaigns!: number;
}

@ArgsType()
export class LeaderboardArgs {
  @Field(() => Int, { defaultValue: 10, description: 'Number of entries, 1 to 500.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;
}
