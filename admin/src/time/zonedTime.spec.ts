import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayInZone, fromWallTime, toWallTime } from './zonedTime.ts';

describe('zoned wall times', () => {
  it('round-trips New York times', () => {
    assert.equal(toWallTime('2026-11-18T14:00:00Z', 'America/New_York'), '2026-11-18T09:00');
    assert.equal(fromWallTime('2026-11-18T09:00', 'America/New_York'), '2026-11-18T14:00:00.000Z');
    assert.equal(fromWallTime('2026-07-01T09:00', 'America/New_York'), '2026-07-01T13:00:00.000Z');
  });

  it('handles zones east of UTC', () => {
    assert.equal(fromWallTime('2026-01-01T00:00', 'Asia/Tokyo'), '2025-12-31T15:00:00.000Z');
    assert.equal(dayInZone('2025-12-31T15:30:00Z', 'Asia/Tokyo'), '2026-01-01');
  });

  it('moves skipped times forward', () => {
    // 02:30 does not exist on 8 March 2026 in New York; it reads as 03:30 EDT.
    assert.equal(fromWallTime('2026-03-08T02:30', 'America/New_York'), '2026-03-08T07:30:00.000Z');
  });

  it('rejects text that is no time', () => {
    assert.equal(fromWallTime('tomorrow', 'UTC'), null);
    assert.equal(toWallTime('nope', 'UTC'), '');
  });
});
