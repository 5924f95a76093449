import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MaturityCriterion')
export class MaturityCriterionModel {
  @Field()
  code!: string;

  @Field(() => Int, { description: 'Level the criterion belongs to.' })
  level!: number;

  @Field()
  description!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  threshold!: number;

  @Field()
  met!: boolean;
}

@ObjectType('MaturityLevel', {
  description: 'Level 1 campaign by campaign, 2 ecosystem activation, 3 compound distribution; 0 before a first campaign got a share.',
})
export class MaturityLevelModel {
  @Field(() => Int)
  level!: number;

  @Field()
  name!: string;

  @Field(() => Int, { nullable: true })
  nextLevel!: number | null;

  @Field(() => [MaturityCriterionModel], { description: 'Met criteria of the levels reached.' })
  evidence!: MaturityCriterionModel[];

  @Field(() => [MaturityCriterionModel], { description: 'Unmet criteria of the next level.' })
  missing!: MaturityCriterionModel[];
}
