import { type ForecastInterval, type ForecastMetric, forecastMetrics } from './forecast.js';

export interface ForecastComparison extends ForecastInterval {
  actual: number;
  /** Actual minus expected. */
  error: number;
  /** Error divided by the actual value; null when the actual value is 0. */
  relativeError: number | null;
  withinInterval: boolean;
}

export interface BacktestSummary {
  metric: ForecastMetric;
  campaigns: number;
  meanAbsoluteError: number;
  /** Mean of |error| / actual over campaigns with a non-zero actual value; null when there is none. */
  meanAbsolutePercentageError: number | null;
  /** Mean of the errors: positive when forecasts are too low. */
  bias: number;
  /** Share of campaigns whose actual value fell inside the 80% interval. */
  coverage: number;
}

export function compare(forecast: ForecastInterval, actual: number): ForecastComparison {
  const error = actual - forecast.expected;

  return {
    ...forecast,
    actual,
    error,
    relativeError: actual === 0 ? null : error / actual,
    withinInterval: actual >= forecast.low && actual <= forecast.high,
  };
}

/** Error statistics per metric over the compared campaigns. */
export function summarize(comparisons: ForecastComparison[][]): BacktestSummary[] {
  return forecastMetrics.map((metric) => {
    const rows = comparisons.map((campaign) => campaign.find((row) => row.metric === metric)!).filter(Boolean);
    const relative = rows.filter((row) => row.relativeError !== null);
    const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);

    return {
      metric,
      campaigns: rows.length,
      meanAbsoluteError: mean(rows.map((row) => Math.abs(row.error))),
      meanAbsolutePercentageError: relative.length === 0 ? null : mean(relative.map((row) => Math.abs(row.relativeError!))),
      bias: mean(rows.map((row) => row.error)),
      coverage: mean(rows.map((row) => (row.withinInterval ? 1 : 0))),
    };
  });
}
