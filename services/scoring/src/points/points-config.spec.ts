import { DomainError } from '@alg/service-kit';
import { DEFAULT_POINTS_CONFIG, fromMicro, toMicro, validatePointsConfig, weightsOf } from './points-config.js';

const config = () => structuredClone(DEFAULT_POINTS_CONFIG);

function rejection(change: (value: ReturnType<typeof config>) => void): DomainError {
  const value = config();
  change(value);
  try {
    validatePointsConfig(value);
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('validatePointsConfig accepted the configuration');
}

describe('validatePointsConfig', () => {
  it('accepts the defaults', () => {
    expect(validatePointsConfig(config())).toEqual(DEFAULT_POINTS_CONFIG);
  });

  it('trims level names', () => {
    const value = config();
    value.levels[1]!.name = '  Contributor ';
    expect(validatePointsConfig(value).levels[1]!.name).toBe('Contributor');
  });

  it.each([
    ['sharePoints', (value: ReturnType<typeof config>) => (value.sharePoints = -1)],
    ['clickPoints', (value: ReturnType<typeof config>) => (value.clickPoints = Number.NaN)],
    ['reachPointsPerDecade', (value: ReturnType<typeof config>) => (value.reachPointsPerDecade = 10_001)],
    ['conversionPoints.lead', (value: ReturnType<typeof config>) => (value.conversionPoints.lead = 1.234)],
  ])('rejects invalid %s naming it', (field, change) => {
    const error = rejection(change);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(`Invalid ${field}`);
  });

  it('rejects a ladder not starting at zero', () => {
    expect(rejection((value) => (value.levels[0]!.minPoints = 5)).message).toContain('levels[0].minPoints');
  });

  it('rejects thresholds out of order', () => {
    expect(rejection((value) => (value.levels[2]!.minPoints = 50)).message).toContain('levels[2].minPoints');
  });

  it('rejects duplicate level names', () => {
    expect(rejection((value) => (value.levels[3]!.name = 'advocate')).message).toContain('levels[3].name');
  });

  it('rejects a single level', () => {
    expect(rejection((value) => (value.levels = [value.levels[0]!])).message).toContain('Invalid levels');
  });
});

describe('micro-points', () => {
  it('converts two decimals exactly', () => {
    expect(toMicro(0.07)).toBe(70_000);
    expect(toMicro(12.5)).toBe(12_500_000);
  });

  it('rounds display to two decimals', () => {
    expect(fromMicro(64_908_812)).toBe(64.91);
    expect(fromMicro('25002170')).toBe(25);
  });

  it('derives weights for every kind', () => {
    const weights = weightsOf(DEFAULT_POINTS_CONFIG);
    expect(weights.share).toBe(10_000_000);
    expect(weights.conversion.demo_request).toBe(40_000_000);
  });
});
