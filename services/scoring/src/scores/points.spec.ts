import { campaignPoints, campaignPointsMicro, creditedActivity, reachPointsMicro } from './points.js';
import { DEFAULT_POINTS_CONFIG } from '../points/points-config.js';

describe('campaignPoints', () => {
  it('sums shares, reach, clicks and conversions', () => {
    const points = campaignPoints({ networkSizes: [300, 200], uniqueClicks: 1, conversions: { registration: 1 } });
    expect(points).toBe(64.91);
  });

  it('gives reach per network', () => {
    expect(campaignPointsMicro({ networkSizes: [1000], uniqueClicks: 0, conversions: {} })).toBe(25_002_170);
  });

  it('gives nothing for an empty audience', () => {
    expect(reachPointsMicro(0, 5_000_000)).toBe(0);
  });

  it('follows the configuration', () => {
    const config = { ...DEFAULT_POINTS_CONFIG, sharePoints: 0, reachPointsPerDecade: 0, clickPoints: 2.5 };
    expect(campaignPoints({ networkSizes: [100], uniqueClicks: 4, conversions: { pipeline: 1 } }, config)).toBe(60);
  });
});

describe('creditedActivity', () => {
  it('credits one share per network', () => {
    const activity = creditedActivity({
      shares: [
        { network: 'linkedin', networkSize: 300 },
        { network: 'linkedin', networkSize: 500 },
        { network: 'x', networkSize: 10 },
      ],
      uniqueClickVisitors: [],
      conversionKinds: [],
    });
    expect(activity.networkSizes).toEqual([500, 10]);
  });

  it('credits one click per visitor', () => {
    expect(creditedActivity({ shares: [], uniqueClickVisitors: ['a', 'b', 'a'], conversionKinds: [] }).uniqueClicks).toBe(2);
  });

  it('counts conversions by kind', () => {
    const activity = creditedActivity({ shares: [], uniqueClickVisitors: [], conversionKinds: ['registration', 'attendance', 'registration'] });
    expect(activity.conversions).toEqual({ registration: 2, attendance: 1 });
  });
});
