import { type AdvocateTotals, scoreOrganization } from './organization-scores.js';
import { decayedShares, ACTIVITY_HALF_LIFE_SECONDS, ACTIVITY_EPOCH_SECONDS, ACTIVITY_SCALE } from './advocate-score.js';

function advocate(id: string, overrides: Partial<AdvocateTotals> = {}): AdvocateTotals {
  return {
    participantId: id,
    pointsMicro: 10_000_000,
    pointsReachedAt: '2026-03-01 10:00:00+00',
    shares: 1,
    networks: 1,
    uniqueClicks: 0,
    conversions: 0,
    activityWeight: 1_000_000,
    potentialReach: 100,
    impactMicro: 0,
    campaigns: 1,
    ecosystems: 1,
    activeMonths: 1,
    ...overrides,
  };
}

describe('scoreOrganization', () => {
  const totals = [
    advocate('a', { pointsMicro: 50_000_000, impactMicro: 30_000_000, potentialReach: 5000, activityWeight: 3_000_000 }),
    advocate('b', { pointsMicro: 20_000_000, impactMicro: 5_000_000 }),
    advocate('c', { pointsMicro: 20_000_000, pointsReachedAt: '2026-02-01 10:00:00+00' }),
    advocate('d', { pointsMicro: 0 }),
  ];

  it('gives the best advocate 100', () => {
    expect(scoreOrganization(totals).advocates.get('a')!.score).toBe(100);
  });

  it('leaves out advocates without points', () => {
    expect(scoreOrganization(totals).advocates.has('d')).toBe(false);
  });

  it('sums contributions to the score', () => {
    const scored = scoreOrganization(totals).advocates.get('b')!;
    const sum = Object.values(scored.contributions).reduce((total, value) => total + value, 0);
    expect(Math.round(sum * 10) / 10).toBe(scored.score);
  });

  it('ranks ties by who reached first', () => {
    const scores = scoreOrganization(totals);
    expect(scores.advocates.get('b')!.pointsRank).toBe(2);
    expect(scores.advocates.get('c')!.pointsRank).toBe(2);
    expect(scores.byScore.map((item) => item.totals.participantId)).toEqual(['a', 'b', 'c']);
  });

  it('ignores the input order', () => {
    const forward = scoreOrganization(totals);
    const backward = scoreOrganization([...totals].reverse());
    for (const id of ['a', 'b', 'c']) expect(backward.advocates.get(id)!.score).toBe(forward.advocates.get(id)!.score);
  });
});

describe('decayedShares', () => {
  it('halves after one half-life', () => {
    const sharedAt = ACTIVITY_EPOCH_SECONDS + 10 * ACTIVITY_HALF_LIFE_SECONDS;
    const weight = 2 ** 10 * ACTIVITY_SCALE;
    expect(decayedShares(weight, new Date(sharedAt * 1000))).toBeCloseTo(1, 12);
    expect(decayedShares(weight, new Date((sharedAt + ACTIVITY_HALF_LIFE_SECONDS) * 1000))).toBeCloseTo(0.5, 12);
  });
});
