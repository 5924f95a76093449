import { compare, summarize } from './backtest.js';
import { type ForecastInterval, forecastMetrics } from './forecast.js';

const interval = (metric: ForecastInterval['metric'], expected: number): ForecastInterval => ({ metric, expected, low: expected / 2, high: expected * 2 });

describe('compare', () => {
  it('measures error against actual', () => {
    expect(compare(interval('shares', 10), 15)).toMatchObject({ error: 5, relativeError: 5 / 15, withinInterval: true });
  });

  it('leaves relative error out at zero', () => {
    expect(compare(interval('conversions', 2), 0)).toMatchObject({ relativeError: null, withinInterval: false });
  });
});

describe('summarize', () => {
  it('averages per metric', () => {
    const campaigns = [
      forecastMetrics.map((metric) => compare(interval(metric, 10), 12)),
      forecastMetrics.map((metric) => compare(interval(metric, 10), 30)),
    ];
    const shares = summarize(campaigns).find((row) => row.metric === 'shares')!;
    expect(shares).toMatchObject({ campaigns: 2, meanAbsoluteError: 11, bias: 11, coverage: 0.5 });
    expect(shares.meanAbsolutePercentageError).toBeCloseTo((2 / 12 + 20 / 30) / 2, 12);
  });
});
