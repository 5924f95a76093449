import { DomainError } from '@alg/service-kit';

/** Position after an entry: its exact micro-points, the exact time it reached them, and its id. */
export interface BoardCursor {
  points: string;
  reachedAt: string | null;
  participantId: string;
}

/** A timestamptz as PostgreSQL prints it, such as `2026-03-01 13:00:00.123456+00`. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

export function encodeBoardCursor(cursor: BoardCursor): string {
  return Buffer.from(JSON.stringify([cursor.points, cursor.reachedAt, cursor.participantId])).toString('base64url');
}

export function decodeBoardCursor(value: string): BoardCursor {
  const invalid = () => DomainError.invalid('after', value, 'pass the cursor of an entry returned by the same leaderboard.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [points, reachedAt, participantId] = parsed as unknown[];
  if (typeof points !== 'string' || !/^\d{1,19}$/.test(points)) throw invalid();
  if (reachedAt !== null && (typeof reachedAt !== 'string' || !TIMESTAMP.test(reachedAt))) throw invalid();
  if (typeof participantId !== 'string' || !/^[0-9a-f-]{36}$/i.test(participantId)) throw invalid();

  return { points, reachedAt, participantId };
}
