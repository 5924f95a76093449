import { Inject } from '@nestjs/common';
import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, type Identity, organizationOf } from '@alg/service-kit';
import { CampaignReference, campaignRef } from '../graphql/references.model.js';
import { INTERVAL_LEVEL } from './forecast.js';
import { CampaignForecastModel, ForecastBacktestModel, ForecastVersusActualModel } from './forecast.model.js';
import { type CampaignForecast, type ForecastVersusActual, ForecastService } from './forecast.service.js';

const toForecast = (forecast: CampaignForecast): CampaignForecastModel => ({
  ...forecast,
  campaign: campaignRef(forecast.campaignId),
  intervalLevel: INTERVAL_LEVEL,
});

const toVersus = (versus: ForecastVersusActual): ForecastVersusActualModel => ({ ...versus, forecast: toForecast(versus.forecast) });

@Resolver(() => CampaignReference)
export class CampaignForecastResolver {
  constructor(@Inject(ForecastService) private readonly forecasts: ForecastService) {}

  @ResolveField(() => CampaignForecastModel, {
    nullable: true,
    description:
      "Expected activations, shares, potential reach, clicks and conversions, with intervals, from the invitees' history; null until scoring has received the campaign.",
  })
  async forecast(@Parent() campaign: CampaignReference, @CurrentIdentity() identity: Identity) {
    const forecast = await this.forecasts.forecast(organizationOf(identity), campaign.id);

    return forecast ? toForecast(forecast) : null;
  }

  @ResolveField(() => ForecastVersusActualModel, {
    nullable: true,
    description: 'The forecast from the history before launch beside the actual figures; null until scoring has received the campaign.',
  })
  async forecastVersusActual(@Parent() campaign: CampaignReference, @CurrentIdentity() identity: Identity) {
    const versus = await this.forecasts.versusActual(organizationOf(identity), campaign.id);

    return versus ? toVersus(versus) : null;
  }
}

@Resolver()
export class ForecastBacktestResolver {
  constructor(@Inject(ForecastService) private readonly forecasts: ForecastService) {}

  @Query(() => ForecastBacktestModel)
  async forecastBacktest(@CurrentIdentity() identity: Identity) {
    const result = await this.forecasts.backtest(organizationOf(identity));

    return { campaigns: result.campaigns.map(toVersus), summary: result.summary };
  }
}
