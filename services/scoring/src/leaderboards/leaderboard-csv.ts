import type { LeaderboardEntry } from './leaderboard.service.js';

export const LEADERBOARD_CSV_HEADER = [
  'rank',
  'participant_id',
  'points',
  'shares',
  'potential_reach',
  'unique_clicks',
  'conversions',
  'points_reached_at',
] as const;

/** Quotes a field when it contains a comma, a quote or a line break (RFC 4180). */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes the leaderboard as CSV with a header line and CRLF line ends, in the order of the pages. */
export function leaderboardCsv(entries: LeaderboardEntry[]): string {
  const lines = [LEADERBOARD_CSV_HEADER.join(',')];
  for (const entry of entries) {
    lines.push(
      [
        String(entry.rank),
        entry.participantId,
        entry.points.toFixed(2),
        String(entry.shares),
        String(entry.potentialReach),
        String(entry.uniqueClicks),
        String(entry.conversions),
        entry.pointsReachedAt?.toISOString() ?? '',
      ]
        .map(field)
        .join(','),
    );
  }

  return `${lines.join('\r\n')}\r\n`;
}
