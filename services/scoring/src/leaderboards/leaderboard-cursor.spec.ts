import { randomUUID } from 'node:crypto';
import { DomainError } from '@alg/service-kit';
import { decodeBoardCursor, encodeBoardCursor } from './leaderboard-cursor.js';

describe('board cursor', () => {
  it('round-trips exact values', () => {
    const cursor = { points: '64908812', reachedAt: '2026-03-01 13:00:00.123456+00', participantId: randomUUID() };
    expect(decodeBoardCursor(encodeBoardCursor(cursor))).toEqual(cursor);
  });

  it('rejects a foreign cursor', () => {
    expect(() => decodeBoardCursor('bm90IGEgY3Vyc29y')).toThrow(DomainError);
    expect(() => decodeBoardCursor('bm90IGEgY3Vyc29y')).toThrow(/Invalid after "bm90IGEgY3Vyc29y"/);
  });
});
