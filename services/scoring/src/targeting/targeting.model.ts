import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Max, Min, MinLength } from 'class-validator';
import { graphqlEnum } from '../graphql/graphql-enum.js';
import { ParticipantReference } from '../graphql/references.model.js';
import { type PriorLevel, priorLevels } from './priors.js';
import { type ExclusionReason, MAX_FREQUENCY_WINDOW_DAYS } from './targeting.service.js';

export const PriorLevelEnum = graphqlEnum(priorLevels, 'PriorLevel', 'The group of past campaigns a prior was fitted on.');
export const TargetExclusionReasonEnum = graphqlEnum(
  ['no_contact_consent', 'invited_too_often'] as const satisfies readonly ExclusionReason[],
  'TargetExclusionReason',
  'Why a participant is left out of a target list.',
);

@ObjectType('RatePrior', { description: 'An empirical Bayes prior: a mean and its weight in pseudo-observations.' })
export class RatePriorModel {
  @Field(() => Float)
  mean!: number;

  @Field(() => Float, { description: 'Weight of the mean, in units of exposure (invitations, activations, shares or clicks).' })
  strength!: number;

  @Field(() => Float, { description: 'Coefficient of variation of the rate between campaigns.' })
  campaignVariation!: number;

  @Field(() => Int, { description: 'Past campaigns the prior was fitted on; 0 for a platform default.' })
  campaigns!: number;

  @Field(() => PriorLevelEnum)
  level!: PriorLevel;
}

@ObjectType('ActivationPriors')
export class ActivationPriorsModel {
  @Field(() => RatePriorModel, { description: 'Probability that an invitation leads to at least one share.' })
  activation!: RatePriorModel;

  @Field(() => RatePriorModel)
  sharesPerActivation!: RatePriorModel;

  @Field(() => RatePriorModel, { description: 'Distinct visitors with a unique human click per share.' })
  clicksPerShare!: RatePriorModel;

  @Field(() => RatePriorModel, { description: 'Credited conversions per credited click.' })
  conversionsPerClick!: RatePriorModel;

  @Field(() => Float, { description: 'Audience per share for participants whose audience is unknown.' })
  reachPerShare!: number;
}

@ObjectType('ActivationCandidate')
export class ActivationCandidateModel {
  @Field(() => Int, { description: 'Standard competition rank by expected points.' })
  rank!: number;

  @Field(() => ParticipantReference)
  participant!: ParticipantReference;

  @Field(() => Float, { description: "Expected points of the invitation under the organization's points configuration." })
  expectedPoints!: number;

  @Field(() => Float)
  activationProbability!: number;

  @Field(() => Float)
  expectedShares!: number;

  @Field(() => Float)
  expectedPotentialReach!: number;

  @Field(() => Float)
  expectedClicks!: number;

  @Field(() => Float)
  expectedConversions!: number;

  @Field(() => Int, { description: 'Past invitations of the participant.' })
  invitations!: number;

  @Field(() => Int, { description: 'Past invitations the participant shared after.' })
  activations!: number;

  @Field(() => [String])
  reasons!: string[];
}

@ObjectType('TargetExclusion')
export class TargetExclusionModel {
  @Field(() => ParticipantReference)
  participant!: ParticipantReference;

  @Field(() => TargetExclusionReasonEnum)
  reason!: ExclusionReason;

  @Field()
  detail!: string;
}

@ObjectType('ActivationTargets')
export class ActivationTargetsModel {
  @Field(() => Int, { description: 'Members of the ecosystem who may be invited.' })
  eligible!: number;

  @Field(() => ActivationPriorsModel)
  priors!: ActivationPriorsModel;

  @Field(() => [ActivationCandidateModel])
  candidates!: ActivationCandidateModel[];

  @Field(() => [TargetExclusionModel])
  excluded!: TargetExclusionModel[];
}

@InputType('ActivationTargetsInput')
export class ActivationTargetsInput {
  @Field(() => ID, { description: 'Ecosystem whose members the planned campaign would invite.' })
  @IsUUID()
  ecosystemId!: string;

  @Field({ description: 'Interaction kind of the planned campaign, such as EVENT or PRODUCT_LAUNCH.' })
  @IsString()
  @MinLength(1)
  interactionKind!: string;

  @Field(() => Int, { defaultValue: 50, description: 'Number of candidates, 1 to 500.' })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;

  @Field(() => Date, { nullable: true, description: 'End of the frequency window; the current time when absent.' })
  @IsOptional()
  @IsDate()
  asOf?: Date | null;

  @Field(() => Int, { defaultValue: 30, description: `Length of the frequency window in days, 1 to ${MAX_FREQUENCY_WINDOW_DAYS}.` })
  @IsInt()
  frequencyWindowDays!: number;

  @Field(() => Int, { defaultValue: 2, description: 'Participants invited this many times in the window are left out.' })
  @IsInt()
  maxInvitationsInWindow!: number;
}
