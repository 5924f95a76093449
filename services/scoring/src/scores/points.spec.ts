import {
  type CampaignActivity,
  campaignPoints,
  CONVERSION_POINTS,
  REACH_POINTS_PER_DECADE,
  SHARE_POINTS,
  UNIQUE_CLICK_POINTS,
} from './points.js';

const none: CampaignActivity = {
  shares: 0,
  uniqueClicks: 0,
  conversionPoints: 0,
  potentialReach: 0,
};

describe('campaignPoints', () => {
  it('gives zero for no activity', () => {
    expect(campaignPoints(none)).toBe(0);
  });

  it.each([
    [1, 10],
    [3, 30],
  ])('gives %i shares %i points', (shares, expected) => {
    expect(campaignPoints({ ...none, shares })).toBe(expected);
  });

  it.each([
    [9, 5],
    [99, 10],
    [999, 15],
    [999_999, 30],
  ])('gives reach %i %i points', (potentialReach, expected) => {
    expect(campaignPoints({ ...none, potentialReach })).toBe(expected);
  });

  it('rounds partial reach to cents', () => {
    // 5 × log10(1 + 500) = 13.4992 to four places.
    expect(campaignPoints({ ...none, potentialReach: 500 })).toBe(13.5);
  });

  it('adds one point per unique click', () => {
    expect(campaignPoints({ ...none, uniqueClicks: 7 })).toBe(7);
  });

  it.each(Object.entries(CONVERSION_POINTS))('adds %s conversion points', (_kind, points) => {
    expect(campaignPoints({ ...none, conversionPoints: points })).toBe(points);
  });

  it('sums every source', () => {
    const activity = {
      shares: 2,
      uniqueClicks: 4,
      conversionPoints: CONVERSION_POINTS.demo_request,
      potentialReach: 99,
    };

    expect(campaignPoints(activity)).toBe(2 * 10 + 4 + 40 + 10);
  });

  it.each([
    ['share', SHARE_POINTS, 10],
    ['unique click', UNIQUE_CLICK_POINTS, 1],
    ['reach decade', REACH_POINTS_PER_DECADE, 5],
  ])('weighs %s as documented', (_case, weight, expected) => {
    expect(weight).toBe(expected);
  });

  it('weighs conversion kinds', () => {
    expect(CONVERSION_POINTS).toEqual({
      registration: 20,
      lead: 25,
      demo_request: 40,
      attendance: 15,
      pipeline: 50,
    });
  });
});
