import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../graphql/graphql-enum.js';
import { CampaignReference } from '../graphql/references.model.js';
import { ActivationPriorsModel } from '../targeting/targeting.model.js';
import { type ForecastMetric, forecastMetrics, INTERVAL_LEVEL } from './forecast.js';
import type { ForecastPopulation } from './forecast.service.js';

export const ForecastMetricEnum = graphqlEnum(forecastMetrics, 'ForecastMetric', 'A campaign outcome that is forecast.');
export const ForecastPopulationEnum = graphqlEnum(
  ['invited', 'ecosystem_members'] as const satisfies readonly ForecastPopulation[],
  'ForecastPopulation',
  'Who a forecast assumes will be invited: the invited participants, or before any invitation the eligible ecosystem members.',
);

@ObjectType('ForecastValue')
export class ForecastValueModel {
  @Field(() => ForecastMetricEnum)
  metric!: ForecastMetric;

  @Field(() => Float)
  expected!: number;

  @Field(() => Float, { description: `Lower bound of the ${INTERVAL_LEVEL * 100}% interval.` })
  low!: number;

  @Field(() => Float, { description: `Upper bound of the ${INTERVAL_LEVEL * 100}% interval.` })
  high!: number;
}

@ObjectType('CampaignForecast')
export class CampaignForecastModel {
  @Field(() => CampaignReference)
  campaign!: CampaignReference;

  @Field(() => ForecastPopulationEnum)
  population!: ForecastPopulation;

  @Field(() => Int)
  invitees!: number;

  @Field(() => Date, { nullable: true, description: 'Only activity before this instant (the launch) was used; null before launch.' })
  historyBefore!: Date | null;

  @Field(() => Float)
  intervalLevel!: number;

  @Field(() => ActivationPriorsModel)
  priors!: ActivationPriorsModel;

  @Field(() => [ForecastValueModel])
  metrics!: ForecastValueModel[];
}

@ObjectType('ForecastComparison')
export class ForecastComparisonModel extends ForecastValueModel {
  @Field(() => Float)
  actual!: number;

  @Field(() => Float, { description: 'Actual minus expected.' })
  error!: number;

  @Field(() => Float, { nullable: true, description: 'Error divided by the actual value; null when the actual value is 0.' })
  relativeError!: number | null;

  @Field()
  withinInterval!: boolean;
}

@ObjectType('ForecastVersusActual')
export class ForecastVersusActualModel {
  @Field(() => CampaignForecastModel)
  forecast!: CampaignForecastModel;

  @Field(() => [ForecastComparisonModel], { nullable: true, description: 'Null until the campaign has launched.' })
  comparisons!: ForecastComparisonModel[] | null;

  @Field({ description: 'True once the campaign has ended and its figures are final.' })
  ended!: boolean;
}

@ObjectType('ForecastMetricSummary')
export class ForecastMetricSummaryModel {
  @Field(() => ForecastMetricEnum)
  metric!: ForecastMetric;

  @Field(() => Int)
  campaigns!: number;

  @Field(() => Float)
  meanAbsoluteError!: number;

  @Field(() => Float, { nullable: true, description: 'Over campaigns with a non-zero actual value.' })
  meanAbsolutePercentageError!: number | null;

  @Field(() => Float, { description: 'Mean of actual minus expected: positive when forecasts are too low.' })
  bias!: number;

  @Field(() => Float, { description: 'Share of campaigns whose actual value fell inside the interval.' })
  coverage!: number;
}

@ObjectType('ForecastBacktest', {
  description: 'Each launched campaign forecast from the history before its launch, against what it produced.',
})
export class ForecastBacktestModel {
  @Field(() => [ForecastVersusActualModel])
  campaigns!: ForecastVersusActualModel[];

  @Field(() => [ForecastMetricSummaryModel])
  summary!: ForecastMetricSummaryModel[];
}
