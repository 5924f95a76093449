import { leaderboardCsv } from './leaderboard-csv.js';
import type { LeaderboardEntry } from './leaderboard.service.js';

const entry = (rank: number, id: string, points: number): LeaderboardEntry => ({
  rank,
  participantId: id,
  points,
  pointsMicro: String(points * 1_000_000),
  shares: 1,
  potentialReach: 300,
  uniqueClicks: 2,
  conversions: 0,
  pointsReachedAt: new Date('2026-03-01T10:00:00Z'),
  cursor: 'c',
});

describe('leaderboardCsv', () => {
  it('writes a header and CRLF lines', () => {
    const csv = leaderboardCsv([entry(1, 'a', 25), entry(1, 'b', 25), entry(3, 'c', 7.5)]);
    expect(csv.split('\r\n')).toEqual([
      'rank,participant_id,points,shares,potential_reach,unique_clicks,conversions,points_reached_at',
      '1,a,25.00,1,300,2,0,2026-03-01T10:00:00.000Z',
      '1,b,25.00,1,300,2,0,2026-03-01T10:00:00.000Z',
      '3,c,7.50,1,300,2,0,2026-03-01T10:00:00.000Z',
      '',
    ]);
  });

  it('writes only the header when empty', () => {
    expect(leaderboardCsv([])).toBe('rank,participant_id,points,shares,potential_reach,unique_clicks,conversions,points_reached_at\r\n');
  });
});
