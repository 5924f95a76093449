import { type CampaignOutcome, PLATFORM_PRIORS, posteriorMean, priorsFor, SINGLE_CAMPAIGN_STRENGTH } from './priors.js';

const outcome = (overrides: Partial<CampaignOutcome>): CampaignOutcome => ({
  campaignId: 'c',
  ecosystemId: 'e1',
  interactionKind: 'event',
  invitations: 100,
  activations: 20,
  shares: 24,
  clicks: 60,
  conversions: 6,
  reach: 12_000,
  networks: 24,
  conversionPointsMicro: 120_000_000,
  ...overrides,
});

describe('priorsFor', () => {
  it('falls back to platform priors', () => {
    expect(priorsFor([], 'e1', 'event')).toEqual(PLATFORM_PRIORS);
  });

  it('fits one campaign with default strength', () => {
    const priors = priorsFor([outcome({})], 'e1', 'EVENT');
    expect(priors.activation).toMatchObject({ mean: 0.2, strength: SINGLE_CAMPAIGN_STRENGTH, campaigns: 1, level: 'ecosystem_and_kind' });
    expect(priors.reachPerShare).toBe(500);
    expect(priors.pointsPerConversionMicro).toBe(20_000_000);
  });

  it('prefers the most specific group', () => {
    const priors = priorsFor(
      [outcome({ campaignId: 'a', ecosystemId: 'e2', activations: 50 }), outcome({ campaignId: 'b', interactionKind: 'product_launch', activations: 10 })],
      'e1',
      'event',
    );
    expect(priors.activation).toMatchObject({ mean: 0.5, level: 'interaction_kind' });
  });

  it('weighs agreeing campaigns strongly', () => {
    const priors = priorsFor([outcome({ campaignId: 'a' }), outcome({ campaignId: 'b' })], 'e1', 'event');
    expect(priors.activation.strength).toBeGreaterThan(100);
  });

  it('weighs disagreeing campaigns weakly', () => {
    const priors = priorsFor(
      [outcome({ campaignId: 'a', activations: 5 }), outcome({ campaignId: 'b', activations: 60 }), outcome({ campaignId: 'c', activations: 30 })],
      'e1',
      'event',
    );
    expect(priors.activation.strength).toBeLessThan(10);
    expect(priors.activation.campaignVariation).toBeGreaterThan(0.5);
  });
});

describe('posteriorMean', () => {
  it('moves from the prior to the data', () => {
    const prior = { mean: 0.2, strength: 4, campaignVariation: 0.5, campaigns: 0, level: 'platform' as const };
    expect(posteriorMean(prior, 0, 0)).toBe(0.2);
    expect(posteriorMean(prior, 3, 4)).toBeCloseTo((0.8 + 3) / 8, 12);
  });
});
