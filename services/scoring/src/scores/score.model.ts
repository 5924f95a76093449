import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { graphqlEnum } from '../graphql/graphql-enum.js';
import { ParticipantReference } from '../graphql/references.model.js';
import { type ScoreComponent, scoreComponents } from './advocate-score.js';

export const ScoreComponentEnum = graphqlEnum(scoreComponents, 'ScoreComponentName', 'A component of the advocate score.');

@ObjectType('ScoreComponent', {
  description: 'One component of an advocate score: its value, the organization maximum, and its share of the score.',
})
export class ScoreComponentModel {
  @Field(() => ScoreComponentEnum)
  component!: ScoreComponent;

  @Field(() => Float, { description: 'Value in the unit the description names.' })
  value!: number;

  @Field(() => Float, { description: 'Largest value of the component among the advocates of the organization.' })
  organizationMax!: number;

  @Field(() => Float, { description: 'Value divided by the organization maximum, from 0 to 1.' })
  normalized!: number;

  @Field(() => Float, { description: 'Weight of the component in the score; the weights sum to 1.' })
  weight!: number;

  @Field(() => Float, { description: 'Points of the 0-100 score this component contributes; the contributions sum to the score.' })
  contribution!: number;

  @Field()
  description!: string;
}

@ObjectType('AdvocateLevel')
export class AdvocateLevelModel {
  @Field(() => Int, { description: 'Position in the organization ladder; the first level is 1.' })
  level!: number;

  @Field()
  name!: string;

  @Field(() => Float)
  minPoints!: number;

  @Field(() => String, { nullable: true })
  nextLevelName!: string | null;

  @Field(() => Float, { nullable: true })
  nextLevelMinPoints!: number | null;

  @Field(() => Float, { nullable: true, description: 'Points still needed for the next level; null at the top.' })
  pointsToNext!: number | null;
}

@ObjectType('Badge')
export class BadgeModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => Date, { description: 'Time of the activity that earned the badge; the quarter end for a quarterly badge.' })
  earnedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Start of the quarter, for a quarterly badge.' })
  periodStart!: Date | null;
}

@ObjectType('BadgeDefinition')
export class BadgeDefinitionModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;
}

@ObjectType('IgnoredActivity', { description: 'Activity that earned nothing, with the reason.' })
export class IgnoredActivityModel {
  @Field(() => Int, { description: 'Link previews by social networks and messengers.' })
  previews!: number;

  @Field(() => Int)
  bots!: number;

  @Field(() => Int, { description: "Clicks by the advocate on their own links." })
  selfClicks!: number;

  @Field(() => Int, { description: 'Human clicks that tracking did not count as unique (same visitor and link within 24 hours).' })
  repeatClicks!: number;

  @Field(() => Int, { description: 'Further unique clicks of a visitor already credited in the campaign.' })
  burstClicks!: number;

  @Field(() => Int)
  selfReferrals!: number;

  @Field(() => Int, { description: 'Conversions outside the attribution window.' })
  uncreditedConversions!: number;
}

@ObjectType('AdvocateScore', {
  description:
    'Advocate score from 0 to 100 within the organization, with its components, and the points, level and badges of the advocate.',
})
export class AdvocateScoreModel {
  /** Kept for the field resolvers; not part of the schema. */
  organizationId!: string;

  @Field(() => ParticipantReference)
  participant!: ParticipantReference;

  @Field(() => Float, { description: 'Points over all campaigns.' })
  points!: number;

  @Field(() => Float, { description: 'Score from 0 to 100; the best advocate of the organization has 100.' })
  score!: number;

  @Field(() => Int, { description: 'Rank by points in the organization, as on the organization leaderboard.' })
  rank!: number;

  @Field(() => Int, { description: 'Rank by score in the organization.' })
  scoreRank!: number;

  @Field(() => Int)
  shares!: number;

  @Field(() => Int)
  uniqueClicks!: number;

  @Field(() => Int)
  conversions!: number;

  @Field(() => Int, { description: 'Campaigns the participant shared in.' })
  campaigns!: number;

  @Field(() => Int, { description: 'Ecosystems of the campaigns the participant shared in.' })
  ecosystems!: number;

  @Field(() => Int, { description: "Calendar months, in the organization's time zone, with a first share on a network." })
  activeMonths!: number;

  @Field(() => Float)
  potentialReach!: number;

  @Field(() => Date, { nullable: true })
  pointsReachedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "Latest activity of the organization, at which decayed activity is shown." })
  referenceTime!: Date | null;

  @Field(() => [ScoreComponentModel])
  components!: ScoreComponentModel[];
}

@ArgsType()
export class TopAdvocatesArgs {
  @Field(() => Int, { defaultValue: 10, description: 'Number of advocates, 1 to 500.' })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;
}
