import { type BadgeFacts, earnedBadges, inTopShare } from './badges.js';

const none: BadgeFacts = {
  firstShareAt: null,
  firstConversionAt: null,
  thirdNetworkAt: null,
  fifthCampaignAt: null,
  secondEcosystemAt: null,
  hundredthVisitorAt: null,
  firstRecruitAdvocatedAt: null,
  quarters: [],
};

describe('earnedBadges', () => {
  it('earns nothing without activity', () => {
    expect(earnedBadges(none)).toEqual([]);
  });

  it('orders badges by time earned', () => {
    const badges = earnedBadges({
      ...none,
      firstShareAt: new Date('2026-01-02T00:00:00Z'),
      fifthCampaignAt: new Date('2026-05-01T00:00:00Z'),
      firstConversionAt: new Date('2026-01-03T00:00:00Z'),
    });
    expect(badges.map((badge) => badge.code)).toEqual(['first_share', 'first_conversion', 'five_campaigns']);
  });

  it('awards a top quarter at its end', () => {
    const start = new Date('2026-01-01T05:00:00Z');
    const end = new Date('2026-04-01T04:00:00Z');
    const badges = earnedBadges({ ...none, quarters: [{ start, end, rank: 2, advocates: 20 }] });
    expect(badges).toEqual([expect.objectContaining({ code: 'top_ten_percent_quarter', earnedAt: end, periodStart: start })]);
  });
});

describe('inTopShare', () => {
  it.each([
    [1, 10, true],
    [2, 10, false],
    [3, 25, true],
    [4, 25, false],
    [1, 9, false],
  ])('rank %i of %i is %s', (rank, advocates, expected) => {
    expect(inTopShare(rank, advocates)).toBe(expected);
  });
});
