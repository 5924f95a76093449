import { PLATFORM_PRIORS } from '../targeting/priors.js';
import { expectInvitee, forecastTotals, type InviteeHistory, lognormalInterval } from './forecast.js';

const newcomer = (id: string): InviteeHistory => ({
  participantId: id,
  invitations: 0,
  activations: 0,
  shares: 0,
  clicks: 0,
  conversions: 0,
  reachPerShare: null,
});

describe('expectInvitee', () => {
  it('uses the priors without history', () => {
    const expectation = expectInvitee(newcomer('a'), PLATFORM_PRIORS);
    expect(expectation.activationProbability).toBe(0.2);
    expect(expectation.metrics.shares.mean).toBeCloseTo(0.24, 12);
    expect(expectation.metrics.potential_reach.mean).toBeCloseTo(120, 9);
    expect(expectation.metrics.clicks.mean).toBeCloseTo(0.48, 12);
  });

  it('raises activation after shares', () => {
    const keen = expectInvitee({ ...newcomer('b'), invitations: 4, activations: 4, shares: 6, clicks: 30 }, PLATFORM_PRIORS);
    expect(keen.activationProbability).toBeCloseTo(4.8 / 8, 12);
    expect(keen.clicksPerShare).toBeCloseTo(34 / 8, 12);
  });

  it('keeps variances non-negative', () => {
    const expectation = expectInvitee({ ...newcomer('c'), invitations: 10, activations: 10, shares: 10, clicks: 0 }, PLATFORM_PRIORS);
    for (const moments of Object.values(expectation.metrics)) expect(moments.variance).toBeGreaterThanOrEqual(0);
  });
});

describe('forecastTotals', () => {
  const expectations = Array.from({ length: 100 }, (_, index) => expectInvitee(newcomer(String(index)), PLATFORM_PRIORS));
  const totals = forecastTotals(expectations, PLATFORM_PRIORS);

  it('sums invitee expectations', () => {
    expect(totals.find((row) => row.metric === 'activations')!.expected).toBeCloseTo(20, 9);
  });

  it('brackets the expectation', () => {
    for (const row of totals) {
      expect(row.low).toBeLessThanOrEqual(row.expected);
      expect(row.high).toBeGreaterThanOrEqual(row.expected);
    }
  });

  it('caps activations at invitees', () => {
    const few = forecastTotals([expectations[0]!], PLATFORM_PRIORS);
    expect(few.find((row) => row.metric === 'activations')!.high).toBeLessThanOrEqual(1);
  });

  it('gives zero for no invitees', () => {
    expect(forecastTotals([], PLATFORM_PRIORS).every((row) => row.expected === 0 && row.high === 0)).toBe(true);
  });
});

describe('lognormalInterval', () => {
  it('widens with the variance', () => {
    const narrow = lognormalInterval(100, 10);
    const wide = lognormalInterval(100, 1000);
    expect(wide.high - wide.low).toBeGreaterThan(narrow.high - narrow.low);
  });
});
